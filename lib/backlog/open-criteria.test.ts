import { describe, expect, it } from "vitest";
import { OPEN_CRITERIA_SHOWN, openCriteriaOf } from "./open-criteria";

describe("openCriteriaOf", () => {
  it("keeps the unticked criteria in order", () => {
    expect(
      openCriteriaOf([
        { text: "a", done: false },
        { text: "b", done: true },
        { text: "c", done: false },
      ]),
    ).toEqual({ count: 2, texts: ["a", "c"] });
  });

  it("names the first few and counts them all", () => {
    const entries = Array.from({ length: OPEN_CRITERIA_SHOWN + 3 }, (_, i) => ({ text: `c${i}`, done: false }));
    const open = openCriteriaOf(entries);
    expect(open.count).toBe(OPEN_CRITERIA_SHOWN + 3);
    expect(open.texts).toHaveLength(OPEN_CRITERIA_SHOWN);
    expect(open.texts[0]).toBe("c0");
  });
});
