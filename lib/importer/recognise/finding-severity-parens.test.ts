import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

// recognise/finding-headings.ts: a finding's severity in parentheses, and "No action." as good news.
describe("finding headings with the severity in parentheses", () => {
  it("reads each finding, its status line wherever the prose puts it, and drops good news", () => {
    const md = [
      "# Pentest report",
      "",
      "## Findings",
      "",
      "### RS-01 — IDOR on invoices (Critical)",
      "Any user can read another tenant's invoice.",
      "**Status:** Fixed in 3.14.2, verified by tester.",
      "",
      "### RS-02 — Upload accepts SVG with script (High)",
      "Stored XSS when rendered inline. **Status:** Open",
      "",
      "### RS-07 — TLS 1.2 with strong ciphers only (Informational)",
      "Good configuration, no action.",
      "",
    ].join("\n");
    expect(parsePlan(md).items.map((i) => [i.key, i.title, i.priority, i.status])).toEqual([
      ["RS-01", "IDOR on invoices", "P0", "done"],
      ["RS-02", "Upload accepts SVG with script", "P1", "not_started"],
    ]);
  });

  it("the same in Spanish", () => {
    const md = ["# Auditoría", "", "## Hallazgos", "", "### AU-3 — Sesiones sin caducidad (Medium)", "Las sesiones no expiran.", "", "### AU-4 — Cabeceras correctas (Info)", "Sin problemas. No action.", ""].join("\n");
    expect(parsePlan(md).items.map((i) => [i.title, i.priority])).toEqual([["Sesiones sin caducidad", "P2"]]);
  });
});
