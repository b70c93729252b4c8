import type { ItemStatus } from "../types";
import { LEADING_STATE_MARK, markStatus } from "./state-marks";

// A status column written in marks alone ("| Install the router | Anik | ⚪ |"): a cell that is one
// state mark and nothing else says the row's state, by the document's legend or the marks' usual
// meaning (recognise/state-marks.ts) — also for marks the table reader's own short list lacks (⚪, 🔵,
// ⏸). Not a green one: beside a target, a lone "🟢" says a criterion is met (a verdict), not that
// work is done; with a legend that says 🟢 is done, the legend has already been asked.

/** The state a lone mark in a cell stands for, or null when the cell is not one non-green mark. */
export function loneMarkStatus(cell: string, legend?: Map<string, ItemStatus>): ItemStatus | null {
  const t = cell.trim();
  const lone = t.match(LEADING_STATE_MARK);
  if (!lone || lone[0].length !== t.length || /[🟢🟩]/u.test(lone[1]!)) return null;
  return markStatus(lone[1]!, legend);
}
