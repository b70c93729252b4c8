import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { isLetterLevelColumn, letterLevel } from "./letter-levels";

describe("a column of H / M / L initials", () => {
  it("ranks the rows High, Medium, Low whatever its header", () => {
    expect(isLetterLevelColumn(["H", "M", "—", "L"])).toBe(true);
    expect(letterLevel("H")).toBe("High");
    const md = "# Risks to fix\n\n| Gap | Remediation | Rating |\n|---|---|---|\n| No review | Quarterly review | H |\n| No test | Restore test | M |\n| Old policy | Approve the policy | L |\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.priority])).toEqual([
      ["Quarterly review", "P1"],
      ["Restore test", "P2"],
      ["Approve the policy", "P3"],
    ]);
  });

  it("t-shirt sizes and single letters of other kinds are not levels", () => {
    expect(isLetterLevelColumn(["S", "M", "L"])).toBe(false);
    expect(isLetterLevelColumn(["M", "L", "M"])).toBe(false);
    expect(isLetterLevelColumn(["H", "H"])).toBe(false);
    expect(isLetterLevelColumn(["H", "X", "L"])).toBe(false);
  });
});
