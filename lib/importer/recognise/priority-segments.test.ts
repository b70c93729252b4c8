import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { prioritySegment } from "./priority-segments";

// Made-up entries whose priority is a segment of the line, between dashes or after a comma.

describe("a priority phrase as its own segment", () => {
  it.each([
    ["de la base actual — *prioridad alta* — ✅ hecho", "High"],
    ["low priority, only if budget allows", "Low"],
    ["für Team B · Priorität: hoch · @mia", "High"],
    ["— 優先度：高 — 対応中", "High"],
    ["(P2) — after the freeze", "P2"],
  ])("%s → %s", (rest, label) => expect(prioritySegment(rest)).toBe(label));

  it.each(["— high availability matters here", "— high", "the critical path is long — plan it first"])("%s is prose", (rest) => expect(prioritySegment(rest)).toBeNull());

  it("gives a bold numbered entry its priority (Spanish, Dutch)", () => {
    const md =
      "# Plan\n\n## Fase 1\n\n1. **Inventariar tablas** del esquema viejo — *prioridad alta* — ✅ hecho\n2. **Documentar la API** interna — *prioridad baja*\n\n## Fase 2\n\n1. **Logs opschonen** in de oude service — prioriteit: hoog\n2. **Cache verwijderen** — prioriteit laag — bezig\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.priority, i.status])).toEqual([
      ["Inventariar tablas", "P1", "done"],
      ["Documentar la API", "P3", "not_started"],
      ["Logs opschonen", "P1", "not_started"],
      ["Cache verwijderen", "P3", "in_progress"],
    ]);
  });
});
