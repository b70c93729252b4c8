import { describe, expect, it } from "vitest";
import { findPriorityLabel } from "../priority";
import { trailingGloss } from "./glossed-horizon";

describe("glossed horizon headings", () => {
  it("takes a short trailing parenthesis as the gloss", () => {
    expect(trailingGloss("Muhimu sana (Must have)")).toBe("Must have");
    expect(trailingGloss("Baadaye（Later）")).toBe("Later");
    expect(trailingGloss("(Must have)")).toBeNull();
    expect(trailingGloss("Cleanup (see the note in the appendix below)")).toBeNull();
  });

  it("ranks a heading by a horizon gloss", () => {
    expect(findPriorityLabel("Muhimu sana (Must have)", { headingOnly: true })).toBe("Immediate");
    expect(findPriorityLabel("Itakuwa vyema (Could have)", { headingOnly: true })).toBe("Medium term");
  });

  it("does not rank a heading whose parenthesis is not a horizon", () => {
    expect(findPriorityLabel("Ripoti za fedha (Finance)", { headingOnly: true })).toBeNull();
    expect(findPriorityLabel("Next steps (draft)", { headingOnly: true })).toBeNull();
  });
});
