import type { Paragraph } from "mdast";
import { nearestKind, sectionPriority, sectionStatus, type ParseContext, addItem } from "../context";
import { lineOf, parseMarkdown, sourceOf } from "../markdown";
import { stateOnly } from "../status-words";
import { readEntry } from "./entry";
import { gappedLines } from "./gapped-cells";
import { listLabel } from "./list-labels";

// A tracker's cycle, sprint or board view copied as plain text (Linear, Jira, Shortcut): no list
// markup, one issue a line, each opening with its key, its fields run on after middle dots or wide
// gaps, and the group's name in bold on the line above:
//   **In Progress**
//   MOB-288 Migrate push tokens to FCM HTTP v1  ·  High  ·  Sam P.
// Markdown runs the lines into one paragraph. A careful reader sees the issues: the key is the key,
// the fields a priority and an owner, and a bold group that names a state ("Todo", "In Review",
// "Canceled") the state of every issue under it.

/** "MOB-288 Migrate …", "OPS-12: Rotate …": a tracker key, then the title. */
const KEYED_LINE = /^\s*([A-Z][A-Z0-9]{1,9}-\d{1,6})\s*[:·—–-]?\s+(\S.*)$/;
/** A tab, or two spaces not around a middle dot: a gap between columns. */
const COLUMN_GAP = /\t| {2,}/;
/** "**In Progress**", "__Done__:": a bold label alone on its line. */
const LABEL_LINE = /^\s*(?:\*\*|__)[^*_\n]{1,60}(?:\*\*|__)\s*:?\s*$/;

export function recogniseKeyedLines(paragraph: Paragraph, ctx: ParseContext): boolean {
  const lines = sourceOf(paragraph, ctx.text).split("\n");
  const labelled = LABEL_LINE.test(lines[0]!);
  const issues = labelled ? lines.slice(1) : lines;
  if (!issues.length || !issues.every((l) => KEYED_LINE.test(l))) return false;
  // Tabs or wide gaps between cells are columns of a pasted table: the plain-rows reader reads those,
  // unless each line reads alone as key, priority or state, title (recognise/gapped-cells.ts).
  const gapped = issues.some((l) => COLUMN_GAP.test(l.trim().replace(/\s*·\s*/g, " · "))) ? gappedLines(issues) : undefined;
  if (gapped === null) return false;
  // One line alone is an issue only with a label over it or a priority or state cell of its own.
  if (issues.length < (labelled || gapped?.some((g) => g.fields) ? 1 : 2)) return false;
  const kind = nearestKind(ctx);
  if (kind === "notes" || kind === "metrics" || kind === "legend") return false;
  // The bold label reads as a heading over these lines only (recognise/list-labels.ts).
  const label = labelled && paragraph.children[0]?.type === "strong" ? listLabel({ type: "paragraph", children: [paragraph.children[0]] }) : null;
  if (label?.kind === "notes" || label?.kind === "legend" || label?.kind === "metrics") return false;
  // A label that only names a state is the board's column, not a category.
  if (label) ctx.stack.push(stateOnly(label.raw) ? { ...label, segments: [] } : label);
  ctx.shapes.add("keyed-lines");
  const first = lineOf(paragraph) + (labelled ? 1 : 0);
  issues.forEach((line, i) => {
    const cells = gapped?.[i];
    const source = cells ? [cells.key, cells.title, cells.owners].filter(Boolean).join(" ") : line.trim().replace(/\s{2,}·\s{2,}|\s+·\s+/g, " · ");
    const parsed = parseMarkdown(source).children[0];
    if (parsed?.type !== "paragraph") return;
    const entry = readEntry(parsed, { people: ctx.people, legend: ctx.legend, priorityMarks: ctx.priorityMarks });
    if (!entry.title) return;
    if (cells) {
      entry.priorityLabel = cells.priorityLabel ?? entry.priorityLabel;
      entry.status = cells.status ?? entry.status;
      entry.description = [entry.description, cells.tail].filter(Boolean).join(" · ");
    }
    const status = entry.status ?? sectionStatus(ctx) ?? "not_started";
    addItem(ctx, {
      origin: "list",
      key: entry.key,
      title: entry.title,
      description: entry.description,
      priorityLabel: entry.priorityLabel ?? sectionPriority(ctx),
      status,
      effortHours: entry.effortHours ?? null,
      line: first + i,
    });
  });
  if (label) ctx.stack.pop();
  return true;
}
