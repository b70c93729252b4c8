import { describe, expect, it } from "vitest";
import { specifiesWork } from "./dash-bounds";

describe("dash clauses that bound or require the work", () => {
  it("reads a bound or an obligation as part of the task", () => {
    expect(specifiesWork("at least the three main locales")).toBe(true);
    expect(specifiesWork("max. 200 ms per request")).toBe(true);
    expect(specifiesWork("kabler skal være mærket i begge ender")).toBe(true);
    expect(specifiesWork("die Firmware muss 2.1 sein")).toBe(true);
  });

  it("reads the figure the work must reach, named as its target", () => {
    expect(specifiesWork("hedef 2.000 sipariş/dk")).toBe(true);
    expect(specifiesWork("target p95 < 300 ms")).toBe(true);
    expect(specifiesWork("Ziel: 99,9 % Verfügbarkeit")).toBe(true);
    // A target word without a figure, or a word that only starts like one, is a remark.
    expect(specifiesWork("target audience unclear")).toBe(false);
    expect(specifiesWork("targeting was wrong in 2024")).toBe(false);
  });

  it("leaves remarks and MoSCoW words to the other readers", () => {
    expect(specifiesWork("blocked on the vendor")).toBe(false);
    expect(specifiesWork("retries hide real bugs")).toBe(false);
    expect(specifiesWork("must have before launch")).toBe(false);
    expect(specifiesWork("at least that is what the vendor promised us last week in the call")).toBe(false);
  });
});
