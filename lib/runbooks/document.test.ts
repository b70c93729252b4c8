import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_MARKDOWN_DEPTH, tooDeepAt } from "@/lib/markdown/depth";
import { renderMarkdown } from "@/lib/markdown/render";
import {
  ANCHOR_PREFIX,
  blankRunbook,
  draftFromItem,
  exportRunbook,
  headingAnchors,
  importRunbook,
  parseScenarios,
  SCENARIO_SECTIONS,
  scenarioTemplate,
} from "./document";

const CANONICAL = `Short intro paragraph.

Second intro paragraph.

## Analysis hangs (> 25 minutes)

### Symptoms
- Dashboard shows the analysis stuck at 40 %
- \`harness_analysis_seconds\` alert fires

### Diagnosis
1. Check the worker log: \`kubectl logs deploy/harness-worker\`
2. Look for a stuck subprocess

### Resolution
1. Restart the worker
2. Re-queue the analysis

### Escalation
- Page the harness on-call

## Tier 1 artifacts corrupted

### Symptoms
Checksums fail.
`;

const names = (body: string) => parseScenarios(body).scenarios.map((s) => s.title);

describe("scenarioTemplate / blankRunbook", () => {
  it("writes a heading and the four sections with a hint each, ending in a newline", () => {
    const md = scenarioTemplate("Disk full");
    expect(md.startsWith("## Disk full\n\n### Symptoms\n\n_What the operator sees: alerts, error messages, dashboards._")).toBe(true);
    expect(md.endsWith("_\n")).toBe(true);
    const [scenario] = parseScenarios(md).scenarios;
    expect(scenario?.title).toBe("Disk full");
    expect(scenario?.sections.map((s) => s.name)).toEqual([...SCENARIO_SECTIONS]);
    expect(scenario?.sections.every((s) => /^_.+_$/.test(s.markdown))).toBe(true);
  });

  it("keeps awkward titles a single heading", () => {
    expect(names(scenarioTemplate("Queue\nfull"))).toEqual(["Queue full"]);
    expect(names(scenarioTemplate("#1 cause: disk"))).toEqual(["#1 cause: disk"]);
    expect(names(scenarioTemplate("Retry #"))).toEqual(["Retry #"]);
    expect(names(scenarioTemplate("###"))).toEqual(["###"]);
    expect(names(scenarioTemplate(" "))).toEqual(["New scenario"]);
  });

  it("starts a blank runbook with an intro line and one scenario", () => {
    const { intro, scenarios } = parseScenarios(blankRunbook());
    expect(intro).toMatch(/^_.+_$/);
    expect(scenarios.map((s) => s.title)).toEqual(["First scenario"]);
  });
});

describe("parseScenarios", () => {
  it("splits the canonical shape into intro, scenarios and sections", () => {
    const { intro, scenarios } = parseScenarios(CANONICAL);
    expect(intro).toBe("Short intro paragraph.\n\nSecond intro paragraph.");
    expect(scenarios.map((s) => s.title)).toEqual(["Analysis hangs (> 25 minutes)", "Tier 1 artifacts corrupted"]);
    const [hangs, tier1] = scenarios;
    expect(hangs?.anchor).toBe("h-analysis-hangs--25-minutes");
    expect(hangs?.sections.map((s) => s.name)).toEqual(["Symptoms", "Diagnosis", "Resolution", "Escalation"]);
    expect(hangs?.sections[1]?.markdown).toBe("1. Check the worker log: `kubectl logs deploy/harness-worker`\n2. Look for a stuck subprocess");
    expect(hangs?.markdown.startsWith("## Analysis hangs (> 25 minutes)\n")).toBe(true);
    expect(hangs?.markdown.endsWith("- Page the harness on-call")).toBe(true);
    expect(tier1?.markdown).toBe("## Tier 1 artifacts corrupted\n\n### Symptoms\nChecksums fail.");
  });

  it("uses depth 1 when scenarios are # headings", () => {
    const body = "# Disk full\n\n## Diagnosis\n- df -h\n\n# DB down\n\n## Resolution\n1. Fail over\n";
    const { scenarios } = parseScenarios(body);
    expect(scenarios.map((s) => [s.title, s.sections.map((x) => x.name)])).toEqual([
      ["Disk full", ["Diagnosis"]],
      ["DB down", ["Resolution"]],
    ]);
  });

  it("keeps deeper headings inside their section and never splits on shallower-looking code", () => {
    const body = [
      "## Deploy stuck",
      "### Diagnosis",
      "#### On Kubernetes",
      "1. Run:",
      "",
      "```sh",
      "## not a heading",
      "# neither",
      "kubectl get pods",
      "```",
      "### Resolution",
      "~~~",
      "### not a section",
      "~~~",
    ].join("\n");
    const [scenario, ...rest] = parseScenarios(body).scenarios;
    expect(rest).toEqual([]);
    expect(scenario?.sections.map((s) => s.name)).toEqual(["Diagnosis", "Resolution"]);
    expect(scenario?.sections[0]?.markdown).toContain("#### On Kubernetes");
    expect(scenario?.sections[0]?.markdown).toContain("## not a heading");
    expect(scenario?.sections[1]?.markdown).toBe("~~~\n### not a section\n~~~");
  });

  it("puts content before the first section in an unnamed section, only when there is some", () => {
    const withLead = parseScenarios("## A\n\nApplies to EU only.\n\n### Diagnosis\n- x\n").scenarios[0];
    expect(withLead?.sections).toEqual([
      { name: "", markdown: "Applies to EU only." },
      { name: "Diagnosis", markdown: "- x" },
    ]);
    const without = parseScenarios("## A\n\n### Diagnosis\n- x\n").scenarios[0];
    expect(without?.sections.map((s) => s.name)).toEqual(["Diagnosis"]);
  });

  it("reads an empty or heading-less body as intro only", () => {
    expect(parseScenarios("")).toEqual({ intro: "", scenarios: [] });
    expect(parseScenarios("  \n\nJust notes.\n- a\n\n")).toEqual({ intro: "Just notes.\n- a", scenarios: [] });
  });

  it("ignores headings nested in blockquotes or lists when finding scenarios", () => {
    const body = "> # Quoted\n\n- ## In a list\n\n## Real\n\ntext\n";
    const { intro, scenarios } = parseScenarios(body);
    expect(scenarios.map((s) => s.title)).toEqual(["Real"]);
    expect(intro).toBe("> # Quoted\n\n- ## In a list");
  });

  it("accepts setext headings", () => {
    expect(names("Disk full\n---------\n\ntext\n\nDB down\n-------\n")).toEqual(["Disk full", "DB down"]);
  });
});

