import { describe, expect, it } from "vitest";
import { applyPriorityHistory, type PriorityTrail } from "./priority-history";
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
