// The impact × effort quadrant, as pure functions. Impact is 1–5 (3 and up counts as high);
// effort is in hours (more than a day's work, 8 hours, counts as high). Placing an item in a
// quadrant changes only what disagrees with it, so an item keeps its estimate when it already fits.

export const QUADRANTS = ["quick_wins", "big_bets", "fill_ins", "money_pits"] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export const QUADRANT_LABELS: Record<Quadrant, string> = {
  quick_wins: "Quick wins",
  big_bets: "Big bets",
  fill_ins: "Fill-ins",
  money_pits: "Money pits",
};

export const QUADRANT_HINTS: Record<Quadrant, string> = {
  quick_wins: "High impact, low effort: do these first.",
  big_bets: "High impact, high effort: plan them.",
  fill_ins: "Low impact, low effort: when there is slack.",
  money_pits: "Low impact, high effort: question them.",
};

export const HIGH_IMPACT_MIN = 3;
export const HIGH_EFFORT_ABOVE_HOURS = 8;

/** What a placement writes when the current value is on the wrong side. */
const IMPACT_FOR = { high: 4, low: 2 } as const;
const EFFORT_FOR = { high: 16, low: 4 } as const;

const sides = (q: Quadrant) => ({
  impact: q === "quick_wins" || q === "big_bets" ? ("high" as const) : ("low" as const),
  effort: q === "big_bets" || q === "money_pits" ? ("high" as const) : ("low" as const),
});

export type Placement = { impact: number | null; effortHours: number | null };

/** The quadrant an item sits in, or null while its impact or effort is unknown. */
export function quadrantOf(item: Placement): Quadrant | null {
  if (item.impact === null || item.effortHours === null) return null;
  const high = item.impact >= HIGH_IMPACT_MIN;
  const big = item.effortHours > HIGH_EFFORT_ABOVE_HOURS;
  return high ? (big ? "big_bets" : "quick_wins") : big ? "money_pits" : "fill_ins";
}

/** The smallest change that puts the item in `to`: only the fields on the wrong side (or unknown) move. */
export function placementChanges(item: Placement, to: Quadrant): Partial<Placement> {
  const want = sides(to);
  const changes: Partial<Placement> = {};
  const impactHigh = item.impact === null ? null : item.impact >= HIGH_IMPACT_MIN;
  if (impactHigh === null || impactHigh !== (want.impact === "high")) changes.impact = IMPACT_FOR[want.impact];
  const effortHigh = item.effortHours === null ? null : item.effortHours > HIGH_EFFORT_ABOVE_HOURS;
  if (effortHigh === null || effortHigh !== (want.effort === "high")) changes.effortHours = EFFORT_FOR[want.effort];
  return changes;
}

/** Keyboard moves: left/right change effort, up/down change impact (the chart's axes). */
export function neighbour(q: Quadrant, key: "ArrowLeft" | "ArrowRight" | "ArrowUp" | "ArrowDown"): Quadrant {
  const s = sides(q);
  const impact = key === "ArrowUp" ? "high" : key === "ArrowDown" ? "low" : s.impact;
  const effort = key === "ArrowRight" ? "high" : key === "ArrowLeft" ? "low" : s.effort;
  return impact === "high" ? (effort === "high" ? "big_bets" : "quick_wins") : effort === "high" ? "money_pits" : "fill_ins";
}
