import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { romanListsToMarkdown } from "./roman-lines";

describe("roman-numbered lines", () => {
  it("reads i. / ii. / iii. lines as an ordered list, a. / b. under an entry as its sub-points", () => {
    const text = "## II. Static analysis\n\ni. Turn on the quality gate\nii. Fix the 14 blocker findings\n   a. SQL injection first\n   b. then deserialisation\niii. Unify the Checkstyle config\n";
    expect(romanListsToMarkdown(text)).toBe("## II. Static analysis\n\n1. Turn on the quality gate\n2. Fix the 14 blocker findings\n   - SQL injection first\n   - then deserialisation\n3. Unify the Checkstyle config\n");
    const items = parsePlan(`# Plan\n\n${text}`).items;
    expect(items.map((i) => [i.title, i.category])).toEqual([
      ["Turn on the quality gate", ["Static analysis"]],
      ["Fix the 14 blocker findings", ["Static analysis"]],
      ["Unify the Checkstyle config", ["Static analysis"]],
    ]);
  });
  it("leaves a run that does not count from i, or a single line, as written", () => {
    expect(romanListsToMarkdown("ii. a point\niii. another\n")).toBe("ii. a point\niii. another\n");
    expect(romanListsToMarkdown("i. e. the one we meant\n")).toBe("i. e. the one we meant\n");
    expect(romanListsToMarkdown("i. first\nv. out of order\n")).toBe("i. first\nv. out of order\n");
  });
  it("keeps the line count", () => {
    const text = "i. one\n\nii. two\n\nText after.\n";
    expect(romanListsToMarkdown(text).split("\n").length).toBe(text.split("\n").length);
  });
});
