import { describe, expect, it } from "vitest";
import { importRunbook } from "./markdown-file";
import { parseScenarios } from "./outline";

// Runbooks written for this test: one table row per case.

const read = (markdown: string) => {
  const { title, body } = importRunbook(markdown, "runbook.md");
  return parseScenarios(body, { title }).scenarios.map((s) => [s.title, s.steps.map((step) => step.text)]);
};

describe("a table of cases", () => {
  it("makes each row a scenario whose steps are the lines of its action cell", () => {
    const de = [
      "# Druckerstörungen",
      "",
      "Eine Zeile je Fehler.",
      "",
      "| Fehler | Ursache | Maßnahme |",
      "|---|---|---|",
      "| `E-12` | Papierstau | 1. Klappe öffnen<br>2. Blatt entfernen<br/>3. Neu starten |",
      "| `E-40` | Toner leer | Toner tauschen. Danach Testseite drucken. |",
      "",
      "_Stand: Mai_",
    ].join("\n");
    expect(read(de)).toEqual([
      ["E-12", ["Klappe öffnen", "Blatt entfernen", "Neu starten"]],
      ["E-40", ["Toner tauschen. Danach Testseite drucken."]],
    ]);
  });

  it("reads the same under a heading, with the steps numbered inline, among other scenarios", () => {
    const es = [
      "# Correo",
      "## Alertas conocidas",
      "| Síntoma | Qué hacer |",
      "| --- | --- |",
      "| Cola llena | 1. Vaciar la cola 2. Avisar a soporte |",
      "| Spam | Revisar filtros |",
      "## Migración del buzón",
      "1. Exportar",
      "2. Importar",
    ].join("\n");
    expect(read(es)).toEqual([
      ["Cola llena", ["Vaciar la cola", "Avisar a soporte"]],
      ["Spam", ["Revisar filtros"]],
      ["Migración del buzón", ["Exportar", "Importar"]],
    ]);
  });

  it("leaves step tables and reference tables as they were", () => {
    expect(read("# Deploy\n\n| Step | Action |\n|---|---|\n| 1 | Build |\n| 2 | Ship |\n")).toEqual([["Deploy", ["Build", "Ship"]]]);
    expect(read("# Contacts\n\n| Team | Who | Phone |\n|---|---|---|\n| DB | Ana | 1 |\n| Net | Bo | 2 |\n")).toEqual([]);
  });
});
