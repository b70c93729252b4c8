import type { Heading, List, RootContent } from "mdast";
import { cleanHeading, headingStatus } from "../clean";
import { addItem, nearestKind, sectionPriority, sectionStatus, type ParseContext } from "../context";
import { lineOf, plainText } from "../markdown";
import { findPriorityLabel, markPriority } from "../priority";
import { sectionFromHeading } from "../sections";
import type { ParsedChecklistEntry } from "../types";
import { listEntries } from "./records";

// A board copied card by card (Trello, Planner, a wiki page of cards): the lists are headings that
// give a state ("## To do", "## Done"), each card a heading under its list, and under the card a
// list of its fields, one "Label: value" a line ("- Labels: red, android", "- Members: Karthik",
// "- Due: 12 Dec", "- Checklist (0/3):" over boxes). A careful reader takes the card heading as the
// item and its field lines as what the card says of itself, not as more work: the fields go to the
// description, the boxes under a field to the checklist, and a label the document's key ranks
// ("🟥 red = urgent") is the card's priority. Only a card under a list that states its cards' state
// or says they are work, in a document that writes two such cards at least (three under a list of
// another name, "## Ideas"): a lone "### Setup" over "- Node: 20" is a note.

/** "Labels: red", "Checklist (0/3):", "Due: 12 Dec": a short label, an optional count, a colon, a value. */
const FIELD = /^([^\s:：(][^:：(\n]{0,38}?)\s*(?:\(\d{1,3}\/\d{1,3}\))?\s*[:：](?:\s+(\S[^\n]{0,300}))?$/u;
const MAX_LABEL_WORDS = 3;

const fieldOf = (line: string) => {
  const m = line.trim().match(FIELD);
  if (!m || m[1]!.trim().split(/\s+/).length > MAX_LABEL_WORDS || /https?$/i.test(m[1]!)) return null;
  return { label: m[1]!.trim(), value: (m[2] ?? "").trim() };
};

/** The card's one list, when every entry opens with a field line; null otherwise. */
function fieldList(body: RootContent[]): List | null {
  const blocks = body.filter((n) => n.type !== "thematicBreak");
  const list = blocks[0];
  if (blocks.length !== 1 || list?.type !== "list" || list.ordered || list.children.length === 0) return null;
  for (const item of list.children) {
    const first = item.children[0];
    if (typeof item.checked === "boolean" || first?.type !== "paragraph" || !fieldOf(plainText(first))) return null;
    // A field over nested entries ("Checklist (0/3):" over boxes) has no value of its own.
    if (item.children.length > 1 && (fieldOf(plainText(first))!.value || !item.children.slice(1).every((n) => n.type === "list"))) return null;
  }
  return list;
}

const counted = new WeakMap<ParseContext, number>();
/** How many headings of the document sit right over a "- Label: value" line (one pass over its lines). */
function cardCount(ctx: ParseContext): number {
  let n = counted.get(ctx);
  if (n !== undefined) return n;
  n = 0;
  const lines = ctx.text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (!/^#{2,6}\s/.test(lines[i]!)) continue;
    let j = i + 1;
    while (j < lines.length && !lines[j]!.trim()) j++;
    const entry = lines[j]?.match(/^[-*+]\s+(.*)$/)?.[1];
    if (entry && fieldOf(entry)) n++;
  }
  counted.set(ctx, n);
  return n;
}

/** A label value's priority: a mark the document's key ranks ("🟥 …"), or a priority word among the labels. */
function labelPriority(value: string, ctx: ParseContext): string | null {
  for (const part of value.split(/\s*[,;]\s*/)) {
    const mark = part.match(/^(\p{Extended_Pictographic}\uFE0F?)/u)?.[1]?.replace(/\uFE0F/g, "");
    // "🟦 blue = docs (not a priority)": a mark the key gives no level ranks nothing.
    if (mark && ctx.priorityMarks?.get(mark)) return markPriority(mark, ctx.priorityMarks);
    const word = findPriorityLabel(part.replace(/`/g, ""));
    if (word) return word;
  }
  return null;
}

export function recogniseFieldListCard(heading: Heading, body: RootContent[], ctx: ParseContext): boolean {
  if (ctx.lowConfidence || heading.depth < 2 || body.some((n) => n.type === "heading")) return false;
  const list = fieldList(body);
  if (!list) return false;
  const own = sectionFromHeading(heading).kind;
  if (own !== null && own !== "tasks") return false;
  // Under a list that is neither a state nor work ("## Ideas"), a board of three cards or more says what its headings are.
  const kind = nearestKind(ctx);
  if (kind === "notes" || cardCount(ctx) < (sectionStatus(ctx) !== null || kind === "tasks" ? 2 : 3)) return false;
  const raw = plainText(heading);
  const title = cleanHeading(raw);
  if (!title) return false;
  const description: string[] = [];
  const checklist: ParsedChecklistEntry[] = [];
  let priorityLabel: string | null = null;
  for (const item of list.children) {
    const field = fieldOf(plainText(item.children[0]!))!;
    if (field.value) {
      description.push(`${field.label}: ${field.value}`);
      priorityLabel ??= labelPriority(field.value, ctx);
    } else description.push(field.label);
    for (const sub of item.children.slice(1)) if (sub.type === "list") checklist.push(...listEntries(sub, "action", ctx.text, description));
  }
  ctx.shapes.add("records");
  addItem(ctx, {
    origin: "record",
    title,
    description: description.join("\n"),
    priorityLabel: priorityLabel ?? sectionPriority(ctx),
    status: headingStatus(raw) ?? sectionStatus(ctx) ?? "not_started",
    checklist,
    line: lineOf(heading),
  });
  return true;
}
