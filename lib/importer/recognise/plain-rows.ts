import type { Code, Paragraph, Table } from "mdast";
import { parseStatus } from "../clean";
import { type ParseContext, warn } from "../context";
import { parseMarkdown, plainText } from "../markdown";
import { findPriorityLabel } from "../priority";
import { namesColumn } from "./table-columns";
import { tabHeaderLine } from "./tab-header-rows";
import { recogniseTable } from "./tables";
import { isSheetPaste } from "./sheet-blocks";
import { linesIn, MAX_BLOCK_LINES } from "./block-size";
import { isIssueKey } from "./tracker-keys";
import { isRuledWorkListing, ruledRows } from "./ruled-columns";

// Tables pasted without Markdown table syntax: a tracker's list view copied (cells separated by
// tabs), a CSV export opened in an editor (semicolons or commas, quoted cells), a fixed-width
// "compact" issue list (columns aligned with runs of spaces), or pipe-separated lines without the
// outer pipes or the `---` delimiter row. A reader sees a table in each, so each is turned into the
// Markdown table it stands for and read by the table reader (tables.ts, table-columns.ts): its
// columns are found by header words, or, with no header row, by what their cells hold.

/** A table needs at least three cells a row: two cells separated by a comma or two spaces are prose. */
const MIN_CELLS = 3;
/** Tabs and pipes are no prose punctuation: two cells make a row there, under a header row that names them. */
const MIN_MARKED_CELLS = 2;
/** A tracker row or an export has a handful of columns; hundreds of "cells" are a line of something else. */
const MAX_CELLS = 30;
/** A row is a line of a few hundred characters at most; a longer line is prose (and is never split). */
const MAX_LINE = 2000;
/** And at least two rows (a header row and one row, or two rows). */
const MIN_ROWS = 2;

type Splitter = (line: string) => string[] | null;

/** Cells between a separator, outside double quotes (`"a; b"` is one cell, `""` a quote inside it). */
function delimited(separator: string): Splitter {
  return (line) => {
    const cells: string[] = [];
    let cell = "";
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]!;
      if (ch === '"' && (quoted || cell.trim() === "")) {
        if (quoted && line[i + 1] === '"') {
          cell += '"';
          i++;
        } else {
          quoted = !quoted;
          if (quoted) cell = "";
        }
      } else if (ch === separator && !quoted) {
        cells.push(cell.trim());
        cell = "";
      } else cell += ch;
    }
    cells.push(cell.trim());
    return cells.length >= MIN_CELLS && cells.length <= MAX_CELLS ? cells : null;
  };
}

/** Tab-separated cells: each tab ends a cell, so two tabs in a row leave an empty cell (a spreadsheet's). */
const tabs: Splitter = (line) => {
  const cells = line.split("\t").map((c) => c.trim());
  return cells.length >= MIN_MARKED_CELLS && cells.length <= MAX_CELLS ? cells : null;
};

/** "a | b | c", with or without the outer pipes; a pipe inside backticks or escaped is text. */
const pipes: Splitter = (line) => {
  const cells: string[] = [];
  let cell = "";
  let code = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === "\\" && line[i + 1] === "|") {
      cell += "|";
      i++;
    } else if (ch === "`") {
      code = !code;
      cell += ch;
    } else if (ch === "|" && !code) {
      cells.push(cell.trim());
      cell = "";
    } else cell += ch;
  }
  cells.push(cell.trim());
  // The outer pipes open and close the row; they leave no cell.
  if (/^\s*\|/.test(line)) cells.shift();
  if (/\|\s*$/.test(line)) cells.pop();
  return cells.length >= MIN_MARKED_CELLS && cells.length <= MAX_CELLS ? cells : null;
};

/** A line of cells set apart by runs of two or more spaces (single spaces stay inside a cell). */
const spaced = (line: string) => {
  const cells = line.trim().split(/ {2,}/).length;
  return cells >= MIN_CELLS && cells <= MAX_CELLS;
};

/**
 * Columns of fixed-width lines: a column boundary is a run of at least two character positions
 * that are blank in every line (or past its end), so a cell can hold single spaces ("In Review")
 * while its neighbours' gaps line up. Returns each line's cells, or null when fewer than three
 * columns line up.
 */
export function alignedCells(lines: string[]): string[][] | null {
  const width = lines.reduce((w, l) => Math.max(w, l.length), 0);
  // One pass over every character: a position is filled when any line has a character there.
  const filled = new Uint8Array(width);
  for (const l of lines) for (let i = 0; i < l.length; i++) if (l[i] !== " ") filled[i] = 1;
  const blankAt = (p: number) => filled[p] === 0;
  const starts: number[] = [0];
  let p = 0;
  while (p < width) {
    if (!blankAt(p)) {
      p++;
      continue;
    }
    let end = p;
    while (end < width && blankAt(end)) end++;
    // A gap at the very start is indentation; one that runs to the end is trailing space.
    if (end - p >= 2 && p > 0 && end < width) starts.push(end);
    p = end;
  }
  if (starts.length < MIN_CELLS || starts.length > MAX_CELLS) return null;
  return lines.map((l) => starts.map((s, i) => l.slice(s, starts[i + 1] ?? l.length).trim()));
}

