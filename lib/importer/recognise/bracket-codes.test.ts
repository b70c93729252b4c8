import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { bracketCodesOf } from "./bracket-codes";

describe("bracketed priority codes", () => {
  it("reads the codes a key defines and takes them off the entries", () => {
    const text = "# Plan\n\nPriority goes in brackets: **[A]** high, **[M]** medium,\n**[B]** low.\n\n## Tests\n\n- [A] Raise the coverage to 80 %\n- [B] Remove the disabled tests\n";
    expect([...bracketCodesOf(text)]).toEqual([["A", "High"], ["M", "Medium"], ["B", "Low"]]);
    expect(parsePlan(text).items.map((i) => [i.title, i.priority])).toEqual([
      ["Raise the coverage to 80 %", "P1"],
      ["Remove the disabled tests", "P3"],
    ]);
  });
  it("leaves codes no key defines in the title", () => {
    const items = parsePlan("# Plan\n\n## Tasks\n\n- [A] Raise the coverage\n- [B] Remove the disabled tests\n").items;
    expect(items.map((i) => i.title)).toEqual(["[A] Raise the coverage", "[B] Remove the disabled tests"]);
  });
  it("needs two codes defined with priority words", () => {
    expect(bracketCodesOf("See [A] appendix and [B] the annex.").size).toBe(0);
    expect(bracketCodesOf("[A] high only").size).toBe(0);
  });
});
