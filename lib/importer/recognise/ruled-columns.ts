import type { Table } from "mdast";
import { parseStatus } from "../clean";
import { plainText } from "../markdown";
import { tableColumns } from "./table-columns";
import { isIssueKey } from "./tracker-keys";

// A fixed-width listing with a ruler under its header row — Bugzilla's and many trackers' plain-text
// bug lists, report tools' output:
//
//   ID      Sev       Status             Summary
//   ------  --------  -----------------  ------------------
//   1834    major     RESOLVED DUPLICATE Tooltip cut off
//
// The ruler's dashes say where each column starts and ends, so a cell may run up to its neighbour
// ("RESOLVED DUPLICATE" filling its column to one space before the next). A reader cuts every line at
// the ruler's column starts, not at the gaps the rows happen to leave.

/** "------  --------  ---": runs of dashes (or =) set apart by spaces; at least three columns. */
const RULER = /^ {0,8}[-=]{2,}(?: +[-=]{2,}){2,29} *$/;

export interface RuledRows {
  /** 0-based index of each line read as a row, the header's first (the ruler's is left out). */
  lines: number[];
  cells: string[][];
}

/**
 * The rows of `lines` when its second non-blank line is a ruler: the line above is the header,
 * the lines below (up to the first blank one) the rows, each cut at the ruler's column starts.
 */
export function ruledRows(lines: readonly string[]): RuledRows | null {
  const first = lines.findIndex((l) => l.trim() !== "");
  const rulerAt = first + 1;
  if (first < 0 || rulerAt >= lines.length || !RULER.test(lines[rulerAt]!)) return null;
  const ruler = lines[rulerAt]!;
  const starts: number[] = [];
  for (let i = 0; i < ruler.length; i++) if (ruler[i] !== " " && (i === 0 || ruler[i - 1] === " ")) starts.push(i);
  const cut = (line: string) => starts.map((s, c) => line.slice(c === 0 ? 0 : s, starts[c + 1] ?? line.length).trim());
  const out: RuledRows = { lines: [first], cells: [cut(lines[first]!)] };
  for (let i = rulerAt + 1; i < lines.length && lines[i]!.trim() !== ""; i++) {
    out.lines.push(i);
    out.cells.push(cut(lines[i]!));
  }
  return out.lines.length >= 2 ? out : null;
}

/**
 * A ruled listing is a list of work (not a query's or a tool's output) when its header names the
 * rows' title and their state or priority, and one column identifies each row: a key or a number
 * no two rows share (Bugzilla's bug ids are bare numbers).
 */
export function isRuledWorkListing(source: string, table: Table): boolean {
  if (!ruledRows(source.split(/\r?\n/))) return false;
  const [header, ...body] = table.children.map((row) => row.children.map((cell) => plainText(cell)));
  if (!header || body.length === 0) return false;
  const columns = tableColumns(header, body, (cell) => parseStatus(cell) !== null);
  if (columns.title < 0 || (columns.status < 0 && columns.priority < 0) || columns.key < 0) return false;
  const keys = body.map((row) => (row[columns.key] ?? "").trim());
  return keys.every((k) => /^#?\d{1,9}$/.test(k) || isIssueKey(k)) && new Set(keys).size === keys.length;
}
