import type { Heading, List, RootContent } from "mdast";
import { cleanHeading, headingStatus } from "../clean";
import { nearestKind, sectionEffort, sectionPriority, sectionStatus, type ParseContext, addItem } from "../context";
import { lineOf, plainText, sourceOf } from "../markdown";
import { markPriority, PRIORITY_MARK_CHARS } from "../priority";
import { keyedArrow } from "./arrow-marks";
import { sectionFromHeading } from "../sections";
import type { ParsedChecklistEntry } from "../types";
import { readPlainFieldLine } from "./field-line-headings";
import { checklistKindFor, listEntries } from "./records";
import { readTitleLine } from "./title-parts";

// "### Recurring card payments" over "- Owner: Ana · Estimate: 5pt · Status: In progress": a record
// whose plain field line (no bold labels) is the first entry of the list under its heading, as
// sprint backlogs written in a chat or a wiki put them. A careful reader takes the heading as the
// title and the field line as its state, priority and size; the entries after it describe the item
// (a sentence) or are its checklist (boxes, or a label over nested entries: "Acceptance criteria").
// As with a field line closing a paragraph (recognise/field-line-headings.ts), the heading must sit
// under a work heading, or the document must write two such field lines or more.

const MARK_RUN = new RegExp(`^\\s*((?:[${PRIORITY_MARK_CHARS}]\\uFE0F?)+)\\s|\\s((?:[${PRIORITY_MARK_CHARS}]\\uFE0F?)+)\\s*$`, "u");

/** "### 🔥 Orders stay pending", "### Coupon applies twice ⬆️": a mark the document's key ranks, opening or closing the heading. */
function headingMark(raw: string, marks: Map<string, string | null> | undefined): string | null {
  const arrow = keyedArrow(raw, marks);
  if (arrow) return marks!.get(arrow.mark) ?? null;
  const run = raw.match(MARK_RUN);
  const mark = run?.[1] ?? run?.[2];
  return mark && new Set([...mark.replace(/\uFE0F/g, "")]).size === 1 ? markPriority(mark, marks ?? new Map()) : null;
}

/** The first entry of the list opening the body, read as a field line; null when it is none. */
function leadingFields(body: RootContent[]) {
  const list = body[0];
  if (list?.type !== "list") return null;
  const first = list.children[0]?.children[0];
  if (first?.type !== "paragraph" || list.children[0]!.children.length !== 1) return null;
  const fields = readPlainFieldLine(plainText(first));
  return fields ? { list, fields } : null;
}

const counted = new WeakMap<ParseContext, number>();
/** How many list entries of the document are field lines (one pass over its lines, once per parse). */
function fieldEntryCount(ctx: ParseContext): number {
  let n = counted.get(ctx);
  if (n === undefined) {
    n = 0;
    for (const line of ctx.text.split("\n")) {
      const entry = line.match(/^\s*[-*+]\s+(.*:.*)$/)?.[1];
      if (entry && readPlainFieldLine(entry)) n++;
    }
    counted.set(ctx, n);
  }
  return n;
}

/** The entries after the field line: sentences to the description, boxes and labelled groups to the checklist. */
function restOf(list: List, ctx: ParseContext): { description: string[]; checklist: ParsedChecklistEntry[] } {
  const description: string[] = [];
  const checklist: ParsedChecklistEntry[] = [];
  for (const item of list.children.slice(1)) {
    const [first, ...more] = item.children;
    const nested = more.filter((n): n is List => n.type === "list");
    if (typeof item.checked === "boolean") {
      checklist.push({ kind: "action", text: first ? plainText(first) : "", done: item.checked });
    } else if (first?.type === "paragraph" && nested.length) {
      // "Acceptance criteria" over nested entries: the label says which checklist they are.
      const kind = checklistKindFor(plainText(first)) ?? "acceptance";
      for (const sub of nested) checklist.push(...listEntries(sub, kind, ctx.text, []));
    } else if (first) description.push(sourceOf(first, ctx.text));
  }
  return { description, checklist };
}

export function recogniseFieldBulletHeading(heading: Heading, body: RootContent[], ctx: ParseContext): boolean {
  if (ctx.lowConfidence || heading.depth < 2 || body.length === 0) return false;
  // Only the list under the heading: a deeper heading or more prose makes the heading a group.
  if (body.some((n) => n.type === "heading")) return false;
  const found = leadingFields(body);
  if (!found) return false;
  const own = sectionFromHeading(heading).kind;
  if (own !== null && own !== "tasks") return false;
  if (nearestKind(ctx) !== "tasks" && fieldEntryCount(ctx) < 2) return false;
  const raw = plainText(heading);
  const line = readTitleLine(cleanHeading(raw), ctx.people ?? new Set());
  if (!line.title) return false;
  const { fields, list } = found;
  const rest = restOf(list, ctx);
  const others = body.slice(1).filter((n) => n.type !== "thematicBreak").map((n) => sourceOf(n, ctx.text));
  const status = fields.status ?? headingStatus(raw) ?? line.status ?? sectionStatus(ctx) ?? "not_started";
  ctx.shapes.add("records");
  addItem(ctx, {
    origin: "record",
    key: line.key,
    title: line.title,
    description: [line.notes.join(" · "), fields.rest.join(" · "), ...rest.description, ...others].filter(Boolean).join("\n\n"),
    priorityLabel: fields.priorityLabel ?? line.priorityLabel ?? headingMark(raw, ctx.priorityMarks) ?? sectionPriority(ctx),
    status,
    effortHours: fields.effortHours ?? line.effortHours ?? sectionEffort(ctx),
    checklist: [...rest.checklist, ...fields.files.map((f): ParsedChecklistEntry => ({ kind: "file", text: f, done: false }))],
    line: lineOf(heading),
  });
  return true;
}
