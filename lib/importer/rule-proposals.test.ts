import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parsePlan } from "./parse";
import { planImport, snapshotOf, type ExistingItem } from "./plan";
import { checkAccepted, newCriteria, proposeRules, ruleMetrics, type RuleProposal } from "./rule-proposals";
import type { ParsedChecklistEntry, ParsedItem } from "./types";

const item = (key: string, checklist: ParsedChecklistEntry[]): ParsedItem => ({
  key,
  title: `Item ${key}`,
  description: "",
  category: [],
  priority: "P1",
  priorityLabel: "P1",
  status: "not_started",
  severity: null,
  effortHours: null,
  impact: null,
  impactFrom: null,
  done: false,
  checklist,
  line: 1,
});
const acceptance = (text: string, done = false): ParsedChecklistEntry => ({ kind: "acceptance", text, done });
const stored = (doc: ParsedItem, checklist = doc.checklist): ExistingItem => ({ id: `id-${doc.key}`, key: doc.key!, version: 1, ...snapshotOf({ ...doc, checklist }), snapshot: snapshotOf({ ...doc, checklist }) });

const PYRIGHT = { key: "type_safety", name: "Type safety (Pyright errors)", direction: "lower_is_better" as const };

describe("the metrics a criterion may follow", () => {
  it("are the defined ones, then the document's new ones with the direction the commit gives them", () => {
    const known = ruleMetrics([PYRIGHT], [
      { name: "Type Safety", comparator: "<", target: 50 }, // same key: the stored definition stays
      { name: "Test Coverage (Backend)", comparator: ">=", target: 80 },
      { name: "Security", comparator: "=", target: 0 },
    ]);
    expect(known).toEqual([
      { ...PYRIGHT, exists: true },
      { key: "test_coverage_backend", name: "Test Coverage (Backend)", direction: "higher_is_better", exists: false },
      { key: "security", name: "Security", direction: "lower_is_better", exists: false },
    ]);
  });
});

describe("the criteria an import creates", () => {
  it("are every acceptance criterion of a new item, not its action items or files", () => {
    const plan = planImport([item("A-1", [acceptance("Pyright errors < 50"), { kind: "action", text: "Run pyright < 50", done: false }, { kind: "file", text: "x.py", done: false }])], []);
    expect(newCriteria(plan)).toEqual([{ itemKey: "A-1", text: "Pyright errors < 50" }]);
  });

  it("are only the unmatched ones of a re-imported item, so criteria already stored keep their rule", () => {
    const before = item("A-1", [acceptance("Pyright errors < 50"), acceptance("Docs written")]);
    const after = item("A-1", [acceptance("pyright errors < 50", true), acceptance("Docs written"), acceptance("Error rate below 1%")]);
    expect(newCriteria(planImport([after], [stored(before)]))).toEqual([{ itemKey: "A-1", text: "Error rate below 1%" }]);
    // Unchanged: the commit leaves its checklist alone.
    expect(newCriteria(planImport([before], [stored(before)]))).toEqual([]);
  });
});

describe("rule proposals", () => {
  const plan = planImport([item("A-1", [acceptance("Pyright errors < 50 across all repos"), acceptance("Pyright errors < 50 across all repos"), acceptance("Coverage backend at least 80%"), acceptance("All tests pass")])], []);
  const known = ruleMetrics([PYRIGHT], [{ name: "Coverage Backend", comparator: ">=", target: 80 }]);

  it("propose a rule per named criterion, once per text, saying whether the metric exists", () => {
    expect(proposeRules(plan, known)).toEqual([
      { itemKey: "A-1", text: "Pyright errors < 50 across all repos", rule: { metricKey: "type_safety", comparator: "<", value: 50 }, metric: "exists" },
      { itemKey: "A-1", text: "Coverage backend at least 80%", rule: { metricKey: "coverage_backend", comparator: ">=", value: 80 }, metric: "create" },
    ]);
  });

  it("propose type_safety < 50 for P0-001 of seed 002 when the metric is defined", () => {
    const parsed = parsePlan(readFileSync(join(process.cwd(), "db/demo/seeds/002_ffc60b89eeec65e0.txt"), "utf8"));
    const proposals = proposeRules(planImport(parsed.items, []), ruleMetrics([PYRIGHT], parsed.metrics));
    expect(proposals.find((p) => p.itemKey === "P0-001")).toEqual({ itemKey: "P0-001", text: "Pyright errors < 50 across all repos", rule: { metricKey: "type_safety", comparator: "<", value: 50 }, metric: "exists" });
  });

  it("accept only exactly what they propose", () => {
    const proposals: RuleProposal[] = proposeRules(plan, known);
    const pyright = { itemKey: "A-1", text: "Pyright errors < 50 across all repos", metricKey: "type_safety", comparator: "<" as const, value: 50 };
    const ok = checkAccepted([pyright], proposals);
    expect(ok.ok && [...ok.rules.values()]).toEqual([{ metricKey: "type_safety", comparator: "<", value: 50 }]);
    expect(checkAccepted([], proposals)).toMatchObject({ ok: true });

    const forged = checkAccepted([pyright, { ...pyright, text: "Coverage backend at least 80%", metricKey: "coverage_backend", comparator: ">=", value: 10 }], proposals);
    expect(forged).toEqual({ ok: false, index: 1, message: "A-1 “Coverage backend at least 80%” can follow coverage_backend ≥ 80 as proposed, not coverage_backend ≥ 10" });
    const otherMetric = checkAccepted([{ ...pyright, metricKey: "coverage_backend" }], proposals);
    expect(otherMetric).toMatchObject({ ok: false, index: 0 });
    const unknown = checkAccepted([{ ...pyright, text: "All tests pass" }], proposals);
    expect(unknown).toEqual({ ok: false, index: 0, message: "A-1 “All tests pass” is not a criterion this import creates with a proposed rule; run the dry run again" });
    expect(checkAccepted([{ ...pyright, itemKey: "B-1" }], proposals)).toMatchObject({ ok: false, index: 0 });
  });
});
