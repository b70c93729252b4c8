import { describe, expect, it } from "vitest";
import { readAuditRecord } from "@/lib/domain/audit-record";
import { applyPriorityHistory, priorityBefore, type PriorityTrail } from "./priority-history";
import type { ProgressWeek } from "./progress-week";

const DAY = 86_400_000;
const first = new Date("2026-11-02T00:00:00Z"); // a Monday; four weeks: 2, 9, 16, 23 Nov
const at = (days: number) => new Date(first.getTime() + days * DAY);
const empty = () => ({ P0: 0, P1: 0, P2: 0, P3: 0, untriaged: 0 });
/** Four weeks in which one item, counted under `current`, was open throughout. */
const weeks = (current: keyof ReturnType<typeof empty>, open = [1, 1, 1, 1]): ProgressWeek[] =>
  open.map((n, i) => ({ weekStart: at(7 * i).toISOString().slice(0, 10), open: { ...empty(), [current]: n }, done: empty() }));

describe("applyPriorityHistory", () => {
  it("counts an item under the priority it had at each week's end", () => {
    const w = weeks("P0");
    // Untriaged until day 10 (week 2), then P2, then P0 from day 20 (week 3).
    const trail: PriorityTrail = { current: "P0", createdAt: at(-30), completedAt: null, status: "in_progress", changes: [{ at: at(10), from: "untriaged" }, { at: at(20), from: "P2" }] };
    applyPriorityHistory(w, first, [trail]);
    expect(w.map((x) => x.open)).toEqual([
      { ...empty(), untriaged: 1 }, // end of week 1 (day 7): still untriaged
      { ...empty(), P2: 1 }, // day 14: P2
      { ...empty(), P0: 1 }, // day 21: P0
      { ...empty(), P0: 1 },
    ]);
  });

  it("files throughput under the priority the item had when it was done", () => {
    const w = weeks("P1", [1, 0, 0, 0]);
    w[1]!.done.P1 = 1; // done on day 9, raised to P1 afterwards (a reopened-then-closed mistake, say)
    const trail: PriorityTrail = { current: "P1", createdAt: at(-5), completedAt: at(9), status: "done", changes: [{ at: at(12), from: "P3" }] };
    applyPriorityHistory(w, first, [trail]);
    expect(w[0]!.open).toEqual({ ...empty(), P3: 1 });
    expect(w[1]!.done).toEqual({ ...empty(), P3: 1 });
    expect(w[1]!.open).toEqual(empty()); // closed in week 2: not counted open, nothing moved
  });

  it("moves nothing for weeks the item was not counted in, and keeps every total", () => {
    const w = weeks("P2", [0, 0, 1, 1]);
    const trail: PriorityTrail = { current: "P2", createdAt: at(15), completedAt: null, status: "not_started", changes: [{ at: at(16), from: "untriaged" }] };
    applyPriorityHistory(w, first, [trail]);
    expect(w.map((x) => x.open)).toEqual([empty(), empty(), { ...empty(), P2: 1 }, { ...empty(), P2: 1 }]);
  });
});

describe("priorityBefore", () => {
  const from = (action: string, before: unknown, after: unknown) => priorityBefore(readAuditRecord({ action, entityType: "item", before, after }));

  it("reads the priority an edit, a status change, a bulk edit or a re-import changed", () => {
    expect(from("item.update", { priority: "P2", triagedAt: null }, { priority: "P0", triagedAt: "2026-11-21T14:02:00.000Z" })).toBe("P2");
    expect(from("item.bulk_update", { priority: null }, { priority: "P1" })).toBeNull(); // triaged: was untriaged
    expect(from("item.import_update", { title: "a" }, { title: "b", priority: "P3" })).toBeNull(); // a side without it had none
    expect(from("item.status", { priority: "P1" }, { priority: null })).toBe("P1");
  });

  it("finds no change where the priority stayed, the row changed none, or the item was created", () => {
    expect(from("item.update", { priority: "P1" }, { priority: "P1" })).toBeUndefined();
    expect(from("item.update", { title: "a" }, { title: "b" })).toBeUndefined();
    expect(from("item.create", null, { key: "T-1", title: "x", priority: "P0" })).toBeUndefined();
    expect(from("item.checklist_tick", null, { acceptance: { text: "x", done: true } })).toBeUndefined();
  });

  it("ignores rows it cannot read as their action (an unknown priority, another entity)", () => {
    expect(from("item.update", { priority: "P9" }, { priority: "P0" })).toBeUndefined();
    expect(priorityBefore(readAuditRecord({ action: "item.update", entityType: "user", before: { priority: "P2" }, after: { priority: "P0" } }))).toBeUndefined();
  });
});
