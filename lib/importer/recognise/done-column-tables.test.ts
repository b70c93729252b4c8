import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

// Tables written for this test: a "Priority" and a "Due" column look like an SLA policy
// (Priority | Fix within), but a "Done" column asks about each row, so the rows are work.

describe("tables with a Priority, a Due and a Done column", () => {
  it("are action items, not SLA policies", () => {
    const md = [
      "## Action items",
      "",
      "| Action | Owner | Due | Priority | Done |",
      "|---|---|---|---|---|",
      "| Write the naming guideline | Wen | Jan 25 | High | ☐ |",
      "| Inventory the topics | Samir | Jan 20 | Low | ☑ |",
    ].join("\n");
    const { items, slaPolicies } = parsePlan(md);
    expect(slaPolicies).toEqual([]);
    expect(items.map((i) => [i.title, i.done, i.priority])).toEqual([
      ["Write the naming guideline", false, "P1"],
      ["Inventory the topics", true, "P3"],
    ]);
  });

  it("without the Done column stay an SLA policy", () => {
    const md = ["## Response times", "", "| Priority | Due | Owner |", "|---|---|---|", "| High | 2 days | On-call |", "| Low | 2 weeks | Team |"].join("\n");
    const { items, slaPolicies } = parsePlan(md);
    expect(items).toEqual([]);
    expect(slaPolicies.map((p) => [p.priority, p.targetHours])).toEqual([
      ["P1", 48],
      ["P3", 336],
    ]);
  });
});
