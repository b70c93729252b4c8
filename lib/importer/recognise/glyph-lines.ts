import type { Paragraph, RootContent } from "mdast";
import { categoryOf, sectionEffort, sectionPriority, sectionStatus, warn, type ParseContext } from "../context";
import { lineOf, parseMarkdown, sourceOf } from "../markdown";
import { stateOnly } from "../status-words";
import type { ItemStatus } from "../types";
import { CROSSED_GLYPHS as CROSSED, GLYPH_LINE, OPEN_GLYPHS as OPEN, PARTIAL_GLYPHS as PARTIAL, TICKED_GLYPHS as TICKED } from "./box-glyphs";
import { glyphColumns, isGroupName } from "./glyph-columns";
import { readEntry } from "./entry";
import { glyphEntryField } from "./glyph-entry-fields";
import { BOX_LINES_FOR_MARKS, stateMarkLine } from "./mark-lines";

// "☐ Book the venue — Ana — 3 May" / "☑ Send the invitations" written as plain lines, one task per
// line, with no list markup: what a tracker's "copy as text" (Asana, Todoist, Things, Google Docs
// checkboxes) or a hand-typed checklist gives. Markdown runs the lines into one paragraph, but a
// reader sees a checklist: the glyph is the box, the rest of the line an entry (its ` — owner — date`
// tail read by the entry reader, recognise/entry.ts). A short "Label: value" line above the lines
// ("Section: Catering", "Liste : En cours", "Column: Done") names their group: a category, or a state
// when the value is nothing but a state (a board column).

/** "Section: Catering", "List: Doing", "Spalte: Erledigt": one to three words, a colon, a short value. */
const LABEL_LINE = /^\s*\**([\p{L}][\p{L}\p{N}&/ -]{0,30}?)\**\s*[:：]\**\s*(\S[^:：]{0,60}?)\s*\**\s*$/u;
/** An indented line under a glyph line: the entry's words wrapped, read as its description. */
const CONTINUATION = /^\s{2,}\S/;

interface Group {
  category: string | null;
  status: ItemStatus | null;
}

function labelOf(line: string): Group | null {
  if (GLYPH_LINE.test(line)) return null;
  const m = line.match(LABEL_LINE);
  if (!m || m[1]!.trim().split(/\s+/).length > 3) return null;
  const value = m[2]!.trim();
  const status = stateOnly(value);
  return { category: status ? null : value, status };
}

function glyphStatus(glyph: string, hollowInUse: boolean, legend: Map<string, ItemStatus> | undefined): ItemStatus | null {
  const said = legend?.get(glyph);
  if (said) return said;
  if (glyph === "[ ]" || OPEN.includes(glyph)) return "not_started";
  if (/^\[[xX]\]$/.test(glyph) || TICKED.includes(glyph)) return "done";
  if (CROSSED.includes(glyph)) return "wont_do";
  if (PARTIAL.includes(glyph)) return "in_progress";
  return hollowInUse ? "done" : null;
}

/** A paragraph that is a single label line ("Section: Catering"): the group of the glyph lines under it. */
const labelParagraph = (node: RootContent | undefined, text: string): Group | null => {
  if (node?.type !== "paragraph") return null;
  const lines = sourceOf(node, text).split("\n");
  return lines.length === 1 ? labelOf(lines[0]!) : null;
};

/** Whether a node is a paragraph of glyph lines (two at least, or one under a label). */
export function isGlyphLines(node: RootContent, text: string): boolean {
  if (node.type !== "paragraph") return false;
  const lines = sourceOf(node, text).split("\n");
  const glyphs = lines.filter((l) => GLYPH_LINE.test(l)).length;
  const labels = lines.filter((l) => labelOf(l)).length;
  // "OVERDUE" or "Due this week" alone over the glyph lines names their group (recognise/glyph-columns.ts).
  const named = glyphs > 0 && !GLYPH_LINE.test(lines[0]!) && isGroupName(lines[0]!);
  // "🟡 demo video" among "⬜ …" and "✅ …" lines: one more entry, its mark its state (recognise/mark-lines.ts).
  const marks = glyphs >= BOX_LINES_FOR_MARKS;
  return (
    glyphs >= (labels || named ? 1 : 2) &&
    lines.every((l, i) => GLYPH_LINE.test(l) || labelOf(l) || (i === 0 && named) || (i > 0 && CONTINUATION.test(l)) || (marks && !!stateMarkLine(l)))
  );
}

