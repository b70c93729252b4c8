import { describe, expect, it } from "vitest";
import { neighbour, placementChanges, quadrantOf } from "./quadrants";

describe("impact × effort quadrants", () => {
  it("classifies by impact ≥ 3 and effort > 8 hours; unknown values are unplaced", () => {
    expect(quadrantOf({ impact: 5, effortHours: 2 })).toBe("quick_wins");
    expect(quadrantOf({ impact: 3, effortHours: 8 })).toBe("quick_wins");
    expect(quadrantOf({ impact: 3, effortHours: 8.5 })).toBe("big_bets");
    expect(quadrantOf({ impact: 2, effortHours: 1 })).toBe("fill_ins");
    expect(quadrantOf({ impact: 1, effortHours: 40 })).toBe("money_pits");
    expect(quadrantOf({ impact: null, effortHours: 4 })).toBeNull();
    expect(quadrantOf({ impact: 4, effortHours: null })).toBeNull();
  });

  it("placing changes only what disagrees with the target quadrant", () => {
    expect(placementChanges({ impact: 5, effortHours: 2 }, "big_bets")).toEqual({ effortHours: 16 });
    expect(placementChanges({ impact: 5, effortHours: 2 }, "fill_ins")).toEqual({ impact: 2 });
    expect(placementChanges({ impact: 5, effortHours: 2 }, "money_pits")).toEqual({ impact: 2, effortHours: 16 });
    expect(placementChanges({ impact: 5, effortHours: 2 }, "quick_wins")).toEqual({});
    // An untriaged, unestimated item gets both; one with an estimate that fits keeps it.
    expect(placementChanges({ impact: null, effortHours: null }, "quick_wins")).toEqual({ impact: 4, effortHours: 4 });
    expect(placementChanges({ impact: null, effortHours: 12 }, "big_bets")).toEqual({ impact: 4 });
    for (const item of [{ impact: 1, effortHours: 0 }, { impact: null, effortHours: 100 }]) {
      for (const q of ["quick_wins", "big_bets", "fill_ins", "money_pits"] as const) {
        expect(quadrantOf({ ...item, ...placementChanges(item, q) })).toBe(q);
      }
    }
  });

  it("arrow keys move along the chart's axes", () => {
    expect(neighbour("quick_wins", "ArrowRight")).toBe("big_bets");
    expect(neighbour("quick_wins", "ArrowDown")).toBe("fill_ins");
    expect(neighbour("money_pits", "ArrowUp")).toBe("big_bets");
    expect(neighbour("money_pits", "ArrowLeft")).toBe("fill_ins");
    expect(neighbour("fill_ins", "ArrowLeft")).toBe("fill_ins");
  });
});
