import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeDocument } from "./decode";
import { parsePlan } from "./parse";

// The five real plans, against what a careful reader counts in each (db/demo/seeds/README.md).

const seed = (name: string) => {
  const decoded = decodeDocument(readFileSync(join(process.cwd(), "db/demo/seeds", name)));
  if (!decoded.ok) throw new Error(decoded.error);
  return { ...parsePlan(decoded.text), decodeWarnings: decoded.warnings };
};
const count = <T,>(xs: T[], f: (x: T) => boolean) => xs.filter(f).length;

describe("seed 000: `## 1. Area` headings with `- [ ] 1.1 text` task lists", () => {
  const r = seed("000_a0a50574bb875801.txt");
  it("has 15 areas, 90 items keyed 1.1 … 15.6, none done, no priority", () => {
    expect(r.items).toHaveLength(90);
    expect(new Set(r.items.map((i) => i.category.join(" › "))).size).toBe(15);
    expect(r.items[0]!.key).toBe("1.1");
    expect(r.items.at(-1)!.key).toBe("15.6");
    expect(count(r.items, (i) => i.done)).toBe(0);
    expect(count(r.items, (i) => i.priorityLabel !== null)).toBe(0);
  });
  it("reads an item exactly", () => {
    expect(r.items[0]).toMatchObject({
      key: "1.1",
      title: "Reorganize module structure for better separation of concerns",
      category: ["Repository Structure & Organization"],
      status: "not_started",
      line: 2,
    });
  });
});

describe("seed 001: `## Priority N` › `### Sub-area` › `1. **Title** - description`", () => {
  const r = seed("001_0a30bf69f9c96dff.txt");
  it("has 50 items numbered 1–50 over 5 priority levels and 10 sub-areas", () => {
    expect(r.items.map((i) => i.key)).toEqual(Array.from({ length: 50 }, (_, i) => String(i + 1)));
    expect([...new Set(r.items.map((i) => i.priorityLabel))]).toEqual(["Priority 1", "Priority 2", "Priority 3", "Priority 4", "Priority 5"]);
    expect(new Set(r.items.map((i) => i.category.at(-1))).size).toBe(10);
    expect([...new Set(r.items.map((i) => i.priority))]).toEqual(["P0", "P1", "P2", "P3"]);
  });
  it("splits title and description at ' - '", () => {
    expect(r.items[0]).toMatchObject({
      key: "1",
      title: "Implement comprehensive error handling framework",
      description: "Standardize error responses, logging, and recovery mechanisms across all modules with centralized exception handling",
      category: ["Critical System Improvements", "Core Architecture"],
      priorityLabel: "Priority 1",
      priority: "P0",
    });
  });
  it("honours an adjusted priority mapping", () => {
    const decoded = decodeDocument(readFileSync(join(process.cwd(), "db/demo/seeds/001_0a30bf69f9c96dff.txt")));
    if (!decoded.ok) throw new Error(decoded.error);
    const adjusted = parsePlan(decoded.text, { priorityMap: { "Priority 5": "P2", "Priority 1": null } });
    expect(adjusted.items.find((i) => i.priorityLabel === "Priority 5")!.priority).toBe("P2");
    expect(adjusted.items.find((i) => i.key === "1")!.priority).toBeNull();
  });
});

