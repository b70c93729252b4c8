import type { ItemStatus } from "../types";

// "| … | sre-oncall | CHK-2233 **DONE** |": in a table with no status column, a state word written in
// capitals closing another cell (most often the ticket cell) is how the writer marked the row — the
// way "DONE" closes a list entry. Only capitals count: "| detect | done by the pager |" is prose, and a
// lower-case "fixed" in a notes cell may be a finding's own words.

const CLOSING_STATE = /(?:^|[\s·|—–-])(DONE|FIXED|CLOSED|RESOLVED|SHIPPED|MERGED|COMPLETED?|WON'?T ?FIX|WONTFIX|WON'?T ?DO|BLOCKED|WIP|IN PROGRESS)[\s.!✅✓]*$/u;
const STATES: Record<string, ItemStatus> = { BLOCKED: "blocked", WIP: "in_progress", "IN PROGRESS": "in_progress" };

/** The row's state said in capitals closing one of its cells other than the title's, or null. */
export function capitalStateOf(cells: readonly string[], titleColumn: number): ItemStatus | null {
  for (let c = 0; c < cells.length; c++) {
    if (c === titleColumn) continue;
    const word = cells[c]!.slice(-40).match(CLOSING_STATE)?.[1];
    if (!word) continue;
    if (/WON/.test(word)) return "wont_do";
    return STATES[word] ?? "done";
  }
  return null;
}
