import type { Paragraph, RootContent, Table } from "mdast";
import type { ParseContext } from "../context";
import { parseMarkdown } from "../markdown";
import { stateOnly } from "../status-words";
import { alignedCells } from "./plain-rows";
import { recogniseTable } from "./tables";

// A tracker's grouped list view pasted as text (Linear's cycle view, Jira's board list, a GitHub
// project grouped by Status): a bare state line ("Todo", "In Progress", "Canceled") opens each
// group, and the rows under it are columns set apart by runs of spaces or tabs. A reader sees one
// table whose rows are in the state of the line above them; a group of one row is read with the
// others, so its columns are found the same way.

/** A row: three or more cells set apart by tabs or two or more spaces. */
const cellsOf = (line: string) => line.trim().split(/\t+| {2,}/);
const isRow = (line: string) => line.length <= 2000 && cellsOf(line).length >= 3;
/** A group line is a short state alone ("In Review", "Done (3)"); a longer line is prose. */
const MAX_LABEL_WORDS = 4;

interface Group {
  status: string;
  lines: { text: string; line: number }[];
}

/** The paragraph as a state line over rows, or null. */
function groupOf(node: RootContent | undefined, text: string): Group | null {
  if (node?.type !== "paragraph") return null;
  const start = (node as Paragraph).position?.start;
  const end = (node as Paragraph).position?.end;
  if (start?.offset === undefined || end?.offset === undefined) return null;
  const lines = text.slice(start.offset, end.offset).split(/\r?\n/);
  const label = lines[0]!.trim();
  if (lines.length < 2 || label.split(/\s+/).length > MAX_LABEL_WORDS || !stateOnly(label)) return null;
  const rows = lines.slice(1);
  if (!rows.every(isRow)) return null;
  return { status: label, lines: rows.map((r, k) => ({ text: r, line: start.line + 1 + k })) };
}

/**
 * Reads the run of state-grouped paragraphs starting at nodes[i] as one table; returns the index
 * of the run's last paragraph, or -1 when nodes[i] opens no such run.
 */
export function recogniseStateGroupedRows(nodes: RootContent[], i: number, ctx: ParseContext): number {
  const groups: Group[] = [];
  let j = i;
  for (let g = groupOf(nodes[j], ctx.text); g; g = groupOf(nodes[++j], ctx.text)) groups.push(g);
  const rows = groups.flatMap((g) => g.lines.map((l) => ({ ...l, status: g.status })));
  if (rows.length < 2) return -1;
  // Every row splits into the same cells at its gaps; failing that (an empty cell), by the columns
  // the rows line up in across the groups (plain-rows.ts).
  const split = rows.map((r) => cellsOf(r.text));
  const cells = split.every((c) => c.length === split[0]!.length) ? split : (alignedCells(rows.map((r) => r.text.replace(/\t/g, "  "))) ?? split);
  const width = cells[0]!.length;
  if (cells.some((c) => c.length !== width)) return -1;
  const line = (c: string[]) => `| ${c.map((x) => x.replace(/\|/g, "\\|")).join(" | ")} |`;
  const markdown = [line(Array<string>(width + 1).fill("")), `|${" --- |".repeat(width + 1)}`, ...cells.map((c, r) => line([...c, rows[r]!.status]))].join("\n");
  const table = parseMarkdown(markdown).children[0] as Table | undefined;
  if (table?.type !== "table" || table.children.length !== rows.length + 1) return -1;
  const at = (n: number) => ({ line: n, column: 1 });
  table.position = { start: at(rows[0]!.line - 1), end: at(rows.at(-1)!.line) };
  table.children[0]!.position = { start: at(rows[0]!.line - 1), end: at(rows[0]!.line - 1) };
  rows.forEach((r, k) => (table.children[k + 1]!.position = { start: at(r.line), end: at(r.line) }));
  return recogniseTable(table, ctx) ? j - 1 : -1;
}
