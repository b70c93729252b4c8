import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { isBudgetTable } from "./budget-tables";

describe("isBudgetTable: things with only their cost beside them", () => {
  it("reads money columns in several currencies and writings", () => {
    expect(isBudgetTable([["Marquee", "£310"], ["Sound system", "£ 95"]], 0)).toBe(true);
    expect(isBudgetTable([["Namiot", "1 200 zł"], ["Nagłośnienie", "450 zł"]], 0)).toBe(true);
    expect(isBudgetTable([["Catering", "€ 1.250,00", "€ 1.100,00"]], 0)).toBe(true);
    expect(isBudgetTable([["Migrate DB", "3d"], ["Fix login", "2h"]], 0)).toBe(false);
    expect(isBudgetTable([["Buy chairs", "€40", "Open"]], 0)).toBe(false);
  });
  it("keeps a budget table out of the items, and a task table in", () => {
    const doc = (rows: string[]) => parsePlan(["## To do", "", "- [ ] Book the hall", "", ...rows, ""].join("\n")).items.map((i) => i.title);
    expect(doc(["| Posten | Schätzung |", "|---|---:|", "| Zelt | 300 € |", "| Bühne | 150 € |"])).toEqual(["Book the hall"]);
    expect(doc(["| Task | Estimate |", "|---|---|", "| Print badges | 2h |"])).toContain("Print badges");
  });
});
