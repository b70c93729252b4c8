import { describe, expect, it } from "vitest";
import { importRunbook } from "./markdown-file";
import { withoutKindLabel } from "./title-kind";

// Titles written for this test.

describe("a leading document-kind label", () => {
  it("is dropped after a colon or a dash, in several languages and spellings", () => {
    expect(
      ["Runbook: Cache stampede", "Playbook – Phishing report", "SOP: Offboarding a user", "Procédure : bascule du DNS", "Verfahren — Schlüssel tauschen", "Run book: Index rebuild", "PROCEDIMIENTO: restaurar copia"].map(withoutKindLabel),
    ).toEqual(["Cache stampede", "Phishing report", "Offboarding a user", "bascule du DNS", "Schlüssel tauschen", "Index rebuild", "restaurar copia"]);
  });

  it("stays when it is qualified, not followed by a separator, or all there is", () => {
    expect(["Incident playbook: Bot traffic", "Restore drill: billing DB", "Runbook for the cache", "Runbooks", "Runbook:", "Runbook-Index"].map(withoutKindLabel)).toEqual([
      "Incident playbook: Bot traffic",
      "Restore drill: billing DB",
      "Runbook for the cache",
      "Runbooks",
      "Runbook:",
      "Runbook-Index",
    ]);
  });

  it("is dropped when it says the document is a checklist or an alert page", () => {
    expect(["Checklist: Closing the till", "Checkliste – Wochenende", "Alert: DiskFull", "Alerta: CPU alta", "チェックリスト：退勤前"].map(withoutKindLabel)).toEqual([
      "Closing the till",
      "Wochenende",
      "DiskFull",
      "CPU alta",
      "退勤前",
    ]);
    expect(["アラート対応手順：Kafka コンシューマーラグ増大", "告警处理手册：磁盘已满", "알림 대응 절차: 디스크 부족"].map(withoutKindLabel)).toEqual(["Kafka コンシューマーラグ増大", "磁盘已满", "디스크 부족"]);
    // A word that only begins like one, or a qualified phrase, stays.
    expect(["Alerting pipeline: rebuild", "Pre-flight checklist: A320", "Alarm clock"].map(withoutKindLabel)).toEqual(["Alerting pipeline: rebuild", "Pre-flight checklist: A320", "Alarm clock"]);
  });

  it("is dropped from an imported file's title, heading or front matter", () => {
    expect(importRunbook("# Runbook: Queue backlog\n\n## Diagnosis\n\n1. Look\n").title).toBe("Queue backlog");
    expect(importRunbook("---\ntitle: \"SOP – Badge reset\"\n---\n\n1. Reset\n").title).toBe("Badge reset");
  });
});
