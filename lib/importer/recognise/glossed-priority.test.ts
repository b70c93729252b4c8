import { describe, expect, it } from "vitest";
import { glossedPriority } from "./glossed-priority";

describe("glossed priority headings", () => {
  it("ranks a heading by its parenthesised priority gloss", () => {
    expect(glossedPriority("필수 (Must)")).toBe("Immediate");
    expect(glossedPriority("Empfohlen (Should)")).toBe("Short term");
    expect(glossedPriority("Optionnel（Nice to have）")).toBe("Long term");
  });
  it("leaves headings whose parenthesis is not a priority word alone", () => {
    expect(glossedPriority("Architecture (overview)")).toBeNull();
    expect(glossedPriority("Deploy notes (we must not forget the cache on Friday)")).toBeNull();
    expect(glossedPriority("(Must)")).toBeNull();
  });
});
