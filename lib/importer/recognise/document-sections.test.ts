import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { isDecisionRecord, isReadmeSection } from "./document-sections";

describe("READMEs and decision records in other languages", () => {
  it("knows a README's sections and a decision record's", () => {
    for (const h of ["インストール", "使い方", "Lizenz", "Contribuer", "## 安装", "Instalación"]) expect(isReadmeSection(h), h).toBe(true);
    expect(isReadmeSection("Roadmap")).toBe(false);
    expect(isDecisionRecord(["Kontext", "Entscheidung", "Konsequenzen", "Verworfene Alternativen"])).toBe(true);
    expect(isDecisionRecord(["Contexto", "Decisión", "Consecuencias"])).toBe(true);
    // Without the decision, or beside a section of work, it is not a decision record.
    expect(isDecisionRecord(["Context", "Consequences"])).toBe(false);
    expect(isDecisionRecord(["Motivation", "Alternatives considered", "Decision", "Rollout plan", "Success criteria"])).toBe(false);
  });

  it("a Japanese README's usage steps and contributing rules are not work", () => {
    const md = ["# hoshi — 小さなライブラリ", "", "## インストール", "", "```sh", "npm i hoshi", "```", "", "## 使い方", "", "1. `hoshi` をインポートします。", "2. 関数を呼びます。", "", "## コントリビュート", "- PR は歓迎します。", "", "## ライセンス", "MIT", ""].join("\n");
    expect(parsePlan(md).items).toEqual([]);
  });

  it("a Spanish decision record gives nothing; its rejected options are not work", () => {
    const md = ["# ADR 12: Colas con NATS", "", "**Estado:** Aceptado", "", "## Contexto", "Las tablas crecen demasiado.", "", "## Decisión", "Usamos NATS.", "", "## Consecuencias", "- El equipo debe aprender NATS.", "", "## Alternativas descartadas", "- Kafka (demasiado pesado)", "- RabbitMQ", ""].join("\n");
    expect(parsePlan(md).items).toEqual([]);
  });
});
