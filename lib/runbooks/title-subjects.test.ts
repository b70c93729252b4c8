import { describe, expect, it } from "vitest";
import { importRunbook } from "./markdown-file";
import { parseScenarios } from "./outline";
import { namesAnotherStage, numbersAStage } from "./stage-refs";
import { titleNames } from "./title-subjects";
import { withoutKindLabel } from "./title-kind";

// Headings and runbooks written for this test.

const read = (markdown: string) => {
  const { title, body } = importRunbook(markdown, "runbook.md");
  return parseScenarios(body, { title }).scenarios.map((s) => [s.title, s.steps.length]);
};

describe("a heading the runbook's title names", () => {
  it("compares the heading's first content word with the title's words", () => {
    expect(titleNames("Guardia: entrega de turno y escalado", "Escalado de un incidente")).toBe(true);
    expect(titleNames("Escalation and hand-off for payments", "Escalation path")).toBe(true);
    expect(titleNames("Guardia: entrega de turno y escalado", "Contactos")).toBe(false);
    expect(titleNames("Payments on-call", "Notes on the old gateway")).toBe(false);
  });

  it("is a scenario though its words name reading matter or the shift routine elsewhere", () => {
    const es = "# Guardia: entrega de turno y escalado\n\n## Entrega de turno\n1. Revisar incidentes\n2. Transferir el rol\n\n## Escalado de un incidente\n1. Declarar el incidente\n2. Avisar a Soporte\n\n## Contactos\n- Laura: +34 600 000 000\n";
    expect(read(es)).toEqual([
      ["Entrega de turno", 2],
      ["Escalado de un incidente", 2],
    ]);
    // Without the title naming them, the routine and the contacts stay reading matter.
    const en = "# Payments on-call\n\n## Shift handover\n1. Write the note\n\n## Card auth failing\n1. Check the gateway\n\n## Contacts\n- Ana\n";
    expect(read(en)).toEqual([["Card auth failing", 1]]);
  });
});

describe("numbered stages", () => {
  it("a stage heading is never dropped as a routine, and a fallback about another stage is no step of it", () => {
    const md =
      "# Office cutover\n\n# Phase 1 — Prepare\n1. Export the config\n\n# Phase 2 — Cutover\n1. Move the cable\n2. Apply the settings\n\n# Phase 3 — Checks and handover\n1. Run a speed test\n2. Tell the office manager\n\nIf anything in Phase 2 fails for more than 30 minutes, put the cable back.\n";
    expect(read(md)).toEqual([
      ["Phase 1 — Prepare", 1],
      ["Phase 2 — Cutover", 2],
      ["Phase 3 — Checks and handover", 2],
    ]);
  });

  it("reads stage numbers in several languages", () => {
    expect(numbersAStage("Phase 3 — Checks")).toBe(true);
    expect(numbersAStage("Fase 2: Migración")).toBe(true);
    expect(numbersAStage("Checks")).toBe(false);
    expect(namesAnotherStage("Si algo falla en la fase 1, volver atrás.", "Fase 2: Migración")).toBe(true);
    expect(namesAnotherStage("If still > 90% after step 6, expand the volume.", "Phase 2 — Cleanup")).toBe(false);
    expect(namesAnotherStage("If Phase 2 fails, roll back.", "Phase 2 — Cutover")).toBe(false);
  });
});

describe("document-kind words in more languages", () => {
  it("drops them from the title", () => {
    expect(withoutKindLabel("Betriebsanleitung: TLS-Zertifikat erneuern")).toBe("TLS-Zertifikat erneuern");
    expect(withoutKindLabel("Mode opératoire : restauration d'une base")).toBe("restauration d'une base");
    expect(withoutKindLabel("Регламент: перезапуск кластера")).toBe("перезапуск кластера");
    expect(withoutKindLabel("Betriebsanleitung")).toBe("Betriebsanleitung");
    // Japanese, Chinese and Korean kind words, with a full-width colon.
    expect(withoutKindLabel("ランブック：本番データベースの復元")).toBe("本番データベースの復元");
    expect(withoutKindLabel("运维手册：Redis 主从切换")).toBe("Redis 主从切换");
    expect(withoutKindLabel("런북: 결제 API 지연")).toBe("결제 API 지연");
    expect(withoutKindLabel("手順書")).toBe("手順書");
  });
});
