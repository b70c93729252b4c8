import { categoryPath } from "./recognise/category-names";
import { withoutInitiatives } from "./recognise/group-names";
import { withCorrectiveAction } from "./recognise/corrective-actions";
import type { ImportWarning, ItemStatus, ParsedItem, ParsedMetric, ParsedSlaPolicy, Priority } from "./types";

/** One heading on the path from the document to the current node. */
export interface Section {
  depth: number;
  /** Category segments this heading contributes (a breadcrumb heading "A › B" gives two). */
  segments: string[];
  priorityLabel: string | null;
  status: ItemStatus | null;
  kind: "metrics" | "legend" | "ranking" | "tasks" | "notes" | null;
  raw: string;
  line: number;
  /** Set by an `**Effort:**` field written once for the whole section. */
  effortHours?: number | null;
}

/** An item plus how it was found, for the document-wide passes (keys, duplicates). */
export interface FoundItem extends Omit<ParsedItem, "impact" | "impactFrom"> {
  origin: "record" | "task" | "numbered" | "table" | "list";
  /** For numbered lists: the number written in front of the item. */
  number?: number;
  /** An impact the document states outright (a record's **Impact:** field); severity proposes one otherwise. */
  statedImpact?: number | null;
  /** A level the document states outright (exported records), bypassing the label mapping; null = untriaged. */
  explicitPriority?: Priority | null;
}

export interface Ranking {
  label: string;
  text: string;
  line: number;
  /** The entry as a list reads it ("**DNS failover is manual.** Route 53 …": the bold lead its title), for when it is an item itself. */
  entry?: { title: string; description: string };
}

/** What the walk accumulates; recognisers push into it. */
export interface ParseContext {
  text: string;
  stack: Section[];
  items: FoundItem[];
  slaPolicies: ParsedSlaPolicy[];
  metrics: ParsedMetric[];
  warnings: ImportWarning[];
  shapes: Set<string>;
  rankings: Ranking[];
  /** The kind of the document's title ("# Design principles" → notes), for content before any other heading. */
  titleKind?: Section["kind"];
  /** Items of the last task or plain list, which a following list of file paths belongs to. */
  lastListItems?: FoundItem[];
  /** Symbol → status from the document's own legend line, if it has one. */
  legend?: Map<string, ItemStatus>;
  /** Priority mark run ("!!!", "🔥🔥") → the priority the document's key gives it, if it has one. */
  priorityMarks?: Map<string, string | null>;
  /** The document's stated order of priority words, lower-cased → priority (recognise/priority-order.ts). */
  priorityOrder?: Map<string, Priority>;
  /** The names the document uses for people (attendees, owners, @mentions), so a title's owner part is
   * told from its text and an entry's "Name:" prefix is its owner (people.ts, recognise/action-items.ts). */
  people?: ReadonlySet<string>;
  /** The document is a to-do file ("# TODO"): its lists are work under headings that only name an area (recognise/todo-files.ts). */
  todoFile?: boolean;
  /** The document's title (its lone H1), when it has one: what the whole document says it is about. */
  titleText?: string;
  /** The second, low-confidence pass over a document the first read found no work in (recognise/low-confidence.ts). */
  lowConfidence?: boolean;
  /** Whether the document ticks a row of a copied list view (recognise/tick-rows.ts), found once when first asked. */
  tickRowsSeen?: "yes" | "no";
}

// A heading that only says "the work is below" gives way to the group named under it (recognise/category-names.ts).
export const categoryOf = (ctx: ParseContext): string[] => withoutInitiatives(categoryPath(ctx.stack));

export const sectionPriority = (ctx: ParseContext): string | null =>
  [...ctx.stack].reverse().find((s) => s.priorityLabel)?.priorityLabel ?? null;

export const sectionStatus = (ctx: ParseContext): ItemStatus | null => [...ctx.stack].reverse().find((s) => s.status)?.status ?? null;

export const sectionEffort = (ctx: ParseContext): number | null => [...ctx.stack].reverse().find((s) => s.effortHours != null)?.effortHours ?? null;

export const inSection = (ctx: ParseContext, kind: Section["kind"]): boolean => ctx.stack.some((s) => s.kind === kind);

/** The kind of the nearest heading that has one: only it decides whether a list below is work (issue 18, shape 10). */
export const nearestKind = (ctx: ParseContext): Section["kind"] =>
  [...ctx.stack].reverse().find((s) => s.kind)?.kind ?? (ctx.lowConfidence && (!ctx.titleKind || ctx.titleKind === "tasks") ? "tasks" : null);

/** As nearestKind, falling back to the document title's kind ("# Backlog", "# Design principles"). */
export const nearestOrTitleKind = (ctx: ParseContext): Section["kind"] => nearestKind(ctx) ?? ctx.titleKind ?? null;

export function warn(ctx: ParseContext, line: number, message: string) {
  ctx.warnings.push({ line, message });
}

/** What a recogniser knows about an item; the rest takes the plain default (no key, no description, untriaged, …). */
export type ItemFields = Pick<FoundItem, "origin" | "title" | "status" | "line"> &
  Partial<Omit<FoundItem, "origin" | "title" | "status" | "line" | "done" | "priority">>;

/**
 * Adds one found item under the current heading: the category is the heading path unless given, `done`
 * follows the status, and the priority stays null until the document-wide mapping runs. One place, so
 * that every recogniser fills an item the same way.
 */
export function addItem(ctx: ParseContext, fields: ItemFields): FoundItem {
  // An audit record's labelled corrective action is its title (recognise/corrective-actions.ts).
  if (fields.origin === "record" && fields.description) fields = { ...fields, ...withCorrectiveAction(fields.title, fields.description) };
  const item: FoundItem = {
    key: null,
    description: "",
    category: categoryOf(ctx),
    priorityLabel: null,
    severity: null,
    effortHours: null,
    checklist: [],
    ...definedOnly(fields),
    origin: fields.origin,
    title: fields.title,
    status: fields.status,
    line: fields.line,
    priority: null,
    done: fields.status === "done",
  };
  ctx.items.push(item);
  return item;
}

// `{ key: entry.key }` with an undefined key must not wipe the default.
const definedOnly = <T extends object>(fields: T): Partial<T> =>
  Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
