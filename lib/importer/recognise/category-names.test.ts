import { describe, expect, it } from "vitest";
import type { Section } from "../context";
import { parsePlan } from "../parse";
import { categoryPath, timeboxName } from "./category-names";

const section = (segments: string[], depth: number): Section => ({ depth, segments, priorityLabel: null, status: null, kind: null, raw: segments.join(" "), line: 1 });

describe("timeboxName: a group's name without its number and schedule", () => {
  it("drops the time box's number and dates, whatever the separator and language", () => {
    expect(timeboxName("Stage 2 — Data backfill (weeks 3–4)")).toBe("Data backfill");
    expect(timeboxName("Milestone 4: Launch (Mar)")).toBe("Launch");
    expect(timeboxName("Etap 1 – Przygotowanie (styczeń)")).toBe("Przygotowanie");
    expect(timeboxName("Этап 2 — Перенос данных (12.01–20.01)")).toBe("Перенос данных");
    expect(timeboxName("Fase 3 | Despliegue (Q2 2027)")).toBe("Despliegue");
  });
  it("drops a period before the name: a quarter, a half, a trimester or semester", () => {
    expect(timeboxName("1º trimestre — Fundamentos")).toBe("Fundamentos");
    expect(timeboxName("2º semestre — Crescimento")).toBe("Crescimento");
    expect(timeboxName("Q1 — Foundations")).toBe("Foundations");
    expect(timeboxName("H2 2027: Growth")).toBe("Growth");
    expect(timeboxName("2. Quartal: Ausbau")).toBe("Ausbau");
  });
  it("drops a closing parenthesis that only says when from any heading", () => {
    expect(timeboxName("Go-live (Thu)")).toBe("Go-live");
    expect(timeboxName("Abnahme (Freitag)")).toBe("Abnahme");
  });
  it("keeps what is not a schedule", () => {
    expect(timeboxName("Phase 2")).toBe("Phase 2");
    expect(timeboxName("Search (beta)")).toBe("Search (beta)");
    expect(timeboxName("Theme: Developer experience")).toBe("Theme: Developer experience");
    expect(timeboxName("Q1")).toBe("Q1");
    expect(timeboxName("Q1 results")).toBe("Q1 results");
    expect(timeboxName("H2O-Leitungen")).toBe("H2O-Leitungen");
  });
});

describe("categoryPath: a heading that only says 'the work is below' gives way to the group named under it", () => {
  it("keeps the named group only", () => {
    expect(categoryPath([section(["Payments"], 1), section(["Billing"], 2)])).toEqual(["Payments", "Billing"]);
    expect(categoryPath([section(["Implementation plan"], 1), section(["Billing"], 2)])).toEqual(["Billing"]);
    // A Finnish OKR's "Toimenpiteet" (actions) under its goal, a Ukrainian plan's "Завдання" (tasks) under an area.
    expect(categoryPath([section(["Luotettava raportointi"], 2), section(["Toimenpiteet"], 99)])).toEqual(["Luotettava raportointi"]);
    expect(categoryPath([section(["Пошта"], 2), section(["Завдання"], 3)])).toEqual(["Пошта"]);
    expect(categoryPath([section(["Toimenpiteet"], 2)])).toEqual(["Toimenpiteet"]);
    expect(categoryPath([section(["Aufgaben"], 2), section(["Datenbank"], 7)])).toEqual(["Datenbank"]);
  });
  it("keeps the container when nothing below names a group", () => {
    expect(categoryPath([section(["Issues"], 2)])).toEqual(["Issues"]);
    expect(categoryPath([section(["Tasks"], 2), section([], 3)])).toEqual(["Tasks"]);
    expect(categoryPath([section(["改善項目"], 2)])).toEqual(["改善項目"]);
  });
  it("drops a list-kind heading between named groups, in more languages", () => {
    expect(categoryPath([section(["改善項目"], 2), section(["バッチ処理"], 3)])).toEqual(["バッチ処理"]);
    // Named above: "Objective › Việc cần làm" is the objective's work.
    expect(categoryPath([section(["Giảm chi phí cloud"], 2), section(["Việc cần làm"], 99)])).toEqual(["Giảm chi phí cloud"]);
    expect(categoryPath([section(["Backend"], 2), section(["Tasks"], 3)])).toEqual(["Backend"]);
    // An objective's "Toimenpiteet" (Finnish: actions), "Tiltak" (Norwegian: measures) is its work.
    expect(categoryPath([section(["Luotettava raportointi"], 2), section(["Toimenpiteet"], 99)])).toEqual(["Luotettava raportointi"]);
    expect(categoryPath([section(["Mål 1"], 2), section(["Tiltak"], 99)])).toEqual(["Mål 1"]);
    expect(categoryPath([section(["Toimenpiteet ja vastuut"], 2)])).toEqual(["Toimenpiteet ja vastuut"]);
  });
  it("keeps the container above a state heading: the state sorts the same work, it names no group", () => {
    expect(categoryPath([section(["Aufgaben"], 2), section(["Erledigt seit Dienstag"], 3)])).toEqual(["Aufgaben", "Erledigt seit Dienstag"]);
    expect(categoryPath([section(["Tasks"], 2), section(["Done this week"], 3)])).toEqual(["Tasks", "Done this week"]);
    expect(categoryPath([section(["Tasks"], 2), section(["Blocked"], 3)])).toEqual(["Tasks", "Blocked"]);
    // A named group that carries a state mark is still the group: "Plan" › "Phase 1 — Preparation ✅".
    expect(categoryPath([section(["Plan"], 2), { ...section(["Preparation"], 3), raw: "Phase 1 — Preparation ✅" }])).toEqual(["Preparation"]);
    const plan = ["# Club board", "", "## Tasks", "", "### Now", "", "- Book the hall", "", "### Done since the last meeting", "", "- Ordered new nets ✔", ""].join("\n");
    expect(parsePlan(plan).items.map((i) => i.category)).toEqual([["Tasks"], ["Tasks", "Done since the last meeting"]]);
  });
  it("keeps a heading that names a group, even with a list word in it", () => {
    expect(categoryPath([section(["Backend"], 2), section(["Open tasks for QA"], 3)])).toEqual(["Backend", "Open tasks for QA"]);
    expect(categoryPath([section(["Tasks"], 2), section(["Tasks"], 3)])).toEqual(["Tasks"]);
  });
  it("reads a bold group label with a remark under a container heading", () => {
    const plan = ["# Crawl report", "", "## Issues", "", "**Markup** (do these first)", "", "- Broken canonical links", "", "**Content**", "", "- Long page titles", ""].join("\n");
    const cats = parsePlan(plan).items.map((i) => i.category);
    expect(cats).toEqual([["Markup"], ["Content"]]);
  });
});

describe("phases numbered by an ordinal and bold container labels", () => {
  it("names the group without '1. fázis:' and without a 'Feladatok:' label under it", () => {
    const plan = "# Terv\n\n## 🧱 1. fázis: Gyors győzelmek\n\n**Feladatok:**\n- [ ] Halott kód eltávolítása\n\n## 🔭 3. fázis: Hosszú táv\n\n**Feladatok:**\n- [ ] Átállás Java 21-re\n";
    const items = parsePlan(plan).items;
    expect(items[0]?.category).toEqual(["Gyors győzelmek"]);
    expect(items[1]?.priority).toBe("P3");
  });

  it("keeps a heading that only starts with a number", () => {
    const plan = "# Plan\n\n## 2. Phasenplan erstellen\n\n- [ ] Termine sammeln\n";
    expect(parsePlan(plan).items[0]?.category).toEqual(["Phasenplan erstellen"]);
  });
});
