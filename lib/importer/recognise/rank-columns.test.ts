import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { findPriorityLabel } from "../priority";
import { isRankColumn } from "./rank-columns";

const isLevel = (cell: string) => findPriorityLabel(cell) !== null;

describe("a column named for how much a row matters", () => {
  it("ranks a tech-debt register's rows by its Interest", () => {
    const md = "# Tech debt\n\n| Debt | Interest | Proposed fix |\n|---|---|---|\n| Payments still on Node 16 | High | Upgrade |\n| Hand-rolled JWT parsing | Medium | Use jose |\n| Unused resolvers | Low | Delete them |\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.priority])).toEqual([
      ["Payments still on Node 16", "P1"],
      ["Hand-rolled JWT parsing", "P2"],
      ["Unused resolvers", "P3"],
    ]);
  });

  it("reads Urgency, Criticality, Dringlichkeit and Business value alike", () => {
    for (const h of ["urgency", "criticality", "dringlichkeit", "business value", "ranking"]) expect(isRankColumn(h, ["High", "Low", "Medium"], ["item", h], isLevel)).toBe(true);
  });

  it("leaves Impact, Effort, Complexity, Confidence and Likelihood alone", () => {
    for (const h of ["impact", "effort", "complexity", "confidence", "likelihood"]) expect(isRankColumn(h, ["High", "Low", "Medium"], ["item", h], isLevel)).toBe(false);
  });

  it("does not take a Value column beside an Effort column: a value/effort score", () => {
    expect(isRankColumn("value", ["High", "Low"], ["feature", "value", "effort"], isLevel)).toBe(false);
  });

  it("does not take a column of sentences or of numbers", () => {
    expect(isRankColumn("interest", ["Slows every release", "Costs us a day a week"], ["debt", "interest"], isLevel)).toBe(false);
    expect(isRankColumn("value", ["120", "80", "45"], ["feature", "value"], isLevel)).toBe(false);
  });

  it("takes a Level column of level words (Poziom, Рівень, レベル) as the rank", () => {
    expect(isRankColumn("poziom", ["Krytyczny", "Wysoki", "Niski"], ["id", "ustalenie", "poziom"], isLevel)).toBe(true);
    expect(isRankColumn("level", ["High", "Medium", "Low"], ["finding", "level"], isLevel)).toBe(true);
    // A level of something else (support tiers, skill) is no rank.
    expect(isRankColumn("level", ["L1", "L2", "L3"], ["team", "level"], isLevel)).toBe(false);
    expect(isRankColumn("poziom", ["Podstawowy", "Zaawansowany"], ["kurs", "poziom"], isLevel)).toBe(false);
  });
});
