import { describe, expect, it } from "vitest";
import { statesRequirement } from "./dash-requirements";

describe("statesRequirement", () => {
  it("reads a clause saying what the thing must be as part of the task", () => {
    expect(statesRequirement("firmware must be 4.32 before go-live")).toBe(true);
    expect(statesRequirement("netzteile müssen redundant sein")).toBe(true);
    expect(statesRequirement("kablerne skal mærkes i begge ender")).toBe(true);
  });
  it("does not keep a deadline, a reason or a long sentence", () => {
    expect(statesRequirement("must be done by Friday")).toBe(false);
    expect(statesRequirement("retries hide real bugs")).toBe(false);
    expect(statesRequirement("we think that in the end somebody must look at the whole thing again carefully")).toBe(false);
  });
});