/** The longest run of consecutive lines that `split` reads as rows, if at least MIN_ROWS long. */
function longestRun(lines: string[], isRow: (line: string) => boolean): [number, number] | null {
  let best: [number, number] | null = null;
  let start = -1;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && lines[i]!.length <= MAX_LINE && isRow(lines[i]!)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (i - start >= MIN_ROWS && (!best || i - start > best[1] - best[0])) best = [start, i];
      start = -1;
    }
  }
  return best;
}

/**
 * The first row is a header when at least half its cells name a column the table reader knows
 * ("Status", "Priority", "Assignee", "Task name"), every cell is a short label with no digits — a
 * row of data has a key, a date or a sentence somewhere — and no other cell is a state or a
 * priority ("Bug  Critical  Open  …" is a row whose type happens to be a header word).
 */
function isHeaderRow(cells: string[]): boolean {
  const labels = cells.map((c) => c.trim()).filter(Boolean);
  const naming = labels.filter((c) => namesColumn(c));
  return (
    labels.length >= 2 &&
    naming.length * 2 >= labels.length &&
    labels.every((c) => !/\d/.test(c) && c.split(/\s+/).length <= 3) &&
    labels.every((c) => namesColumn(c) || (parseStatus(c) === null && findPriorityLabel(c) === null))
  );
}

interface Rows {
  /** 0-based index of each row's line in the paragraph. */
  lines: number[];
  cells: string[][];
  header: boolean;
}

