import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { isTimeboxGrid } from "./timebox-board";

const read = (md: string) => parsePlan(md).items.map((i) => [i.title, i.status, i.priority]);

describe("a roadmap grid of lanes × time boxes", () => {
  it("knows a lane column followed by time boxes", () => {
    expect(isTimeboxGrid(["squad", "q3", "q4"])).toBe(true);
    expect(isTimeboxGrid(["bereich", "jan", "feb", "mär"])).toBe(false); // "mär" is no period the reader knows
    expect(isTimeboxGrid(["área", "h1 2028", "h2 2028"])).toBe(true);
    expect(isTimeboxGrid(["team", "q1", "owner"])).toBe(false);
  });

  it("every cell entry is an item, with its own mark; a quarter gives no priority", () => {
    const md = [
      "# Plan 2028",
      "",
      "| Squad | Q1 | Q2 | Q3 |",
      "|---|---|---|---|",
      "| **Billing** | ✅ Invoice PDFs<br>Dunning e-mails | | Tax reports |",
      "| **Growth** | | 🚧 Referral programme | |",
    ].join("\n");
    expect(read(md)).toEqual([
      ["Invoice PDFs", "done", null],
      ["Dunning e-mails", "not_started", null],
      ["Tax reports", "not_started", null],
      ["Referral programme", "in_progress", null],
    ]);
    expect(parsePlan(md).items[0]!.category).toEqual(["Billing"]);
  });

  it("in another language, with sprints as columns", () => {
    const md = ["| Equipo | Sprint 1 | Sprint 2 |", "|---|---|---|", "| Web | Nuevo buscador | Pago con Bizum |", "| App | Modo oscuro | |"].join("\n");
    expect(read(md).map((r) => r[0])).toEqual(["Nuevo buscador", "Pago con Bizum", "Modo oscuro"]);
  });

  it("a status matrix (cells are only states) is left to the table reader", () => {
    const md = ["| Issue | v1.8 | v1.9 |", "|---|---|---|", "| Crash on start | open | fixed |", "| Slow sync | open | open |"].join("\n");
    expect(parsePlan(md).shapes).not.toContain("board-table");
  });
});
