import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { workLabelKind } from "./work-labels";

describe("OKR labels in any language", () => {
  it("names initiatives as work and key results as targets", () => {
    expect(workLabelKind("**Maßnahmen**")).toBe("tasks");
    expect(workLabelKind("Initiatives (3)")).toBe("tasks");
    expect(workLabelKind("Risultati chiave:")).toBe("metrics");
    expect(workLabelKind("Actions we took last year")).toBeNull();
    // "Key initiatives" in each language's own order.
    for (const label of ["**关键举措**", "Key initiatives", "Initiatives clés", "Iniciativas clave", "主要施策", "핵심 과제", "Kluczowe inicjatywy"]) expect(workLabelKind(label), label).toBe("tasks");
    expect(workLabelKind("Key people")).toBeNull();
    expect(workLabelKind("关键")).toBeNull();
  });

  it("reads the initiatives under an objective, with priority and done parts in their dashed tail", () => {
    const md = [
      "# OKR H1 — Kundenservice",
      "",
      "## Ziel 1: Schneller antworten",
      "",
      "**Schlüsselergebnisse**",
      "- KR1: Erste Antwort in ≤ 4 Stunden",
      "",
      "**Maßnahmen**",
      "- Chatbot für Standardfragen einführen — *Priorität hoch* — verantwortlich: Jonas",
      "- Vorlagen für häufige Antworten — *niedrig* — ✅ erledigt im März",
      "",
    ].join("\n");
    const result = parsePlan(md);
    expect(result.items.map((i) => [i.title, i.priority, i.done])).toEqual([
      ["Chatbot für Standardfragen einführen", "P1", false],
      ["Vorlagen für häufige Antworten", "P3", true],
    ]);
  });

  it("reads the same in French with an en dash", () => {
    const md = "# OKR T2\n\n## Objectif 1 : fiabilité\n\n**Actions**\n- Ajouter des alertes de latence – *haute*\n- Documenter le plan de reprise – *basse* – ✅ fait\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.priority, i.done])).toEqual([
      ["Ajouter des alertes de latence", "P1", false],
      ["Documenter le plan de reprise", "P3", true],
    ]);
  });
});

describe("an Actions heading in more languages", () => {
  it("holds the work, whatever mark opens it", () => {
    for (const heading of ["✅ Действия", "Działania", "Дії", "Eylemler", "Hành động"]) {
      expect(workLabelKind(heading), heading).toBe("tasks");
      const md = `# Retro\n\n## Went well\n- Release without rollback\n\n## ${heading}\n1. Rotate the reviewer of the day\n2. Fix the staging auto-restart\n`;
      expect(parsePlan(md).items.map((i) => i.title), heading).toEqual(["Rotate the reviewer of the day", "Fix the staging auto-restart"]);
    }
  });

  it("a longer heading opening with the word is not the label", () => {
    expect(workLabelKind("Действия прошлого года")).toBeNull();
  });
});

describe("a tech-debt heading", () => {
  it("holds work, in several languages", () => {
    for (const heading of ["Tech debt", "Technical debt", "Technische Schulden", "Dette technique", "기술 부채", "技术债务"]) {
      expect(workLabelKind(heading), heading).toBe("tasks");
    }
    const md = "# Sprint\n\n## Done\n- [x] Ship it\n\n## Deuda técnica\n- Split the payment service\n- Remove the old cron\n";
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Ship it", "Split the payment service", "Remove the old cron"]);
  });
});
