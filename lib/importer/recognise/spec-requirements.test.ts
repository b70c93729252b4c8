import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { namesRequirements } from "./spec-requirements";

// Headings and specs written for this test.

describe("a spec's requirements", () => {
  it("are named in several languages", () => {
    for (const h of ["Requirements", "Functional requirements", "Requirements (v1)", "Anforderungen", "Exigences fonctionnelles", "Requisitos", "Wymagania", "要件", "需求", "요구사항"])
      expect(namesRequirements(h), h).toBe(true);
  });

  it("are not headings that go on about something else", () => {
    for (const h of ["Requirements gathering workshop", "Milestones", "Tasks", "Required reading"]) expect(namesRequirements(h), h).toBe(false);
  });

  it("give no items when the spec plans its work under milestones", () => {
    const md = [
      "# PRD — Shared shopping lists",
      "",
      "## Requirements",
      "",
      "Must:",
      "- Two people edit one list at once",
      "",
      "## Milestones",
      "",
      "### M1 — Sync engine",
      "",
      "- Pick the CRDT library",
      "- Merge edits on reconnect",
      "",
    ].join("\n");
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Pick the CRDT library", "Merge edits on reconnect"]);
  });

  it("stay the work when the spec plans nothing else, or when they are boxes", () => {
    const alone = "# PRD — Shared shopping lists\n\n## Requirements\n\nMust:\n- Two people edit one list at once\n";
    expect(parsePlan(alone).items.map((i) => [i.title, i.priority])).toEqual([["Two people edit one list at once", "P0"]]);
    const boxes = "# Spec\n\n## Requirements\n\n- [ ] Export to CSV\n\n## Tasks\n\n- Write the exporter\n";
    expect(parsePlan(boxes).items.map((i) => i.title)).toEqual(["Export to CSV", "Write the exporter"]);
  });
});
