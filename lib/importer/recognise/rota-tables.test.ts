import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { isRotaTable } from "./rota-tables";

// Tables written for this test.

describe("rota tables", () => {
  it("give each chore once, not the names in its turns", () => {
    const md = [
      "# Flat chores",
      "",
      "## Rota",
      "| Chore | Week 1 | Week 2 | Week 3 |",
      "|---|---|---|---|",
      "| Clean the bathroom | Ola | Ingrid | Sami |",
      "| Take out the bins | Ingrid | Sami | Ola |",
      "| Hoover the hall | Sami | Ola | Ingrid |",
      "",
    ].join("\n");
    expect(parsePlan(md).items.map((i) => [i.title, i.line])).toEqual([
      ["Clean the bathroom", 6],
      ["Take out the bins", 7],
      ["Hoover the hall", 8],
    ]);
  });

  it("are not roadmap grids with work in their cells, nor tables of one-off names", () => {
    expect(isRotaTable(["team", "q1", "q2"], [["Web", "Checkout redesign", "Search"], ["App", "Offline mode", "Push"]])).toBe(false);
    expect(isRotaTable(["oppgave", "uke 1", "uke 2"], [["Vaske bad", "Ola", "Ingrid"], ["Tømme søppel", "Sami", "Fatima"]])).toBe(false);
    expect(isRotaTable(["oppgave", "uke 1", "uke 2"], [["Vaske bad", "Ola", "Ingrid"], ["Tømme søppel", "Ingrid", "Ola"]])).toBe(true);
  });
});
