import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { kindOf } from "../sections";
import { proposalPartKind } from "./more-section-words";

// Made-up RFCs: only the plan is work; motivation, drawbacks, open questions and history are not.

describe("an RFC's parts and plan headings in more languages", () => {
  it.each([
    ["Drawbacks", "notes"],
    ["## 4. Nachteile", "notes"],
    ["Нерешена питања", "notes"],
    ["Revision history", "notes"],
    ["Историја измена", "notes"],
    ["Критеријуми успеха", "metrics"],
    ["Kryteria sukcesu", "metrics"],
  ])("%s → %s", (heading, kind) => expect(proposalPartKind(heading)).toBe(kind));

  it.each(["Drawbacks of the old importer we must fix", "Motivation letters to send", "Plan"])("%s is not a part", (heading) => expect(proposalPartKind(heading)).toBeNull());

  it.each(["План имплементације", "Sljedeći koraci", "Naslednji koraki", "Tindakan susulan"])("%s names work", (heading) => expect(kindOf(heading, null, null)).toBe("tasks"));

  it("takes only a Serbian RFC's plan", () => {
    const md =
      "# RFC 7: Брже претраге\n\n- **Аутор:** Ана\n- **Статус:** Предлог\n\n## Мотивација\n\nПретрага је спора.\n\n## План имплементације\n\n1. Додати индекс на табелу производа\n2. Укључити кеш упита\n\n" +
      "## Критеријуми успеха\n\n- p95 претраге < 300 ms\n\n## Нерешена питања\n\n- Ко одржава индекс?\n\n## Историја измена\n\n- 2025-01-10 — први нацрт\n";
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Додати индекс на табелу производа", "Укључити кеш упита"]);
  });

  it.each(["Hypothèses", "Annahmen", "Supuestos", "Aannames", "Premissas", "Decisioni prese", "Décisions prises", "Getroffene Entscheidungen", "Decisiones tomadas", "決定事項"])(
    "%s (assumptions, decisions taken) holds no work",
    (heading) => expect(proposalPartKind(heading)).toBe("notes"),
  );

  it.each(["Hypothèses à tester cette semaine", "Décisions à prendre avant lundi"])("%s is not a record of what was given or decided", (heading) => expect(proposalPartKind(heading)).toBeNull());

  it("reads a Russian incident timeline as events, the agreed actions as work", () => {
    const md = "# Разбор инцидента\n\n## Хронология\n- 14:05 — первые ошибки в логах\n- 14:22 — алерт по доле ошибок\n\n## Что сделаем\n1. Снизить порог алерта\n";
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Снизить порог алерта"]);
  });

  it.each(["Хронология", "Chronologie", "Línea de tiempo", "Tijdlijn", "タイムライン"])("%s (a timeline) holds no work", (heading) => expect(proposalPartKind(heading)).toBe("notes"));

  it.each(["Хронология миграции: что сделать", "Zeitleiste aktualisieren"])("%s is no timeline heading", (heading) => expect(proposalPartKind(heading)).toBeNull());
});
