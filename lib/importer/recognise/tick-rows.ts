import type { Heading, Paragraph } from "mdast";
import { categoryOf, sectionEffort, sectionPriority, warn, type ParseContext } from "../context";
import { lineOf, sourceOf } from "../markdown";
import { sectionFromHeading } from "../sections";

// A tracker's list view copied as plain text (Asana, Todoist): one task a line, its fields after it
// in columns set apart by runs of spaces ("Rotate the CI keys   Amir Haddad   Jan 6"), completed tasks
// led by a ✓ and open ones by nothing, and "Section:" lines above each group. Markdown runs the
// lines into paragraphs; a reader sees rows of a list. Only a document that ticks at least one such
// row is read this way: aligned columns alone are also how people lay out prose tables and timetables.

/** A row is a line of a few hundred characters at most; a longer line is prose. */
const MAX_LINE = 500;
/** A task and at least two fields (owner, date): two cells apart are too easily two phrases. */
const MIN_CELLS = 3;
const MAX_CELLS = 8;
const TICK = /^[✓✔]\s/u;
/** "Reliability:" / "Developer experience:": a section label of a few words ending in a colon. */
const LABEL = /^\s*([\p{L}][\p{L}\p{N}&/ -]{0,40}?)\s*[:：]\s*$/u;

/** The cells of a row ("✓ Task   Owner   Date" → ["Task", "Owner", "Date"]) or null when the line is no row. */
export function tickRowCells(line: string): { ticked: boolean; cells: string[] } | null {
  if (line.length > MAX_LINE) return null;
  const ticked = TICK.test(line);
  const rest = ticked ? line.replace(TICK, "") : line;
  // Leading spaces would be an indented continuation, not a row; a tab-separated row is plain-rows.ts's.
  if (/^\s/.test(rest) || rest.includes("\t")) return null;
  const cells = rest.trim().split(/ {3,}/);
  if (cells.length < MIN_CELLS || cells.length > MAX_CELLS) return null;
  return { ticked, cells };
}

const isLabel = (line: string) => LABEL.test(line) && line.trim().split(/\s+/).length <= 4;

/** Whether the document ticks a row: only then are its aligned rows a copied list view. */
export function ticksRows(text: string): boolean {
  // Lines are checked one by one (no multi-line regex): a hostile document has 100 KB lines.
  for (const line of text.split("\n")) if (TICK.test(line) && tickRowCells(line)) return true;
  return false;
}

export function recogniseTickRows(paragraph: Paragraph, ctx: ParseContext): boolean {
  const all = sourceOf(paragraph, ctx.text).split("\n");
  const labelled = all.length > 1 && isLabel(all[0]!);
  const lines = labelled ? all.slice(1) : all;
  const rows = lines.map(tickRowCells);
  if (rows.length === 0 || rows.some((r) => r === null)) return false;
  // Checked last: one pass over the whole text, only for a paragraph that is all rows.
  if (!ctx.tickRowsSeen) ctx.tickRowsSeen = ticksRows(ctx.text) ? "yes" : "no";
  if (ctx.tickRowsSeen !== "yes") return false;
  const first = lineOf(paragraph) + (labelled ? 1 : 0);
  const heading: Heading | null = labelled ? { type: "heading", depth: 6, children: [{ type: "text", value: all[0]!.trim().replace(/[:：]$/u, "").trim() }] } : null;
  if (heading) ctx.stack.push({ ...sectionFromHeading(heading), depth: 7, line: first - 1 });
  warn(ctx, first, `rows of a copied list view (✓ for completed, fields in columns) read as tasks; the columns after the task are kept in its description`);
  ctx.shapes.add("task-lists");
  rows.forEach((row, i) => {
    const { ticked, cells } = row!;
    ctx.items.push({
      origin: "task",
      key: null,
      title: cells[0]!,
      // The owner and date columns are the task's fields: kept, never dropped.
      description: cells.slice(1).join(" · "),
      category: categoryOf(ctx),
      priority: null,
      priorityLabel: sectionPriority(ctx),
      status: ticked ? "done" : "not_started",
      severity: null,
      effortHours: sectionEffort(ctx),
      done: ticked,
      checklist: [],
      line: first + i,
    });
  });
  if (heading) ctx.stack.pop();
  return true;
}