/** The paragraph's lines read as rows of cells, by the first separator that makes a table of them. */
function rowsOf(lines: string[]): Rows | null {
  // Commas are common in prose: a comma-separated block must show a header row ("strict").
  const splitters: [Splitter, boolean][] = [
    [tabs, false],
    [pipes, false],
    [delimited(";"), false],
    [delimited(","), true],
  ];
  for (const [split, strict] of splitters) {
    const run = longestRun(lines, (l) => split(l) !== null);
    if (!run) continue;
    const cells = lines.slice(run[0], run[1]).map((l) => split(l)!);
    const header = isHeaderRow(cells[0]!);
    // Delimited exports are rectangular; a differing count means the separator is prose punctuation.
    if (split !== tabs && split !== pipes && new Set(cells.map((c) => c.length)).size > 1) continue;
    if (strict && !header) continue;
    if (!header && cells.some((c) => c.length < MIN_CELLS)) continue;
    return { lines: range(run[0], run[1]), cells, header };
  }
  // A header over a ruler of dashes: the ruler says where the columns are (recognise/ruled-columns.ts).
  const ruled = ruledRows(lines);
  if (ruled) return { ...ruled, header: true };
  const run = longestRun(lines, spaced);
  if (!run) return null;
  const cells = alignedCells(lines.slice(run[0], run[1]));
  if (!cells) return null;
  return { lines: range(run[0], run[1]), cells, header: isHeaderRow(cells[0]!) };
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

/** A cell as Markdown table text: a pipe inside it is escaped, line breaks cannot occur. */
const escapeCell = (cell: string) => cell.replace(/\|/g, "\\|");

/**
 * The paragraph as the Markdown table it stands for, rows keeping their line numbers in the
 * document; with no header row, the header cells are empty and the columns are read by content.
 */
export function rowsTable(paragraph: Paragraph, text: string): Table | null {
  const start = paragraph.position?.start;
  const end = paragraph.position?.end;
  if (start?.offset === undefined || end?.offset === undefined) return null;
  // "#<tab>Step<tab>…" read as a heading right above: the rows' header row (tab-header-rows.ts).
  const header = tabHeaderLine(paragraph, text);
  if (header) return linesTable(`${header}\n${text.slice(start.offset, end.offset)}`, start.line - 1);
  return linesTable(text.slice(start.offset, end.offset), start.line);
}

/** Languages of a fenced block that holds plain output rather than code. */
const OUTPUT_LANGS = /^(?:text|txt|plain|plaintext|tsv|csv|console|output)?$/i;

/**
 * A fenced or indented block of a tool's output (`glab issue list`, a fixed-width export) is a
 * table of work only when its rows are identified by issue keys: a column whose cells are distinct
 * keys. Other output (pod lists, benchmark tables, logs) is shown, not tracked.
 */
export function codeRowsTable(code: Code): Table | null {
  if (!OUTPUT_LANGS.test(code.lang ?? "") || code.position === undefined) return null;
  // A fenced block's first row is the line after its fence.
  const fenced = code.position.end.line - code.position.start.line + 1 > code.value.split("\n").length;
  const table = linesTable(code.value, code.position.start.line + (fenced ? 1 : 0));
  if (!table) return null;
  const rows = table.children.slice(1).map((row) => row.children.map((c) => plainText(c)));
  const width = table.children[0]!.children.length;
  const keyed = Array.from({ length: width }, (_, c) => rows.map((r) => r[c] ?? "")).some(
    (cells) => new Set(cells).size === cells.length && cells.filter((x) => isIssueKey(x)).length >= cells.length * 0.8,
  );
  // A spreadsheet pasted in a fence: tab-separated rows under a header of work columns (recognise/sheet-blocks.ts).
  // A bug list under a ruled header naming title and state, keyed by bug numbers (recognise/ruled-columns.ts).
  return keyed || isSheetPaste(code.value, table) || isRuledWorkListing(code.value, table) ? table : null;
}

/** Lines of a block as the Markdown table they stand for; `firstLine` is the document line of the first. */
function linesTable(source: string, firstLine: number): Table | null {
  const start = { line: firstLine };
  // Cheap test first: a paragraph with no separator of any kind is prose.
  if (!/[\t|;,]| {2}/.test(source)) return null;
  const lines = source.split(/\r?\n/);
  const rows = rowsOf(lines);
  if (!rows) return null;
  const width = rows.cells.reduce((w, c) => Math.max(w, c.length), 0);
  const pad = (cells: string[]) => [...cells, ...Array<string>(width - cells.length).fill("")];
  const header = rows.header ? pad(rows.cells[0]!) : Array<string>(width).fill("");
  const body = rows.header ? rows.cells.slice(1) : rows.cells;
  const bodyLines = rows.header ? rows.lines.slice(1) : rows.lines;
  if (body.length === 0) return null;
  const line = (cells: string[]) => `| ${cells.map(escapeCell).join(" | ")} |`;
  const markdown = [line(header), `|${" --- |".repeat(width)}`, ...body.map((b) => line(pad(b)))].join("\n");
  const table = parseMarkdown(markdown).children[0];
  if (table?.type !== "table" || table.children.length !== body.length + 1) return null;
  // Line numbers of the document, not of the table text built here.
  const at = (i: number) => ({ line: start.line + i, column: 1 });
  table.position = { start: at(rows.lines[0]!), end: at(rows.lines.at(-1)!) };
  table.children[0]!.position = { start: at(rows.lines[0]!), end: at(rows.lines[0]!) };
  body.forEach((_, r) => {
    table.children[r + 1]!.position = { start: at(bodyLines[r]!), end: at(bodyLines[r]!) };
  });
  return table;
}

// A pasted tracker view or export is a table of a few thousand rows at most (MAX_BLOCK_LINES,
// recognise/block-size.ts); a longer block is a dump of data, read as text and never split (turning
// a 5 MB block of "a;b;c;d" lines into a table took a minute and a half).

/**
 * Rows read as tables in one document, every block together: each costs a table row's reading, so
 * thousands of blocks just under MAX_BLOCK_LINES are not a way around it. Past this, read as text.
 */
const MAX_DOCUMENT_ROWS = 10_000;

interface Budget {
  /** Rows the document may still have read as tables. */
  left: number;
  /** Each block's reading, so the leaf-heading check and the block's own reading pay (and count) once. */
  tables: WeakMap<Paragraph | Code, Table | null>;
  warned: boolean;
}
const budgets = new WeakMap<ParseContext, Budget>();

/**
 * The table a paragraph of plain rows or a keyed tool output stands for (rowsTable, codeRowsTable),
 * read once per parse and within the limits above; null when it is none or past them (then a
 * warning says so, once, if the block's first line has a separator).
 */
export function plainRowsTable(node: Paragraph | Code, ctx: ParseContext): Table | null {
  let budget = budgets.get(ctx);
  if (!budget) budgets.set(ctx, (budget = { left: MAX_DOCUMENT_ROWS, tables: new WeakMap(), warned: false }));
  const known = budget.tables.get(node);
  if (known !== undefined) return known;
  const position = node.position;
  const lines = linesIn(node);
  let table: Table | null = null;
  if (lines > MAX_BLOCK_LINES || lines > budget.left) {
    const from = position?.start.offset ?? 0;
    const end = ctx.text.indexOf("\n", from);
    if (!budget.warned && /[\t|;,]| {2}/.test(ctx.text.slice(from, end < 0 ? undefined : Math.min(end, from + MAX_LINE)))) {
      budget.warned = true;
      warn(ctx, position?.start.line ?? 1, `${lines} lines were read as text, not as a table: rows without table syntax are read up to ${MAX_BLOCK_LINES} in a block and ${MAX_DOCUMENT_ROWS} in a document`);
    }
  } else {
    table = node.type === "code" ? codeRowsTable(node) : rowsTable(node, ctx.text);
    if (table) budget.left -= table.children.length - 1;
  }
  budget.tables.set(node, table);
  return table;
}

/** Reads a paragraph of plain rows, or a block of a tool's output keyed by issue, as a table; false when it is not one (or the table holds nothing). */
export function recognisePlainRows(node: Paragraph | Code, ctx: ParseContext): boolean {
  if (ctx.stack.at(-1)?.kind === "legend") return false;
  const table = plainRowsTable(node, ctx);
  return table !== null && recogniseTable(table, ctx);
}
