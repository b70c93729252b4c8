import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { isImpactRating } from "./impact-columns";

describe("an audit's Impact column of level words", () => {
  it("ranks the findings as a severity column does", () => {
    const md = "# Audit\n\n## Findings\n\n| Ref | Finding | Impact | Status |\n|---|---|---|---|\n| F1 | Menu cannot be closed with Escape | Critical | Open |\n| F2 | Buttons lack a visible focus ring | Serious | Fixed |\n| F3 | Table has no caption | Moderate | Open |\n| F4 | Alt text repeats the link text | Minor | Open |\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.priority, i.done])).toEqual([
      ["Menu cannot be closed with Escape", "P0", false],
      ["Buttons lack a visible focus ring", "P1", true],
      ["Table has no caption", "P2", false],
      ["Alt text repeats the link text", "P3", false],
    ]);
  });

  it("in another language too", () => {
    expect(isImpactRating("auswirkung", ["Hoch", "Niedrig", "Mittel"], ["titel", "auswirkung"])).toBe(true);
  });

  it("beside an effort column is a value estimate, not a priority", () => {
    expect(isImpactRating("impact", ["High", "Medium", "Low"], ["name", "impact", "effort"])).toBe(false);
    const md = "# Roadmap\n\n| Name | Status | Impact | Effort |\n|---|---|---|---|\n| Setup wizard | Planned | High | M |\n| Sample data | Planned | Medium | S |\n";
    expect(parsePlan(md).items.map((i) => i.priority)).toEqual([null, null]);
  });

  it("in a tech-debt register ranks the debt even beside its effort: there it is the harm the debt does", () => {
    expect(isImpactRating("impact", ["High", "Medium", "Low"], ["debt", "impact", "effort"], { rowsAreDebt: true })).toBe(true);
    const md =
      "# Tech debt register\n\n| ID | Debt | Impact | Effort | Status |\n|---|---|---|---|---|\n| TD-1 | Shared schema for orders and invoices | High | L | Open |\n| TD-2 | Stale feature flags | Low | S | Open |\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.priority])).toEqual([
      ["Shared schema for orders and invoices", "P1"],
      ["Stale feature flags", "P3"],
    ]);
    // Numbers are a score's inputs, not levels.
    expect(isImpactRating("impact", ["4", "5", "3"], ["debt", "impact", "effort"], { rowsAreDebt: true })).toBe(false);
  });

  it("of sentences describes the row, it does not rank it", () => {
    expect(isImpactRating("impact", ["Users cannot log in at all", "Slow report export for admins"], ["issue", "impact"])).toBe(false);
  });
});