describe("anchors", () => {
  it("numbers duplicates over every heading and agrees with parseScenarios", () => {
    const body = [
      "## Overview",
      "## Restart",
      "### Diagnosis",
      "- a",
      "> ### Diagnosis",
      "## Restart",
      "### Diagnosis",
      "## `kubectl` *fails*",
    ].join("\n\n");
    const anchors = headingAnchors(body);
    expect(anchors).toEqual([
      { depth: 2, text: "Overview", anchor: "h-overview" },
      { depth: 2, text: "Restart", anchor: "h-restart" },
      { depth: 3, text: "Diagnosis", anchor: "h-diagnosis" },
      { depth: 3, text: "Diagnosis", anchor: "h-diagnosis-1" },
      { depth: 2, text: "Restart", anchor: "h-restart-1" },
      { depth: 3, text: "Diagnosis", anchor: "h-diagnosis-2" },
      { depth: 2, text: "kubectl fails", anchor: "h-kubectl-fails" },
    ]);
    const fromScenarios = parseScenarios(body).scenarios.map((s) => s.anchor);
    expect(fromScenarios).toEqual(anchors.filter((a) => a.depth === 2).map((a) => a.anchor));
  });

  it("slugs unicode like GitHub", () => {
    expect(headingAnchors("## Ошибка базы данных\n\n## Café — résumé 🚀").map((a) => a.anchor)).toEqual([
      "h-ошибка-базы-данных",
      "h-café--résumé-",
    ]);
    expect(ANCHOR_PREFIX).toBe("h-");
  });

  it("returns nothing for a body without headings", () => {
    expect(headingAnchors("")).toEqual([]);
    expect(headingAnchors("```\n# code\n```")).toEqual([]);
  });
});

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

  it("falls back to one step per non-empty section when Diagnosis/Resolution have no list items", () => {
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
      { section: "Diagnosis", text: "Run openssl s_client against the host." },
      { section: "Resolution", text: "Resolution" },
    ]);
  });

  it("uses the scenario title when there is nothing else", () => {
    expect(stepsOf("## Bare\n\n## Only code\n\n```\nx\n```\n")).toEqual([
      [{ section: "", text: "Bare" }],
      [{ section: "", text: "Only code" }],
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

describe("draftFromItem", () => {
  const harness = {
    key: "P0-006",
    title: "Create Operational Runbook for Harness Service",
    description:
      "- No documented procedures for common issues\n- Tier 1, 2, 3 fallback flows not well understood\n- Operators lack troubleshooting guide",
    actionItems: [
      "Document common scenarios:",
      "Analysis hangs (> 25 minutes)",
      "Tier 1 artifacts corrupted",
      "Tier 2 subprocess fails",
      "Tier 3 fallback incomplete",
      "For each scenario:",
      "Diagnosis steps",
      "Resolution procedures",
      "Escalation path",
      "Include command examples",
      "Test runbook with operator",
    ],
  };
  const playbook = {
    key: "P1-010",
    title: "Create Incident Response Playbook",
    description: "",
    actionItems: [
      "Create incident response playbook:",
      "Document:",
      "On-call contacts and rotation",
      "Escalation path",
      "Communication channels",
      "Rollback procedures",
      "Create incident post-mortem template",
    ],
  };

  it("drafts P0-006 with its four scenarios and the left-over tasks", () => {
    const draft = draftFromItem(harness);
    expect(draft.title).toBe("Operational Runbook for Harness Service");
    const { intro, scenarios } = parseScenarios(draft.body);
    expect(intro).toBe(
      [
        "Drafted from P0-006: Create Operational Runbook for Harness Service.",
        "Context:",
        "> - No documented procedures for common issues\n> - Tier 1, 2, 3 fallback flows not well understood\n> - Operators lack troubleshooting guide",
        "Before this runbook is ready:",
        "- [ ] Include command examples\n- [ ] Test runbook with operator",
      ].join("\n\n"),
    );
    expect(scenarios.map((s) => s.title)).toEqual([
      "Analysis hangs (> 25 minutes)",
      "Tier 1 artifacts corrupted",
      "Tier 2 subprocess fails",
      "Tier 3 fallback incomplete",
    ]);
    for (const s of scenarios) expect(s.sections.map((x) => x.name)).toEqual([...SCENARIO_SECTIONS]);
    expect(draft.body).toContain(`\n\n${scenarioTemplate("Analysis hangs (> 25 minutes)")}`);
    expect(draft.body.endsWith("_\n")).toBe(true);
  });

  it("drafts P1-010 from the first group with two or more children", () => {
    const draft = draftFromItem(playbook);
    expect(draft.title).toBe("Incident Response Playbook");
    const { intro, scenarios } = parseScenarios(draft.body);
    expect(intro).toBe(
      "Drafted from P1-010: Create Incident Response Playbook.\n\nBefore this runbook is ready:\n\n- [ ] Create incident post-mortem template",
    );
    expect(scenarios.map((s) => s.title)).toEqual([
      "On-call contacts and rotation",
      "Escalation path",
      "Communication channels",
      "Rollback procedures",
    ]);
    for (const s of scenarios) expect(s.sections).toHaveLength(4);
  });

  it("turns uncovered per-scenario sections into tasks", () => {
    const draft = draftFromItem({
      key: "K-1",
      title: "Write runbook",
      description: "",
      actionItems: ["Scenarios:", "Disk full", "For each scenario:", "Symptoms", "Rollback plan"],
    });
    expect(draft.title).toBe("Runbook");
    expect(parseScenarios(draft.body).intro).toContain("- [ ] For each scenario: Rollback plan");
    expect(draft.body).not.toContain("For each scenario: Symptoms");
  });

  it("falls back to every plain entry, then to one placeholder scenario", () => {
    const loose = draftFromItem({ key: "K-2", title: "db failover", description: "", actionItems: ["Primary lost", " ", "Replica lag"] });
    expect(loose.title).toBe("Db failover");
    expect(names(loose.body)).toEqual(["Primary lost", "Replica lag"]);
    const none = draftFromItem({ key: "K-3", title: "Document", description: "", actionItems: [] });
    expect(none.title).toBe("Document");
    expect(names(none.body)).toEqual(["First scenario"]);
    expect(parseScenarios(none.body).intro).toBe("Drafted from K-3: Document.");
  });

  it("keeps the description from leaking into the scenarios", () => {
    const draft = draftFromItem({
      key: "K-4",
      title: "Create DB runbook",
      description: "# Problem\n\nIt breaks.\n\n## Impact\n\n```\nunclosed fence\n## still code",
      actionItems: ["Scenarios:", "Primary down"],
    });
    expect(names(draft.body)).toEqual(["Primary down"]);
    expect(headingAnchors(draft.body)[0]?.text).toBe("Primary down");
    expect(parseScenarios(draft.body).intro).toContain("> **Problem**");
  });
});

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

describe("bodies at the limits of Markdown", () => {
  const deep = `## Scenario\n\n${"> ".repeat(MAX_MARKDOWN_DEPTH + 1)}x\n`;

  it("a body nested too deeply (stored before the limit) has no structure: the page shows it as text", () => {
    expect(parseScenarios(deep)).toEqual({ intro: deep.trim(), scenarios: [] });
    expect(headingAnchors(deep)).toEqual([]);
  });

  it("takes anchors from the renderer where raw HTML makes the parsers disagree", () => {
    // markdown-it with HTML (the outline's parser) reads lines 1–3 as an HTML block; the renderer
    // shows raw HTML as text, so "# Setup" is a heading there and the second one is "-1".
    const body = "<div>\n# Setup\n</div>\n\n## Setup\n";
    expect(headingAnchors(body)).toEqual([{ depth: 2, text: "Setup", anchor: "h-setup-1" }]);
    expect(renderMarkdown(body, { anchors: true })).toContain('id="h-setup-1"');
  });

  it("a draft from an item whose description is nested to the limit stays within it", () => {
    const description = `${"- ".repeat(MAX_MARKDOWN_DEPTH)}deepest`;
    const { body } = draftFromItem({ key: "P0-1", title: "Write a runbook", description, actionItems: [] });
    expect(tooDeepAt(body)).toBeNull();
    expect(body).toContain(`    ${description}`);
    expect(tooDeepAt(draftFromItem({ key: "P0-1", title: "T", description: "- a\n  - b", actionItems: [] }).body)).toBeNull();
  });
});
