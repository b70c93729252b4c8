import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { namesCriteria } from "./criteria-lists";

describe("targets listed under a criteria heading", () => {
  it("names criteria, service levels and goals in several languages", () => {
    for (const heading of ["Exit criteria", "Critères de sortie", "Kriterien für den Go-Live", "Критерии готовности", "Service levels", "קריטריוני קבלה", "验收标准", "Malengo ya robo", "Objetivos medibles", "मुख्य परिणाम (Key Results)", "Resultados-chave", "Ключові результати"]) {
      expect(namesCriteria(heading), heading).toBe(true);
    }
    expect(namesCriteria("Slack follow-ups")).toBe(false);
    expect(namesCriteria("Open questions")).toBe(false);
    expect(namesCriteria("परिणाम पर चर्चा")).toBe(false);
  });

  it("reads the entries that compare as targets and none of the list as work", () => {
    const plan = parsePlan(["# Rollout", "", "## Criterios de salida", "", "- Tiempo de carga por debajo de 3 s", "- Disponibilidad ≥ 99,5 %", "- Todos los casos P1 pasan", ""].join("\n"));
    expect(plan.items).toEqual([]);
    expect(plan.metrics.map((m) => [m.name, m.comparator, m.target])).toEqual([
      ["Tiempo de carga", "<", 3],
      ["Disponibilidad", ">=", 99.5],
    ]);
  });

  it("reads a list under a bold label that names the criteria", () => {
    const plan = parsePlan(["# Release 4.2", "", "## Later", "", "**Service levels**", "", "- Uptime at least 99.9%", "- Support replies within 4 hours", ""].join("\n"));
    expect(plan.metrics.map((m) => m.target)).toEqual([99.9, 4]);
  });

  it("leaves a criteria list whose entries do not compare (weights, not targets)", () => {
    const plan = parsePlan(["# Hackday", "", "## Judging criteria", "", "- Impact — 40%", "- Polish — 30%", "- Demo — 30%", ""].join("\n"));
    expect(plan.metrics).toEqual([]);
  });

  it("keeps a checklist under a criteria heading as work, and a task with a number in its title as a task", () => {
    const plan = parsePlan(["# Launch", "", "## Go-live criteria", "", "- [ ] Error rate < 1% for a day", "- [x] Migrate 40 tables to the new schema", ""].join("\n"));
    expect(plan.items.map((i) => i.title)).toHaveLength(2);
  });

  it("reads no targets from a work list under another heading, numbers and all", () => {
    const plan = parsePlan(["# Sprint 9", "", "## Tasks", "", "- Cut the build under 5 minutes", "- Migrate 40 tables", ""].join("\n"));
    expect(plan.metrics).toEqual([]);
    expect(plan.items).toHaveLength(2);
  });
});