export function recogniseGlyphLines(paragraph: Paragraph, previous: RootContent | undefined, ctx: ParseContext): boolean {
  if (!isGlyphLines(paragraph, ctx.text)) return false;
  const lines = sourceOf(paragraph, ctx.text).split("\n");
  const hollowInUse = lines.some((l) => {
    const g = l.match(GLYPH_LINE)?.[1];
    return !!g && (OPEN.includes(g) || g === "[ ]");
  });
  const first = lineOf(paragraph);
  const marks = lines.filter((l) => GLYPH_LINE.test(l)).length >= BOX_LINES_FOR_MARKS;
  warn(ctx, first, `lines starting with '${lines.find((l) => GLYPH_LINE.test(l))!.match(GLYPH_LINE)![1]}' without a list bullet read as a task list (write '- [ ] …' to make it one)`);
  ctx.shapes.add("task-lists");
  let group = labelParagraph(previous, ctx.text);
  let last: { description: string; priorityLabel: string | null; status: ItemStatus; done: boolean } | null = null;
  let lastTicked = false;
  lines.forEach((line, i) => {
    // "    Priority: High" under an entry is its field, not a new group (recognise/glyph-entry-fields.ts).
    const field = last && CONTINUATION.test(line) ? glyphEntryField(line) : null;
    if (last && field) {
      last.description = [last.description, field.text].filter(Boolean).join(" · ");
      if (field.priorityLabel && !last.priorityLabel) last.priorityLabel = field.priorityLabel;
      if (field.status && !lastTicked) {
        last.status = field.status;
        last.done = field.status === "done";
      }
      return;
    }
    const label = labelOf(line);
    if (label) {
      group = label;
      last = null;
      return;
    }
    // A state-mark line among box lines: its mark says its state (recognise/mark-lines.ts).
    const marked = !GLYPH_LINE.test(line) && marks && !CONTINUATION.test(line) ? stateMarkLine(line, ctx.legend) : null;
    const m = marked ? ([line, marked.mark, marked.rest] as const) : line.match(GLYPH_LINE);
    // A group name alone on the first line: a state when it is only one ("Done"), else only a grouping.
    if (!m && i === 0 && isGroupName(line)) {
      const status = stateOnly(line);
      if (status) group = { category: null, status };
      return;
    }
    if (!m) {
      if (last) last.description = [last.description, line.trim()].filter(Boolean).join(" ");
      return;
    }
    // Columns after the task ("Dec 10   Lou Perrin") are its fields, not its title (recognise/glyph-columns.ts).
    const { entry: words, columns } = glyphColumns(m[2]!);
    const parsed = parseMarkdown(words).children[0];
    if (parsed?.type !== "paragraph") return;
    const entry = readEntry(parsed, { people: ctx.people, legend: ctx.legend, priorityMarks: ctx.priorityMarks });
    const mark = marked ? marked.status : glyphStatus(m[1]!, hollowInUse, ctx.legend);
    // A tick or cross is the reader's own mark and wins; an open box says only "not finished", so the
    // line's own words ("— blocked on legal"), then the group's state (a "Column: Done" label), then the
    // heading's, say more.
    const status = (mark && mark !== "not_started" ? mark : null) ?? entry.status ?? group?.status ?? sectionStatus(ctx) ?? mark ?? "not_started";
    const item = {
      origin: "task" as const,
      key: entry.key,
      title: entry.title,
      description: [entry.description, ...columns].filter(Boolean).join(" · "),
      category: [...categoryOf(ctx), ...(group?.category ? [group.category] : [])],
      priority: null,
      priorityLabel: entry.priorityLabel ?? sectionPriority(ctx),
      status,
      severity: null,
      effortHours: entry.effortHours ?? sectionEffort(ctx),
      done: status === "done",
      checklist: [],
      line: first + i,
    };
    ctx.items.push(item);
    last = item;
    lastTicked = mark !== null && mark !== "not_started";
  });
  return true;
}
