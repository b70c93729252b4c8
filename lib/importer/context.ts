import type { ImportWarning, ItemStatus, ParsedItem, ParsedMetric, ParsedSlaPolicy, Priority } from "./types";

/** One heading on the path from the document to the current node. */
export interface Section {
  depth: number;
  /** Category segments this heading contributes (a breadcrumb heading "A › B" gives two). */
  segments: string[];
  priorityLabel: string | null;
  status: ItemStatus | null;
  kind: "metrics" | "legend" | "ranking" | "tasks" | null;
  raw: string;
  line: number;
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
}

export const categoryOf = (ctx: ParseContext): string[] => ctx.stack.flatMap((s) => s.segments).filter(Boolean);

export const sectionPriority = (ctx: ParseContext): string | null =>
  [...ctx.stack].reverse().find((s) => s.priorityLabel)?.priorityLabel ?? null;

export const sectionStatus = (ctx: ParseContext): ItemStatus | null => [...ctx.stack].reverse().find((s) => s.status)?.status ?? null;

export const inSection = (ctx: ParseContext, kind: Section["kind"]): boolean => ctx.stack.some((s) => s.kind === kind);

export function warn(ctx: ParseContext, line: number, message: string) {
  ctx.warnings.push({ line, message });
}
