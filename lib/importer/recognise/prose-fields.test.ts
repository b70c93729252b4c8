import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { fieldValuePriority, proseFieldPriority } from "./prose-fields";

describe("a priority field said in a record's prose", () => {
  it("reads the field after a sentence, at a line start or after a separator, in any language", () => {
    expect(proseFieldPriority("Kund:innen fotografieren den Zähler. Prio: **hoch** · Aufwand: 15 PT")).toBe("High");
    expect(proseFieldPriority("Seit Mai offen.\nPrioridad: baja; esfuerzo: 2 días")).toBe("Low");
    expect(proseFieldPriority("Owner: Li · Priority: P0 — agreed with sales")).toBe("P0");
    expect(proseFieldPriority("Dépend de l'équipe data. Priorité : 2")).toBe("Priority 2");
  });

  it("ignores a priority word inside a sentence", () => {
    expect(proseFieldPriority("The priority is high for sales, but nobody owns it.")).toBeNull();
    expect(proseFieldPriority("We set priority: high on the incident queue")).toBeNull();
  });

  it("reads a horizon word opening a field value, before its remark", () => {
    expect(fieldValuePriority("**sofort** (gesetzliche Pflicht ab 28.06.)")).toBe("Immediate");
    expect(fieldValuePriority("Must — legal")).toBe("Immediate");
    expect(fieldValuePriority("unbekannt")).toBeNull();
  });

  it("gives leaf-heading records the priority their prose says", () => {
    const md =
      "# Backlog\n\n## Backlog\n\n### Export als CSV\nFür die Buchhaltung. Prio: **hoch** · Aufwand: 3 PT\n\n### Dunkles Design\nWunsch aus dem Forum. Prio: niedrig\n\n### Barrierefreiheit\nPrio: **sofort** (Pflicht ab Juni) · Aufwand: 20 PT\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.priority])).toEqual([
      ["Export als CSV", "P1"],
      ["Dunkles Design", "P3"],
      ["Barrierefreiheit", "P0"],
    ]);
  });
});
