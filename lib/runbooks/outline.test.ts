import { describe, expect, it } from "vitest";
import { MAX_MARKDOWN_DEPTH } from "@/lib/markdown/depth";
import { renderMarkdown } from "@/lib/markdown/render";
import { CANONICAL } from "@/test/fixtures/canonical-runbook";
import { ANCHOR_PREFIX, headingAnchors, parseScenarios } from "./outline";

const names = (body: string) => parseScenarios(body).scenarios.map((s) => s.title);

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
    // "Overview" is a reference section to read, not a scenario (layouts.ts).
    expect(fromScenarios).toEqual(anchors.filter((a) => a.depth === 2 && a.text !== "Overview").map((a) => a.anchor));
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
});
