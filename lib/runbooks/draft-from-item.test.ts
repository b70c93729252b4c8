import { describe, expect, it } from "vitest";
import { MAX_MARKDOWN_DEPTH, tooDeepAt } from "@/lib/markdown/depth";
import { draftFromItem } from "./draft-from-item";
import { headingAnchors, parseScenarios } from "./outline";
import { SCENARIO_SECTIONS } from "./scenario-sections";
import { scenarioTemplate } from "./templates";

const names = (body: string) => parseScenarios(body).scenarios.map((s) => s.title);

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

describe("bodies at the limits of Markdown", () => {
  it("a draft from an item whose description is nested to the limit stays within it", () => {
    const description = `${"- ".repeat(MAX_MARKDOWN_DEPTH)}deepest`;
    const { body } = draftFromItem({ key: "P0-1", title: "Write a runbook", description, actionItems: [] });
    expect(tooDeepAt(body)).toBeNull();
    expect(body).toContain(`    ${description}`);
    expect(tooDeepAt(draftFromItem({ key: "P0-1", title: "T", description: "- a\n  - b", actionItems: [] }).body)).toBeNull();
  });
});
