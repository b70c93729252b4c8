import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

const read = (md: string) => parsePlan(md).items.map((i) => [i.title, i.status, i.priority]);

describe("a pasted board: title lines over field lines", () => {
  it("vote counts are not title; the field line gives state and priority", () => {
    const md = [
      "Ideas portal export",
      "",
      "👍 58  Calendar sync with Outlook",
      "   Status: In progress · Priority: High · Category: Integrations",
      "",
      "👍 31  Bulk archive",
      "   Status: Planned · 4 comments",
      "",
      "👍 9  Print view for invoices",
      "   Status: Done",
    ].join("\n");
    expect(read(md)).toEqual([
      ["Calendar sync with Outlook", "in_progress", "P1"],
      ["Bulk archive", "not_started", null],
      ["Print view for invoices", "done", null],
    ]);
  });

  it("beside a completed state, 'closed' is a request declined (here in Spanish)", () => {
    const md = ["▲ 120  Modo oscuro", "Estado: Completado · Tablero: Web", "", "▲ 40  App nativa para Linux", "Estado: Cerrado · Tablero: Escritorio", ""].join("\n");
    expect(read(md)).toEqual([
      ["Modo oscuro", "done", null],
      ["App nativa para Linux", "wont_do", null],
    ]);
  });

  it("a single block, or blocks whose second line names no state or priority, are not a board", () => {
    expect(parsePlan("Quarterly review\nStatus: draft · Owner: Ana\n").items).toEqual([]);
    expect(parsePlan("Berlin office\nAddress: Hauptstr. 1 · Phone: 030 123\n\nMunich office\nAddress: Marienplatz 2 · Phone: 089 456\n").items).toEqual([]);
  });
});
