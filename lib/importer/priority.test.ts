import { describe, expect, it } from "vitest";
import { defaultPriorityFor, findPriorityLabel, resolvePriority, stripPriorityLabel } from "./priority";

describe("priority labels", () => {
  it.each([
    ["Priority 1: Critical System Improvements", "Priority 1"],
    ["P0: Critical Blockers (Complete within 24 hours)", "P0"],
    ["High Priority", "High"],
    ["Priority: Low", "Low"],
    ["High Availability", null],
    // A level joined by a hyphen to another word is an adjective ("low-end" phones); "-prio" still ranks.
    ["low-end", null],
    ["high-level design", null],
    ["high-prio", "High"],
    ["low-priority", "Low"],
    ["Critical", "Critical"],
    ["Security Enhancements", null],
  ])("finds the label in heading %j", (heading, label) => {
    expect(findPriorityLabel(heading, { headingOnly: true })).toBe(label);
  });

  it("maps Priority 1..5 to P0, P1, P2, P3, P3 and words to P0–P3", () => {
    expect(["Priority 1", "Priority 2", "Priority 3", "Priority 4", "Priority 5"].map(defaultPriorityFor)).toEqual(["P0", "P1", "P2", "P3", "P3"]);
    expect(["Critical", "High", "Medium", "Low", "P2", "Someday"].map(defaultPriorityFor)).toEqual(["P0", "P1", "P2", "P3", "P2", null]);
  });

  it("lets the user's mapping win, including mapping to untriaged", () => {
    expect(resolvePriority("Priority 5", { "Priority 5": "P2" })).toBe("P2");
    expect(resolvePriority("Low", { Low: null })).toBeNull();
    expect(resolvePriority(null)).toBeNull();
  });

  it("strips the priority token and its deadline note from a heading", () => {
    expect(stripPriorityLabel("P0: Critical Blockers (Complete within 24 hours)")).toBe("Critical Blockers");
    expect(stripPriorityLabel("Priority 2: Data Management and Quality")).toBe("Data Management and Quality");
    expect(stripPriorityLabel("Core Architecture (v2)")).toBe("Core Architecture (v2)");
  });
});

describe("a level with a noun that ranks work, as a heading", () => {
  it("reads 'High impact', 'Low severity' as priority headings, not 'High availability'", () => {
    expect(findPriorityLabel("High impact", { headingOnly: true })).toBe("High");
    expect(findPriorityLabel("Medium urgency", { headingOnly: true })).toBe("Medium");
    expect(findPriorityLabel("High availability", { headingOnly: true })).toBeNull();
  });
});
