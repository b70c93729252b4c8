import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { loneMarkStatus } from "./lone-marks";

describe("status columns written in marks alone", () => {
  it("a cell that is one mark says the row's state", () => {
    expect(loneMarkStatus(" ⚪ ")).toBe("not_started");
    expect(loneMarkStatus("⏸️")).toBe("blocked");
    expect(loneMarkStatus("⚪", new Map([["⚪", "wont_do"]]))).toBe("wont_do");
  });

  it("a green mark, or a mark with words, is not read here", () => {
    expect(loneMarkStatus("🟢")).toBeNull();
    expect(loneMarkStatus("⚪ later")).toBeNull();
    expect(loneMarkStatus("Paint")).toBeNull();
  });

  it("a table whose only tracking column is marks is work; a criteria table of green verdicts is not", () => {
    const work = "| Job | Who | |\n|---|---|---|\n| Paint the hall | Ana | ✅ |\n| Fix the gate | Ben | ⚪ |\n| Order chairs | Ana | ⚪ |\n";
    expect(parsePlan(work).items.map((i) => [i.title, i.status])).toEqual([
      ["Paint the hall", "done"],
      ["Fix the gate", "not_started"],
      ["Order chairs", "not_started"],
    ]);
    const criteria = "| Criterion | Target | Now | |\n|---|---|---|---|\n| Open blockers | 0 | 0 | 🟢 |\n| Test coverage | ≥ 80 % | 84 % | 🟢 |\n| Page load | < 2 s | 1.6 s | 🟢 |\n";
    expect(parsePlan(criteria).items).toEqual([]);
  });
});
