import type { ItemStatus } from "../types";

// Pivotal Tracker's story states run Unscheduled → Unstarted → Started → Finished → Delivered →
// Accepted (or Rejected, back for rework). There "Finished" and "Delivered" mean the developer is
// done and the story awaits acceptance: still in progress; only "Accepted" is done. A reader who
// sees those states together in one column reads them on Pivotal's scale, not as the plain words
// ("finished" alone is done anywhere else). Rejected stories go back to be reworked: not started,
// not dropped.

const PIVOTAL: Record<string, ItemStatus> = {
  unscheduled: "not_started",
  unstarted: "not_started",
  started: "in_progress",
  finished: "in_progress",
  delivered: "in_progress",
  accepted: "done",
  rejected: "not_started",
};
/** States only Pivotal's scale has; "started" or "finished" alone say nothing about the tool. */
const DISTINCTIVE = new Set(["accepted", "delivered", "unstarted", "unscheduled"]);

const word = (cell: string) =>
  cell
    .replace(/[^\p{L}\s]/gu, "")
    .trim()
    .toLowerCase();

/**
 * The reading of a state column's cells on Pivotal's scale, when the column is one: every filled
 * cell is one of its states, at least two differ, and one is a state only Pivotal uses
 * ("Accepted", "Delivered"). Null when the column is any other.
 */
export function workflowStates(cells: string[]): ((cell: string) => ItemStatus | null) | null {
  const said = cells.map(word).filter(Boolean);
  if (said.length === 0 || !said.every((w) => w in PIVOTAL)) return null;
  const distinct = new Set(said);
  if (distinct.size < 2 || ![...distinct].some((w) => DISTINCTIVE.has(w)) || !(distinct.has("accepted") || distinct.has("delivered"))) return null;
  return (cell) => PIVOTAL[word(cell)] ?? null;
}
