import { describe, expect, it } from "vitest";
import { canonicalJson, planImport, snapshotOf, type ExistingItem } from "./plan";
import type { ParsedItem } from "./types";

const item = (over: Partial<ParsedItem>): ParsedItem => ({
  key: null,
  title: "Rotate keys",
  description: "",
  category: ["Security"],
  priority: null,
  priorityLabel: null,
  status: "not_started",
  severity: null,
  effortHours: null,
  impact: null,
  impactFrom: null,
  done: false,
  checklist: [],
  line: 1,
  ...over,
});
const existing = (id: string, key: string, parsed: ParsedItem, over: Partial<ExistingItem> = {}): ExistingItem => ({
  id,
  key,
  version: 1,
  ...snapshotOf(parsed),
  snapshot: snapshotOf(parsed),
  ...over,
});

describe("planImport", () => {
  it("matches by key, else by category and normalised title, and creates the rest with free keys", () => {
    const a = item({ key: "A-1", title: "Alpha" });
    const b = item({ title: "Beta task" });
    const plan = planImport([a, item({ title: "beta TASK." }), item({ title: "Gamma" })], [existing("1", "A-1", a), existing("2", "T-4", b)]);
    expect(plan.unchanged.map((u) => u.existing.id)).toEqual(["1"]);
    // Matched despite case and punctuation; the new wording is applied.
    expect(plan.update.map((u) => [u.existing.id, u.changes])).toEqual([["2", [{ field: "title", from: "Beta task", to: "beta TASK." }]]]);
    expect(plan.create).toEqual([{ key: "T-5", item: expect.objectContaining({ title: "Gamma" }) }]);
  });

  it("applies only what the document changed since the last import, not the app's own edits", () => {
    const doc = item({ key: "A-1", title: "Alpha", status: "not_started", priority: "P2" });
    // In the app: someone raised the priority to P0. The document now marks it in progress.
    const e = existing("1", "A-1", doc, { priority: "P0" });
    const plan = planImport([{ ...doc, status: "in_progress" }], [e]);
    expect(plan.update).toHaveLength(1);
    expect(plan.update[0]!.changes).toEqual([{ field: "status", from: "not_started", to: "in_progress" }]);
  });

  it("still recognises an item renamed in the app by the document's old wording", () => {
    const doc = item({ title: "Original wording" });
    const e = existing("1", "T-1", doc, { title: "Better wording in the app" });
    expect(planImport([doc], [e]).unchanged).toHaveLength(1);
  });

  it("fills the impact a severity proposes on items imported before the importer read impact, never over one set in the app", () => {
    const before = item({ key: "A-1", severity: "high" });
    const oldSnapshot: Partial<ExistingItem["snapshot"]> = snapshotOf(before);
    delete oldSnapshot!.impact; // as the importer stored it before it read impact
    const doc = { ...before, impact: 4, impactFrom: "severity" as const };
    const empty = existing("1", "A-1", before, { impact: null, snapshot: oldSnapshot as ExistingItem["snapshot"] });
    const set = existing("2", "A-2", { ...before, key: "A-2" }, { impact: 2, snapshot: oldSnapshot as ExistingItem["snapshot"] });
    const plan = planImport([doc, { ...doc, key: "A-2" }], [empty, set]);
    expect(plan.update.map((u) => [u.existing.id, u.changes])).toEqual([["1", [{ field: "impact", from: null, to: 4 }]]]);
    expect(plan.unchanged.map((u) => u.existing.id)).toEqual(["2"]);
  });

  it("follows a changed severity's proposal on re-import, but never over an impact set in the app", () => {
    const was = item({ key: "A-1", severity: "medium", impact: 3, impactFrom: "severity" });
    const now = { ...was, severity: "critical" as const, impact: 5 };
    expect(planImport([now], [existing("1", "A-1", was)]).update[0]!.changes).toEqual([
      { field: "severity", from: "medium", to: "critical" },
      { field: "impact", from: 3, to: 5 },
    ]);
    // A lead moved it on the board to impact 1: the severity still updates, the proposal does not.
    expect(planImport([was], [existing("1", "A-1", was, { impact: 1 })]).unchanged).toHaveLength(1);
    expect(planImport([now], [existing("1", "A-1", was, { impact: 1 })]).update[0]!.changes).toEqual([{ field: "severity", from: "medium", to: "critical" }]);
    // An impact the document states is the document's: it updates like any field.
    const stated = { ...now, impact: 2, impactFrom: "document" as const };
    expect(planImport([stated], [existing("1", "A-1", was, { impact: 1 })]).update[0]!.changes).toEqual([
      { field: "severity", from: "medium", to: "critical" },
      { field: "impact", from: 1, to: 2 },
    ]);
  });

  it("lists only imported, open items as missing", () => {
    const doc = item({ key: "A-1" });
    const plan = planImport([], [existing("1", "A-1", doc), existing("2", "A-2", doc, { snapshot: null }), existing("3", "A-3", doc, { status: "done" })]);
    expect(plan.missing.map((m) => m.id)).toEqual(["1"]);
  });
});

describe("helpers", () => {
  it("compares JSON whatever the key order (jsonb reorders keys)", () => {
    expect(canonicalJson({ b: 1, a: [{ y: 1, x: 2 }] })).toBe(canonicalJson({ a: [{ x: 2, y: 1 }], b: 1 }));
  });
});
