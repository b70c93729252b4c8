import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exportRunbook, importRunbook } from "./markdown-file";
import { parseScenarios } from "./outline";

const names = (body: string) => parseScenarios(body).scenarios.map((s) => s.title);

describe("importRunbook", () => {
  it("takes a lone leading # heading as the title", () => {
    const md = "# Harness service\n\nIntro.\n\n## Hang\n\n### Diagnosis\n- x\n";
    expect(importRunbook(md, "ignored.md")).toEqual({ title: "Harness service", body: "Intro.\n\n## Hang\n\n### Diagnosis\n- x" });
    expect(names(importRunbook(md).body)).toEqual(["Hang"]);
  });

  it("keeps text written before the title heading", () => {
    expect(importRunbook("<!-- owner: ops -->\n\n# T\n\nBody")).toEqual({ title: "T", body: "<!-- owner: ops -->\n\nBody" });
  });

  it("uses the file name when the title is ambiguous or missing", () => {
    const twoH1 = "# Disk full\n\ntext\n\n# DB down\n";
    expect(importRunbook(twoH1, "ops/harness-service_runbook.md")).toEqual({ title: "Harness service runbook", body: twoH1.trim() });
    expect(importRunbook("## Only scenarios\n", "C:\\runbooks\\db--failover.MD").title).toBe("Db failover");
    expect(importRunbook("Intro\n\n## A")).toEqual({ title: "Imported runbook", body: "Intro\n\n## A" });
    expect(importRunbook("#\n\n## A", ".md").title).toBe("Imported runbook");
  });

  it("reads a first heading that is a phase as a scenario, naming the runbook by its subject", () => {
    const text = "# Etapa 1: Inventario del almacén\n\n1. Contar\n\n# Etapa 2: Ajustes\n\n1. Ajustar\n";
    const { title, body } = importRunbook(text, "inventario.md");
    expect(title).toBe("Inventario del almacén");
    expect(body).toContain("# Etapa 1: Inventario del almacén");
    // A document title above the phases stays the title.
    expect(importRunbook(`# Stocktake\n\n${text}`).title).toBe("Stocktake");
    // A phase heading with no name of its own leaves the file name.
    expect(importRunbook("# Phase 1\n\n1. Count\n\n# Phase 2\n\n1. Adjust\n", "stocktake.md").title).toBe("Stocktake");
  });

  it("strips a BOM, normalises line endings and caps the title", () => {
    const imported = importRunbook(`\uFEFF# ${"x".repeat(250)}\r\n\r\n## A\r\ntext\r\n`);
    expect(Array.from(imported.title)).toHaveLength(200);
    expect(imported.body).toBe("## A\ntext");
  });

  it("does not mistake a # line in a code fence for the title", () => {
    const md = "```\n# not a title\n```\n\n## A\n";
    expect(importRunbook(md, "x.md")).toEqual({ title: "X", body: md.trim() });
  });
});

describe("exportRunbook", () => {
  const runbook = {
    title: "Harness service",
    body: "Intro.\n\n## Hang\n\n### Diagnosis\n1. Check `kubectl logs`\n",
    service: "harness",
    revision: 7,
    updatedAt: new Date("2026-11-22T23:30:00Z"),
  };

  it("writes title, metadata line and body", () => {
    expect(exportRunbook(runbook)).toBe(
      "# Harness service\n\n> Service: harness · Revision 7 · Exported 2026-11-22\n\nIntro.\n\n## Hang\n\n### Diagnosis\n1. Check `kubectl logs`\n",
    );
    expect(exportRunbook({ ...runbook, service: " ", body: "" })).toBe("# Harness service\n\n> Revision 7 · Exported 2026-11-22\n");
  });

  it("round-trips, even when the scenarios are # headings or the body starts with its own quote", () => {
    for (const body of [runbook.body, "# A\n\ntext\n\n# B\n", "> Revision 1 · Exported 2020-01-01\n\nMy own quote first."]) {
      const exported = exportRunbook({ ...runbook, body });
      const imported = importRunbook(exported, "other.md");
      expect(imported).toEqual({ title: runbook.title, body: body.trim() });
      expect(exportRunbook({ ...runbook, ...imported })).toBe(exported);
    }
  });

  it("is stable through export → import → export for any title and body", () => {
    const titleChars = [..."abcXYZ019 ()>-:.,#!?'/é"];
    const title = fc
      .string({ unit: fc.constantFrom(...titleChars), minLength: 1, maxLength: 80 })
      .map((s) => s.trim())
      .filter((s) => s.length > 0 && !/\s{2}/.test(s));
    const body = fc.string({ maxLength: 300 }).map((s) => s.replace(/\r/g, ""));
    const service = fc.option(fc.string({ unit: fc.constantFrom(..."ab-· "), maxLength: 12 }), { nil: undefined });
    fc.assert(
      fc.property(title, body, service, fc.nat(10_000), (t, b, s, revision) => {
        const input = { title: t, body: b, service: s, revision, updatedAt: new Date(Date.UTC(2026, 10, 22)) };
        const exported = exportRunbook(input);
        const imported = importRunbook(exported);
        expect(imported.title).toBe(t);
        expect(exportRunbook({ ...input, ...imported })).toBe(exported);
      }),
      { numRuns: 200 },
    );
  });
});

describe("importRunbook with YAML front matter", () => {
  it("takes the title from front matter, keeps the other fields and every # heading in the body", () => {
    const md = "---\ntitle: \"Internal CA rotation\"\nowner: platform\n---\n\n# Phase 1 — Prepare\n\n- Generate\n\n# Phase 2 — Rotate\n\n- Switch\n";
    const { title, body } = importRunbook(md, "rb-ca.md");
    expect(title).toBe("Internal CA rotation");
    expect(body).toBe("- owner: platform\n\n# Phase 1 — Prepare\n\n- Generate\n\n# Phase 2 — Rotate\n\n- Switch");
  });

  it("drops a first # heading that repeats the front matter's title", () => {
    expect(importRunbook("---\ntitle: Disk full\n---\n# Disk full\n\nText\n")).toEqual({ title: "Disk full", body: "Text" });
  });

  it("reads a leading --- without key: value lines as a thematic break, not front matter", () => {
    expect(importRunbook("---\n\n# T\n\nBody\n").title).toBe("T");
  });
});
