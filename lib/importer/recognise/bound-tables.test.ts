import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { isBoundColumn, isMoreTargetHeader } from "./bound-tables";

describe("a targets table named by its first column", () => {
  it("takes a column of bounds as targets", () => {
    expect(isBoundColumn(["≥ 95 %", "< 1,5 s", "0", "≤ 30 min"])).toBe(true);
    expect(isMoreTargetHeader("cilj")).toBe(true);
    expect(isMoreTargetHeader("sollwert")).toBe(true);
  });

  it("does not take a column of dates, milestones or plain counts", () => {
    expect(isBoundColumn(["15 Mar", "30 Apr"])).toBe(false);
    expect(isBoundColumn(["Beta", "GA"])).toBe(false);
    expect(isBoundColumn(["2025-03-01"])).toBe(false);
  });

  it("reads each row's bound as the target its first cell names", () => {
    const table = ["| Kriterij | Cilj | Stanje |", "|---|---|---|", "| Otvorene greške | 0 | 2 |", "| Pokrivenost testovima | ≥ 85 % | 88 % |", "| Vrijeme odziva | < 400 ms | 350 ms |"];
    const plan = parsePlan(["# Go/No-Go", "", ...table, ""].join("\n"));
    expect(plan.metrics.map((m) => [m.name, m.comparator, m.target])).toEqual([
      ["Otvorene greške", "<=", 0],
      ["Pokrivenost testovima", ">=", 85],
      ["Vrijeme odziva", "<", 400],
    ]);
    expect(plan.items).toEqual([]);
  });

  it("leaves a task table whose target column holds dates", () => {
    const table = ["| Task | Owner | Target |", "|---|---|---|", "| Ship the billing page | Ana | 15 Mar |", "| Retire the old cron | Bo | 30 Apr |"];
    const plan = parsePlan(["# Plan", "", ...table, ""].join("\n"));
    expect(plan.metrics).toEqual([]);
    expect(plan.items.map((i) => i.title)).toEqual(["Ship the billing page", "Retire the old cron"]);
  });
});
