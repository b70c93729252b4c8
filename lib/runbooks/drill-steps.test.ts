import { describe, expect, it } from "vitest";
import { CANONICAL } from "@/test/fixtures/canonical-runbook";
import { parseScenarios } from "./outline";

describe("drill steps", () => {
  const stepsOf = (body: string) => parseScenarios(body).scenarios.map((s) => s.steps);

  it("takes every Diagnosis and Resolution list item, in order", () => {
    const [hangs] = stepsOf(CANONICAL);
    expect(hangs).toEqual([
      { section: "Diagnosis", text: "Check the worker log: kubectl logs deploy/harness-worker" },
      { section: "Diagnosis", text: "Look for a stuck subprocess" },
      { section: "Resolution", text: "Restart the worker" },
      { section: "Resolution", text: "Re-queue the analysis" },
    ]);
  });

  it("flattens nested and task-list items, each with its own text only", () => {
    const body = [
      "## Outage",
      "### Diagnosis steps",
      "- [ ] Check **pods**",
      "  - [x] in `prod`",
      "    1. node A",
      "  - in staging",
      "- Read the\n  logs",
      "",
      "  ```",
      "  tail -f app.log",
      "  ```",
      "### Resolution procedures",
      "1. Fail over",
      "### Mitigation",
      "* Shed load",
      "### FIX",
      "- Patch",
      "### Escalation",
      "- Not a step",
    ].join("\n");
    expect(stepsOf(body)[0]).toEqual([
      { section: "Diagnosis steps", text: "Check pods" },
      { section: "Diagnosis steps", text: "in prod" },
      { section: "Diagnosis steps", text: "node A" },
      { section: "Diagnosis steps", text: "in staging" },
      { section: "Diagnosis steps", text: "Read the logs" },
      { section: "Resolution procedures", text: "Fail over" },
      { section: "Mitigation", text: "Shed load" },
      { section: "FIX", text: "Patch" },
    ]);
  });

  it("falls back to each section's list items, sentences or commands when Diagnosis/Resolution have no list items", () => {
    const body = [
      "## Cert expired",
      "Before anything: breathe.",
      "### Symptoms",
      "- TLS errors",
      "### Diagnosis",
      "Run `openssl s_client` against the host.\n\nSecond paragraph.",
      "### Resolution",
      "```sh\ncertbot renew\n```",
      "### Escalation",
    ].join("\n\n");
    expect(stepsOf(body)[0]).toEqual([
      { section: "", text: "Before anything: breathe." },
      { section: "Symptoms", text: "TLS errors" },
      // Prose: one step per sentence, one per code block (prose-steps.ts).
      { section: "Diagnosis", text: "Run openssl s_client against the host." },
      { section: "Diagnosis", text: "Second paragraph." },
      { section: "Resolution", text: "certbot renew" },
    ]);
  });

  it("uses the scenario title when there is nothing else", () => {
    expect(stepsOf("## Bare\n\n## Only a blank code block\n\n```\n\n```\n")).toEqual([
      [{ section: "", text: "Bare" }],
      [{ section: "", text: "Only a blank code block" }],
    ]);
  });

  it("collapses whitespace and caps a step at 500 characters", () => {
    const long = "word ".repeat(200);
    const [step] = stepsOf(`## S\n### Fix\n- ${long}\n`)[0] ?? [];
    expect(Array.from(step?.text ?? "")).toHaveLength(500);
    expect(step?.text.endsWith("…")).toBe(true);
    expect(step?.text).not.toMatch(/\s{2}/);
  });
});
