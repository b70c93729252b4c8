import { labelledPriority, stateThenDate } from "./description-fields";
import { isUnboxedWork } from "./unboxed-entries";
import { describesParts } from "./described-parts";
import { withoutPersonTail } from "./person-tail";
import type { List, ListItem, Paragraph, PhrasingContent } from "mdast";
import { cleanHeading, parseStatus, statusFromMark, WORD_MARK } from "../clean";
import { categoryOf, inSection, nearestKind, nearestOrTitleKind, sectionEffort, sectionPriority, sectionStatus, type ParseContext } from "../context";
import { codeBlock, lineOf, plainText, sourceOf } from "../markdown";
import { findPriorityLabel, leadingPriority, markPriority } from "../priority";
import { statusAroundDescription } from "../status-words";
import { isLegendLine } from "./legend-lines";
import { prioritySegment } from "./priority-segments";
import type { ItemStatus, ParsedChecklistEntry } from "../types";
import { readDashParts } from "./dash-parts";
import { readEntry } from "./entry";
import { labelFields } from "./label-priority";
import { endsWithDashName, isOwnerOnly, withoutOwner, withoutTrailingOwner } from "./action-items";
import { listEntries } from "./records";
import { inStateColumn } from "./state-sections";
import { struckStatus } from "./struck";
import { isStruckUnboxed } from "./struck-unboxed";
import { nestedFieldPriority, nestedFieldStatus } from "./nested-fields";
import { quotedCommentStatus } from "./quoted-comments";
import { LEADING_STATE_MARK, leadingStateMark } from "./state-marks";
import { isAnsweredQuestion, todoFileList } from "./todo-files";
import { underWorkTitle } from "./task-titles";
import { isBacklogAreaList } from "./backlog-area-lists";
import { closingMarkStatus } from "./closing-marks";
import { leadingPriorityTag } from "./priority-tags";
import { closingPriority } from "./closing-priority";

// Lists that hold backlog items: task lists (`- [ ] 1.1 Do X`, also `[~]`, `[-]`), numbered lists
// with bold titles (`1. **Title** - description`), and plain lists under a "Tasks"/"Roadmap" heading.

