import { describe, expect, it } from "vitest";
import { importedImpact, parseImpact } from "./impact";
import { parsePlan } from "./parse";

describe("impact", () => {
  it("reads a stated impact as a number of 5 or a level word", () => {
    expect(["4", "4/5", "2 of 5", " 5 out of 5", "High", "critical", "Low - nice to have"].map(parseImpact)).toEqual([4, 4, 2, 5, 4, 5, 2]);
    expect(["", "huge", "7", "4.5", "10x faster"].map(parseImpact)).toEqual([null, null, null, null, null]);
  });

  it("proposes Critical 5, High 4, Medium 3, Low 2 from the severity, and a stated impact wins", () => {
    expect((["critical", "high", "medium", "low"] as const).map((s) => importedImpact(null, s).impact)).toEqual([5, 4, 3, 2]);
    expect(importedImpact(null, "high")).toEqual({ impact: 4, impactFrom: "severity" });
    expect(importedImpact(1, "critical")).toEqual({ impact: 1, impactFrom: "document" });
    expect(importedImpact(null, null)).toEqual({ impact: null, impactFrom: null });
  });

  it("comes out of a record's fields: stated, proposed from severity, or not understood (with a warning)", () => {
    const plan = parsePlan(
      [
        "### A-1: Stated",
        "**Severity:** Critical  ",
        "**Impact:** 2  ",
        "**Effort:** 3 hours",
        "",
        "### A-2: From severity",
        "**Severity:** Medium  ",
        "**Effort:** 2 days",
        "",
        "### A-3: Unreadable",
        "**Severity:** Low  ",
        "**Impact:** enormous",
        "",
        "### A-4: Neither",
        "**Effort:** 1 hour",
      ].join("\n"),
    );
    expect(plan.items.map((i) => [i.key, i.impact, i.impactFrom, i.effortHours])).toEqual([
      ["A-1", 2, "document", 3],
      ["A-2", 3, "severity", 16],
      ["A-3", 2, "severity", null],
      ["A-4", null, null, 1],
    ]);
    expect(plan.warnings).toEqual([expect.objectContaining({ line: 10, message: expect.stringContaining("impact 'enormous' not understood") })]);
  });
});
