import { findPriorityLabel, NO_PRIORITY_HEADING } from "../priority";
import { stateOnly } from "../status-words";
import type { ItemStatus } from "../types";

// A tracker's list copied as text with its columns set apart by wide gaps, the columns in no fixed
// place (Linear's "My issues", a Jira or Shortcut list view):
//   WEB-1184  Urgent  Editor loses selection after paste  · Bug · Nov 28
//   WEB-1201  No priority  Investigate slow first load on Safari 17
// The gaps do not line up (the priority cell is as long as its word), so the rows are no aligned
// table; yet each line reads alone: its key, a cell that is only a priority ("Urgent", "No
// priority") or only a state ("In Review"), the title, and the labels and dates run on after a
// middle dot. A careful reader reads each line so. A line with two cells of other words is a row of
// a table whose columns a reader needs its header for: then this reading is none.

const KEY = /^[A-Z][A-Z0-9]{1,9}-\d{1,6}$/;
const GAP = /\t+| {2,}/;
const TAIL = /^[·•]\s*/u;
/** "@sanjay", "@ana, @li": a cell of nothing but @handles is the assignee column, not title. */
const OWNER_CELL = /^@[\w.-]{1,40}(?:,?\s{0,3}@[\w.-]{1,40}){0,5}$/u;
/** Trackers' intake columns ("Triage" in Linear, "Icebox" in Pivotal/Shortcut): not started yet. */
const INTAKE_CELL = /^(?:triage|icebox|inbox|unstarted)$/i;

export interface GappedLine {
  key: string;
  title: string;
  priorityLabel: string | null;
  status: ItemStatus | null;
  /** The labels and dates after the title ("Bug · Nov 28"), as written. */
  tail: string;
  /** The assignee cell ("@sanjay"), as written; "" when there is none. */
  owners: string;
  /** Whether a cell besides the key, the title and the tail was read (a priority or a state). */
  fields: boolean;
}

/** One line read cell by cell; null when it is not a key, then cells with exactly one title among them. */
export function gappedLine(line: string): GappedLine | null {
  const cells = line.trim().split(GAP).map((c) => c.trim()).filter(Boolean);
  if (cells.length < 2 || !KEY.test(cells[0]!)) return null;
  const out: GappedLine = { key: cells[0]!, title: "", priorityLabel: null, status: null, tail: "", owners: "", fields: false };
  const titles: string[] = [];
  const tails: string[] = [];
  const rest = cells.slice(1);
  for (const [i, cell] of rest.entries()) {
    if (TAIL.test(cell)) {
      tails.push(cell.replace(TAIL, ""));
      continue;
    }
    // Linear's list ends the line with the assignee right after the title (fields first, then title,
    // then handle); readEntry reads the handle as the owner. A handle after a priority column is a
    // table's row instead (title, priority, owner), left to the plain-rows reader.
    if (i === rest.length - 1 && i > 0 && titles.length === 1 && titles[0] === rest[i - 1] && OWNER_CELL.test(cell)) {
      out.owners = cell;
      continue;
    }
    const short = cell.split(/\s+/).length <= 2 && !/[.,;:]/.test(cell);
    if (short && NO_PRIORITY_HEADING.test(cell)) {
      out.fields = true;
      continue;
    }
    const label = short && !out.priorityLabel ? findPriorityLabel(cell) : null;
    if (label) {
      out.priorityLabel = label;
      out.fields = true;
      continue;
    }
    const state = short && !out.status ? (stateOnly(cell) ?? (INTAKE_CELL.test(cell) ? "not_started" : null)) : null;
    if (state) {
      out.status = state;
      out.fields = true;
      continue;
    }
    titles.push(cell);
  }
  if (titles.length !== 1) return null;
  out.title = titles[0]!;
  out.tail = tails.join(" · ");
  return out;
}

/** Every line read so, or null when one of them is not such a line. */
export function gappedLines(lines: string[]): GappedLine[] | null {
  const read = lines.map(gappedLine);
  return read.every((l) => l !== null) ? (read as GappedLine[]) : null;
}