describe("seed 002: `### P0-001: Title` records", () => {
  const r = seed("002_ffc60b89eeec65e0.txt");
  it("has 42 items: P0 8, P1 14, P2 12, P3 8, all not started, with severities and efforts", () => {
    expect(r.items).toHaveLength(42);
    expect(["P0", "P1", "P2", "P3"].map((p) => count(r.items, (i) => i.priority === p))).toEqual([8, 14, 12, 8]);
    expect(count(r.items, (i) => i.status === "not_started")).toBe(42);
    expect(new Set(r.items.map((i) => i.severity))).toEqual(new Set(["critical", "high", "medium", "low"]));
    expect(count(r.items, (i) => i.effortHours !== null)).toBe(42);
    expect(count(r.items, (i) => i.checklist.some((c) => c.kind === "acceptance"))).toBe(34);
  });
  it("states no impact, so each item's is proposed from its severity (Critical 5, High 4, Medium 3, Low 2)", () => {
    expect(count(r.items, (i) => i.impactFrom === "severity")).toBe(42);
    expect([5, 4, 3, 2].map((n) => count(r.items, (i) => i.impact === n))).toEqual([8, 14, 12, 8]);
    // With the document's efforts every item lands on the impact × effort board (impact ≥ 3 is high,
    // more than 8 hours is high effort): 34 quick wins, 4 fill-ins, 4 money pits, no big bet.
    const high = (i: (typeof r.items)[number]) => [i.impact! >= 3, i.effortHours! > 8].join();
    expect(["true,false", "false,false", "false,true", "true,true"].map((q) => count(r.items, (i) => high(i) === q))).toEqual([34, 4, 4, 0]);
  });
  it("reads P0-001's fields, context, actions, files and acceptance criteria", () => {
    const item = r.items.find((i) => i.key === "P0-001")!;
    expect(item).toMatchObject({ title: "Resolve Pydantic v2 Field() Mismatches", category: ["Critical Blockers"], severity: "critical", effortHours: 2, impact: 5, impactFrom: "severity", line: 22 });
    expect(item.description).toContain("Found 474 type safety issues");
    const kinds = (k: string) => item.checklist.filter((c) => c.kind === k).map((c) => c.text);
    expect(kinds("acceptance")).toEqual(["Pyright errors < 50 across all repos", "All Pydantic v1 patterns replaced", "Tests pass without import warnings", "Database migrations execute successfully"]);
    // `](e:\Apps\backend\models\)` escapes its own closing parenthesis, so CommonMark reads no link there.
    expect(kinds("action")[0]).toBe("Scan [backend/models/](e:\\Apps\\backend\\models) for all BaseModel classes");
    expect(kinds("action")).toContain("validator → field_validator");
    expect(kinds("file")).toHaveLength(3);
  });
  it("keeps code blocks in the description and never reads task lists inside fenced code as items", () => {
    const p002 = r.items.find((i) => i.key === "P0-002")!;
    expect(p002.description).toContain('```json\n{\n  "include"');
    expect(r.items.every((i) => /^P[0-3]-\d{3}$/.test(i.key ?? ""))).toBe(true);
  });
  it("finds the runbooks to write", () => {
    for (const key of ["P0-006", "P1-010", "P1-014"]) expect(r.items.find((i) => i.key === key)!.title).toMatch(/runbook|playbook/i);
  });
  it("reads both tables as one SLA policy", () => {
    expect(r.slaPolicies.map((p) => [p.priority, p.label, p.targetHours, p.ownership, p.trackingCadence])).toEqual([
      ["P0", "Critical Blockers", 24, "Senior Engineer", "Daily standup"],
      ["P1", "Health Improvements", 336, "Team lead", "Sprint review"],
      ["P2", "Best Practices", 1008, "Feature team", "Backlog refinement"],
      ["P3", "Long-Term Refactor", 2184, "Architecture team", "Quarterly planning"],
    ]);
  });
  it("reads health metrics, one per measurable clause", () => {
    const health = r.metrics.filter((m) => m.group === "Health Metrics");
    expect(health.map((m) => `${m.name} ${m.comparator} ${m.target}${m.unit}`)).toEqual([
      "Type Safety < 50",
      "Test Coverage (Backend) >= 80%",
      "Test Coverage (Frontend) >= 60%",
      "Test Coverage (Overall) >= 75%",
      "Error Rate < 1%",
      "API Latency p99 < 2s",
      "Availability >= 99.9%",
      "Security <= 0",
    ]);
    expect(r.metrics.filter((m) => m.group === "Phase Completion")).toEqual([]);
  });
});

describe("seed 003: architecture plan with week blocks and mis-decoded emoji", () => {
  const r = seed("003_1d45a22e22206bb9.txt");
  it("has 20 items in 5 week blocks and 12 success metrics in 3 groups", () => {
    expect(r.items).toHaveLength(20);
    expect([...new Set(r.items.map((i) => i.category.at(-1)))]).toEqual([
      "Week 1-2: Architecture Standardization",
      "Week 3-4: Development Workflow",
      "Week 5-6: Monitoring & Observability",
      "Week 7-8: Security Hardening",
      "Week 9-10: Performance Optimization",
    ]);
    expect(r.metrics).toHaveLength(12);
    expect(new Set(r.metrics.map((m) => m.group))).toEqual(new Set(["Code Quality Metrics", "Performance Metrics", "Business Metrics"]));
    expect(r.metrics.find((m) => m.name === "Response Time")).toMatchObject({ comparator: "<", target: 200, unit: "ms" });
  });
  it("repairs the emoji (UTF-8 read as Windows-1252) and keeps them out of categories", () => {
    expect(r.decodeWarnings[0]?.message).toMatch(/Windows-1252/);
    expect(r.items.every((i) => i.category.every((c) => !/[ðŸ]/.test(c)))).toBe(true);
    expect(r.items[0]!.category).toEqual(["Implementation Timeline", "Week 1-2: Architecture Standardization"]);
  });
});

describe("seed 004: themes › sub-areas › done/open tasks, then ranked priorities", () => {
  const r = seed("004_04cd00e10d707829.txt");
  it("has 190 task items, 55 done", () => {
    expect(r.items).toHaveLength(190);
    expect(count(r.items, (i) => i.done)).toBe(55);
  });
  it("reads categories without numbering or (Mac Roman mis-decoded) emoji", () => {
    expect(r.decodeWarnings[0]?.message).toMatch(/Mac Roman/);
    expect(r.items.find((i) => i.title === "JWT authentication")!.category).toEqual(["Security Refinements", "Authentication & Authorization"]);
  });
  it("applies the High/Medium/Low rankings to the items they name, and says which name none", () => {
    expect(r.items.find((i) => i.title === "Add type hints throughout codebase")).toMatchObject({ priorityLabel: "High", priority: "P1" });
    expect(r.items.find((i) => i.title === "GraphQL API")).toMatchObject({ priorityLabel: "Low", priority: "P3" });
    const unmatched = r.warnings.filter((w) => /names no item/.test(w.message));
    expect(unmatched.length).toBeGreaterThan(0);
    expect(unmatched.length + count(r.items, (i) => i.priorityLabel !== null)).toBe(15);
  });
});
