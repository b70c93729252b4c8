import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { priorityCellLabel } from "./table-columns";

// Tables ranked by MoSCoW or horizon words (table-columns.ts, tables.ts): a "MoSCoW" column, or any
// column whose cells are only Must/Should/Could/Won't or Now/Next/Later, is the rows' priority;
// Won't rows are also wont_do (README: MoSCoW "Won't" items are wont_do).
describe("MoSCoW columns", () => {
  it("reads a horizon word alone in a priority column, and only there", () => {
    expect(priorityCellLabel("Should", "priority")).toBe("Short term");
    expect(priorityCellLabel("Won't", "priority")).toBe("Won't have");
    expect(priorityCellLabel("Could", "other")).toBeNull();
  });

  it("a column headed MoSCoW ranks the rows; Won't rows are wont_do", () => {
    const md = [
      "# Kiosk app",
      "",
      "| Feature | MoSCoW | Votes |",
      "|---|---|---|",
      "| Offline receipt printing | Must | 9 |",
      "| Loyalty card scanning | Could | 4 |",
      "| Voice ordering | Won't | 1 |",
      "",
    ].join("\n");
    const items = parsePlan(md).items;
    expect(items.map((i) => [i.title, i.priority, i.status])).toEqual([
      ["Offline receipt printing", "P0", "not_started"],
      ["Loyalty card scanning", "P2", "not_started"],
      ["Voice ordering", "P3", "wont_do"],
    ]);
  });

  it("a column of MoSCoW words under another header ranks the rows too", () => {
    const md = [
      "# Intranet relaunch",
      "",
      "| Anforderung | Kategorie | Aufwand |",
      "|---|---|---|",
      "| Suche über alle Bereiche | Must have | 5 d |",
      "| Mitarbeiterverzeichnis mit Fotos | Should have | 3 d |",
      "| Dunkles Design | Won't have | 2 d |",
      "",
    ].join("\n");
    const items = parsePlan(md).items;
    expect(items.map((i) => [i.title, i.priority, i.status])).toEqual([
      ["Suche über alle Bereiche", "P0", "not_started"],
      ["Mitarbeiterverzeichnis mit Fotos", "P1", "not_started"],
      ["Dunkles Design", "P3", "wont_do"],
    ]);
  });
});
