import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { definitionOf } from "./definition-lists";

describe("definition-list terms that carry work fields", () => {
  it("each term with a priority or state in its definitions is an item", () => {
    const md =
      "# Shop move\n\n## Open work\n\nPack the stockroom\n: Priority: high. Status: in progress.\n: Boxes are in the van.\n\nCancel the old lease\n: Priority: low. Status: done.\n";
    const items = parsePlan(md).items;
    expect(items.map((i) => i.title)).toEqual(["Pack the stockroom", "Cancel the old lease"]);
    expect(items.map((i) => i.status)).toEqual(["in_progress", "done"]);
    expect(items[0]!.description).toBe("Boxes are in the van.");
  });

  it("a glossary written as a definition list gives no items (negative)", () => {
    const md = "# Shop move\n\n## Words we use\n\nStockroom\n: The back room behind the till.\n\nLease\n: The rental contract for the unit.\n";
    expect(parsePlan(md).items).toEqual([]);
    expect(definitionOf("Just a paragraph\nthat wraps")).toBeNull();
  });
});

describe("definition-list states on any line, in any language", () => {
  it("reads a Status line after other fields", () => {
    const plan = "# Wartungsplan\n\nVerfasst von Jonas, abgestimmt mit dem Betriebsteam.\n\n## Maßnahmen\n\nUSV-Batterien tauschen\n: Verantwortlich: Facility\n: Priorität: hoch\n: Status: offen\n\nFilter wechseln\n: Verantwortlich: Facility\n: Priorität: mittel\n: Status: erledigt (Dezember)\n\nAlte SAN-Einheit außer Betrieb nehmen\n: Verantwortlich: Storage\n: Priorität: niedrig\n: Status: wartet auf Abschluss der Datenmigration\n";
    const items = parsePlan(plan).items;
    expect(items.map((i) => i.status)).toEqual(["not_started", "done", "blocked"]);
  });

  it("leaves a status it cannot read as not started", () => {
    const plan = "# Plan\n\n## Maßnahmen\n\nSwitch tauschen\n: Priorität: hoch\n: Status: siehe Ticket\n";
    expect(parsePlan(plan).items[0]?.status).toBe("not_started");
  });
});