const MARK = /^\[([ xX~\-/!>.✓✔])\]\s+/;
const DOTTED_KEY = /^(\d+(?:\.\d+)+)\s+(?=\S)/;
const TICKET_KEY = /^\**([A-Z][A-Z0-9]{1,9}-\d+)\**\s*[:–—-]?\s+/;
const INLINE_PRIORITY = /\s*[[(](P[0-4]|Critical|High|Medium|Low)[\])]\s*/i;
const SEPARATOR = /^\s*(?:[-–—:|]\s*)+/;
const LEGEND_TEXT = /^(?:=|:|means\b)|^(?:todo|to do|done|completed?|in progress|not started|won'?t do|blocked|cancell?ed|partial|wip|open|fixed|mitigated|skipped|in review|deferred)\.?$/i;

/** The item mark of a list item: GFM's checked flag, or a literal `[~]`-style mark in its text. */
function markOf(item: ListItem): ItemStatus | null {
  if (item.checked === true) return "done";
  if (item.checked === false) return "not_started";
  const first = item.children[0];
  if (first?.type !== "paragraph") return null;
  const text = plainText(first);
  const m = text.match(MARK);
  if (m) return statusFromMark(m[1]!);
  const word = text.match(WORD_MARK);
  return word ? (parseStatus(word[1]!) ?? "not_started") : null;
}

/** `- ✅ Logo`, `- 🟢 Screenshots`, `- ⬜ OG images`: every entry opens with a state mark, read through the document's legend. */
function symbolMarkOf(item: ListItem, legend?: Map<string, ItemStatus>, priorityMarks?: Map<string, string | null>): ItemStatus | null {
  const first = item.children[0];
  if (first?.type !== "paragraph") return null;
  // A mark the document's key names as a priority ("🟠 important") marks an entry whose state is not said.
  const mark = plainText(first).match(LEADING_STATE_MARK)?.[1];
  if (mark && !legend?.has(mark) && priorityMarks?.get(mark)) return "not_started";
  return leadingStateMark(plainText(first), legend)?.status ?? null;
}
/** The entry opens with a mark the document's key ranks as a priority, and with no state mark. */
function rankedOnly(item: ListItem, ctx: ParseContext): boolean {
  const first = item.children[0];
  const mark = first?.type === "paragraph" ? plainText(first).match(LEADING_STATE_MARK)?.[1] : undefined;
  return !!mark && !ctx.legend?.has(mark) && !!ctx.priorityMarks?.get(mark);
}
// The document's legend can add marks ("— = n/a"; recognise/legend-dashes.ts).
const isSymbolList = (list: List, legend?: Map<string, ItemStatus>) => list.children.length > 0 && list.children.every((item) => symbolMarkOf(item, legend) !== null);

export const isTaskList = (list: List, legend?: Map<string, ItemStatus>) => list.children.some((item) => markOf(item) !== null) || isSymbolList(list, legend);

/** A legend that explains the marks (`- [x] = done`) is not a list of work. */
function isLegend(list: List, ctx: ParseContext) {
  if (ctx.stack.at(-1)?.kind === "legend") return true;
  // A list whose entries only name states is a legend, wherever it stands.
  return list.children.every(namesOnlyAState);
}

/** `- ✅ Complete`, `- [~] In progress`: a legend entry (a legend list run together with the list it explains). */
function namesOnlyAState(item: ListItem): boolean {
  const first = item.children[0];
  return first?.type === "paragraph" && LEGEND_TEXT.test(plainText(first).replace(MARK, "").replace(LEADING_STATE_MARK, "").trim());
}

interface Titled {
  key: string | null;
  title: string;
  priorityLabel: string | null;
  priorityMark?: string;
  effortHours?: number | null;
}

/** Splits key and inline priority off an item's text. */
function titleParts(text: string): Titled {
  let t = text.replace(MARK, "").trim();
  let key: string | null = null;
  const dotted = t.match(DOTTED_KEY) ?? t.match(TICKET_KEY);
  if (dotted) {
    key = dotted[1]!;
    t = t.slice(dotted[0].length);
  }
  let priorityLabel: string | null = null;
  const p = t.match(INLINE_PRIORITY);
  if (p) {
    priorityLabel = findPriorityLabel(p[1]!) ?? p[1]!;
    t = t.replace(INLINE_PRIORITY, " ").trim();
  }
  return { key, title: t.replace(/\s+/g, " ").trim(), priorityLabel };
}

/** Description (further paragraphs, code) and checklist (nested lists) of a list item. */
function bodyOf(item: ListItem, ctx: ParseContext) {
  const description: string[] = [];
  const checklist: ParsedChecklistEntry[] = [];
  for (const child of item.children.slice(1)) {
    if (child.type === "list") checklist.push(...listEntries(child, "action", ctx.text, description));
    else description.push(child.type === "code" ? codeBlock(child) : sourceOf(child, ctx.text));
  }
  return { description: description.join("\n\n").trim(), checklist };
}

const struckThrough = (item: ListItem) => {
  const first = item.children[0];
  return first?.type === "paragraph" && first.children.some((c) => c.type === "delete");
};

function pushItem(ctx: ParseContext, item: ListItem, parts: Titled, status: ItemStatus, origin: "task" | "numbered" | "list", extra: { description?: string; number?: number } = {}) {
  if (!parts.title) return;
  // "- Légende : 🔴 critique, 🟠 haute", "- “高” 表示两周内；“中” 本季度内": a legend explains the marks, it is no work (recognise/legend-lines.ts).
  if (item.children[0]?.type === "paragraph" && isLegendLine(plainText(item.children[0]))) return;
  const body = bodyOf(item, ctx);
  // A task's own mark wins; a heading's status ("✓ COMPLETED") applies to items without a mark.
  // An open box under "Won't" or "Blocked" says only "not done": the heading says more. Under a phase
  // marked "Phase 2 🚧 In progress" a box stays open (the phase is under way, not each of its tasks);
  // under a heading that is only a state ("### In progress", "## Em andamento"), a board column, its
  // open boxes are in that state too (recognise/state-sections.ts).
  const section = sectionStatus(ctx);
  const held = section === "wont_do" || section === "blocked" || (section === "in_progress" && inStateColumn(ctx));
  // A nested "- Status: blocked" field is the entry's own state (recognise/nested-fields.ts).
  // A quoted comment opening with a state ("> Jaz: on hold till …") says where an open task stands (recognise/quoted-comments.ts).
  const stated = status === "not_started" ? (nestedFieldStatus(item) ?? quotedCommentStatus(item)) : null;
  let effective = stated ?? (origin === "task" ? (status === "not_started" && held ? section : status) : status === "not_started" ? (section ?? status) : status);
  // Under a set-aside heading ("Dropped", "Won't do") a struck-through line is the work given up, not work done.
  if (origin === "list" && section === "wont_do" && effective === "done" && struckThrough(item)) effective = "wont_do";
  ctx.items.push({
    origin,
    number: extra.number,
    key: parts.key,
    // "… — 이서연, ~12/9": a named person (and a due date) after a dash is who does it (recognise/person-tail.ts).
    title: withoutPersonTail(parts.title, ctx.people),
    description: [extra.description ?? "", body.description].filter(Boolean).join("\n\n"),
    category: categoryOf(ctx),
    priority: null,
    priorityLabel: parts.priorityLabel ?? (parts.priorityMark ? markPriority(parts.priorityMark, ctx.priorityMarks ?? new Map()) : null) ?? nestedFieldPriority(item) ?? sectionPriority(ctx),
    status: effective,
    severity: null,
    effortHours: parts.effortHours ?? sectionEffort(ctx),
    done: effective === "done",
    checklist: body.checklist,
    line: lineOf(item),
  });
}

/**
 * "1. Logging" with task boxes nested under it: the numbered entries are groups (a category, like
 * a heading), the boxes their tasks.
 */
export function recogniseGroupedTasks(list: List, ctx: ParseContext): boolean {
  const groups = list.children.map((item) => {
    const [first, ...rest] = item.children;
    const label = first?.type === "paragraph" ? plainText(first).trim() : "";
    const lists = rest.filter((c): c is List => c.type === "list");
    const short = label.length > 0 && label.length <= 60 && label.split(/\s+/).length <= 6 && markOf(item) === null;
    return short && lists.length > 0 && lists.every((l) => isTaskList(l, ctx.legend)) ? { label, lists, line: lineOf(item) } : null;
  });
  if (groups.length === 0 || groups.some((g) => g === null)) return false;
  for (const group of groups) {
    const { label, lists, line } = group!;
    // A group named by a person ("- **Mo**" over Mo's boxes) is an owner, not a category.
    const segments = isOwnerOnly(label, ctx.people ?? new Set()) ? [] : [cleanHeading(label)];
    ctx.stack.push({ depth: 99, segments, priorityLabel: null, status: null, kind: "tasks", raw: label, line });
    for (const nested of lists) recogniseTaskList(nested, ctx);
    ctx.stack.pop();
  }
  return true;
}

/**
 * A bracketed state word ("[wontfix] …", "[done] …") on a few entries of a plain list marks those
 * entries, not the list: boxes or mostly-marked entries make a task list, a minority of words does not.
 */
function fewWordMarks(list: List, legend?: Map<string, ItemStatus>): boolean {
  const boxed = list.children.some((item) => item.checked === true || item.checked === false || (item.children[0]?.type === "paragraph" && MARK.test(plainText(item.children[0]))));
  const worded = list.children.filter((item) => markOf(item) !== null).length;
  return !boxed && !isSymbolList(list, legend) && worded > 0 && worded * 2 < list.children.length;
}

export function recogniseTaskList(list: List, ctx: ParseContext): boolean {
  if (!isTaskList(list, ctx.legend) || fewWordMarks(list, ctx.legend)) return false;
  if (isLegend(list, ctx)) return true;
  ctx.shapes.add("task-lists");
  const owned = ownersAfterDash(list);
  for (const item of list.children) {
    const boxed = markOf(item);
    // An entry without a box among boxed ones, under a work heading, is open work (recognise/unboxed-entries.ts);
    // struck through, under any heading, it is work crossed off (recognise/struck-unboxed.ts): its strike sets it aside.
    const status = boxed ?? symbolMarkOf(item, ctx.legend, ctx.priorityMarks) ?? (isUnboxedWork(item, ctx) || isStruckUnboxed(item) ? "not_started" : null);
    const first = item.children[0];
    if (status === null || first?.type !== "paragraph" || namesOnlyAState(item)) continue;
    const entry = ownedEntry(first, ctx, owned);
    // An open box with "- IN PROGRESS" or "(blocked: …)" after the title says more than the box.
    let effective = entry.struck ? struckStatus(entry.status, status, sectionStatus(ctx)) : status === "not_started" && entry.status ? entry.status : status;
    // A card with only a ranked mark ("- 🔴 …" under "Labels: 🔴 urgent") says no state: its board column does ("## ✅ Done").
    if (boxed === null && !entry.status && rankedOnly(item, ctx)) effective = sectionStatus(ctx) ?? effective;
    pushItem(ctx, item, entry, effective, "task", { description: entry.description });
  }
  return true;
}

/** An entry read without its owner prefix or trailing owner ("**Mo**: set up …" → "Set up …"; recognise/action-items.ts). */
function ownedEntry(paragraph: Paragraph, ctx: ParseContext, siblingsOwned = false) {
  const people = ctx.people ?? new Set<string>();
  const lead = withoutOwner(paragraph, people, ctx.stack.at(-1)?.raw ?? "");
  const tail = withoutTrailingOwner(lead.paragraph, people, siblingsOwned);
  const entry = readEntry(tail.paragraph, { people, legend: ctx.legend, priorityMarks: ctx.priorityMarks });
  // The owner the line named stays with the item, as the title reader keeps it ("Owner: Lina").
  const owners = [lead.owner, tail.owner].filter((o): o is string => !!o);
  if (owners.length) entry.description = [`Owner: ${owners.join(", ")}`, entry.description].filter(Boolean).join(" · ");
  return entry;
}

/** Two or more entries (and at least half) end "— Name": the list's entries name their owners that way. */
function ownersAfterDash(list: List): boolean {
  const n = list.children.filter((item) => item.children[0]?.type === "paragraph" && endsWithDashName(plainText(item.children[0]))).length;
  return n >= 2 && n * 2 >= list.children.length;
}

/** "- **Mo**" with tasks nested under it: the nested entries are the items (Mo's), the name no item. */
function readOwnersTasks(item: ListItem, ctx: ParseContext): boolean {
  const [first, ...rest] = item.children;
  const nested = rest.filter((c): c is List => c.type === "list");
  if (first?.type !== "paragraph" || nested.length === 0 || !isOwnerOnly(plainText(first), ctx.people ?? new Set())) return false;
  ctx.stack.push({ depth: 99, segments: [], priorityLabel: null, status: null, kind: "tasks", raw: plainText(first), line: lineOf(item) });
  for (const list of nested) if (!recogniseTaskList(list, ctx)) recognisePlainList(list, ctx);
  ctx.stack.pop();
  return true;
}

/** "**P1** Rotate the keys": the bold opening is only a priority tag, which the entry reader takes off (recognise/priority-tags.ts). */
const isPriorityTag = (paragraph: Paragraph) => paragraph.children[0]?.type === "strong" && leadingPriorityTag(`\u0001${plainText(paragraph.children[0])}\u0002${plainText(paragraph.children.slice(1) as PhrasingContent[])}`, "\u0001", "\u0002") !== null;

/** `1. **Title** - description`: the bold part is the title, the rest the description. */
function boldTitle(paragraph: Paragraph, ctx: ParseContext): { title: string; rest: string } | null {
  const [first, ...rest] = paragraph.children;
  if (!first || first.type !== "strong" || isPriorityTag(paragraph)) return null;
  const title = plainText(first).replace(/[:–—-]\s*$/, "").trim();
  // "**#4410** Upgrade …", "**OPS-12** Rotate …": a bold issue key is the entry's key, not its title (readEntry reads it).
  if (/^(?:#\d+|[A-Z][A-Z0-9]{1,9}-\d+)$/.test(title)) return null;
  const restStart = rest[0]?.position?.start.offset;
  const end = paragraph.position?.end.offset;
  const restSource = restStart !== undefined && end !== undefined ? ctx.text.slice(restStart, end) : plainText(rest as PhrasingContent[]);
  return { title, rest: restSource.replace(SEPARATOR, "").trim() };
}

export function recogniseNumberedList(list: List, ctx: ParseContext): boolean {
  // "1. **Gateway** — Receives orders." outside any work heading describes a system (recognise/described-parts.ts).
  if (!list.ordered || nearestOrTitleKind(ctx) === "notes" || describesParts(list, ctx)) return false;
  const firsts = list.children.map((item) => (item.children[0]?.type === "paragraph" ? item.children[0] : null));
  const bold = firsts.map((p) => (p ? boldTitle(p, ctx) : null));
  // "1. **High** Backups not restore-tested" (a tag list untagged by recognise/tagged-entries.ts): the bold is
  // the priority, not the title; such an entry is still one of the list's bold-led entries, read whole below.
  const tagged = firsts.filter((p) => p && isPriorityTag(p)).length;
  if (bold.filter(Boolean).length + tagged < Math.ceil(list.children.length / 2)) return false;
  ctx.shapes.add("numbered-bold");
  list.children.forEach((item, i) => {
    const b = bold[i];
    // "3. Create the repo — *medium priority*" among bold-titled steps: the same list, its title unbolded.
    if (!b) {
      const first = item.children[0];
      if (first?.type !== "paragraph") return;
      const entry = readEntry(first, { people: ctx.people, legend: ctx.legend, priorityMarks: ctx.priorityMarks });
      pushItem(ctx, item, entry, entry.status ?? "not_started", "numbered", { description: entry.description, number: (list.start ?? 1) + i });
      return;
    }
    const parts = titleParts(b.title);
    // "… — *prioridad alta* — ✅ hecho": a priority part anywhere in the dashed tail (recognise/dash-parts.ts).
    // ~"priority::1", `priority: high`: the tracker's field labels after the title (recognise/label-priority.ts).
    const labelled = labelFields((item.children[0] as Paragraph).children);
    parts.priorityLabel ??= leadingPriority(b.rest) ?? prioritySegment(b.rest) ?? readDashParts(b.rest).priorityLabel ?? labelled.priorityLabel ?? labelledPriority(b.rest) ?? closingPriority(b.rest);
    const statusWord = b.rest.match(/[([]\s*(done|completed?|in progress|blocked|deferred|wip)\s*[)\]]\s*$/i);
    // "… — Giulia ✅": a tick closing the line, after the owner (recognise/closing-marks.ts).
    const status = (statusWord ? parseStatus(statusWord[1]!) : null) ?? labelled.status ?? statusAroundDescription(b.rest) ?? stateThenDate(b.rest) ?? closingMarkStatus(b.rest) ?? "not_started";
    pushItem(ctx, item, parts, status, "numbered", { description: b.rest, number: (list.start ?? 1) + i });
  });
  return true;
}

/** Every entry states its priority (a word or a mark like 🔥🔥), bar entries already marked done. */
function everyEntryPrioritised(list: List, ctx: ParseContext): boolean {
  const entries = list.children.map((item) => (item.children[0]?.type === "paragraph" ? readEntry(item.children[0], { people: ctx.people, legend: ctx.legend, priorityMarks: ctx.priorityMarks }) : null));
  const prioritised = entries.filter((e) => e && (e.priorityLabel !== null || e.priorityMark));
  return prioritised.length > 1 && entries.every((e) => e && (e.priorityLabel !== null || e.priorityMark || e.status === "done"));
}

/** Plain lists count as items only under a heading that says they are work ("Tasks", "Roadmap", "Next steps"). */
export function recognisePlainList(list: List, ctx: ParseContext): boolean {
  // Under targets no list is work, unless a nearer label names it ("## Goal 1" › "**Initiatives**").
  if (inSection(ctx, "metrics") && nearestKind(ctx) !== "tasks") return false;
  // Outside a work heading, a list whose every entry states its own priority is work too.
  // In a to-do file ("# TODO"), a heading that only names an area holds work too (recognise/todo-files.ts).
  // Under a title that says the document is work, with only bold group labels between (recognise/task-titles.ts);
  // under a backlog's area heading, a list that tracks state (recognise/backlog-area-lists.ts).
  if (nearestKind(ctx) !== "tasks" && !todoFileList(ctx) && !underWorkTitle(ctx) && !everyEntryPrioritised(list, ctx) && !isBacklogAreaList(list, ctx)) return false;
  if (isLegend(list, ctx)) return true;
  const texts = list.children.map((item) => (item.children[0]?.type === "paragraph" ? plainText(item.children[0]) : ""));
  if (texts.some((t) => t.length > 240) || texts.every((t) => !t)) return false;
  ctx.shapes.add("plain-lists");
  const owned = ownersAfterDash(list);
  list.children.forEach((item) => {
    const first = item.children[0];
    if (first?.type !== "paragraph") return;
    if (readOwnersTasks(item, ctx)) return;
    // "Plugin system? Probably not before 2.0.": a question answered on the spot (recognise/todo-files.ts).
    if (isAnsweredQuestion(plainText(first))) return;
    const entry = ownedEntry(first, ctx, owned);
    const status = entry.struck ? struckStatus(entry.status, null, sectionStatus(ctx)) : (entry.status ?? "not_started");
    pushItem(ctx, item, entry, status, "list", { description: entry.description });
  });
  return true;
}

/** A plain list under "High Priority" etc.: kept aside; the final pass decides items vs rankings. */
export function collectRanking(list: List, ctx: ParseContext): boolean {
  const section = ctx.stack.at(-1);
  if (section?.kind !== "ranking" || !section.priorityLabel) return false;
  for (const item of list.children) {
    const first = item.children[0];
    const text = first?.type === "paragraph" ? plainText(first) : "";
    if (!text || first?.type !== "paragraph") continue;
    // Should the entries turn out to be items themselves, each is read as any list entry is (its bold lead the title).
    const entry = readEntry(first, { people: ctx.people, legend: ctx.legend, priorityMarks: ctx.priorityMarks });
    ctx.rankings.push({ label: section.priorityLabel, text, line: lineOf(item), entry: { title: entry.title, description: entry.description } });
  }
  return true;
}
