import { keyAllocator } from "@/lib/backlog/keys";
import { normalizeTitle } from "./clean";
import type { ParsedItem } from "./types";
import { isClosed } from "@/lib/domain/items";

// Re-import without surprises: match the document's items to the project's (by key, else by
// category + normalised title), and for matched items apply only what the document changed since
// the last import read it, so edits made in the app survive re-importing an unchanged file.

/** The document-owned fields of an item, as the last import read them. */
export type ItemSnapshot = Pick<ParsedItem, "title" | "description" | "category" | "priority" | "priorityLabel" | "status" | "severity" | "effortHours" | "impact" | "checklist">;

/** Those fields of a stored item row (category lives in `category_path` there). */
export const snapshotOfRow = (
  row: { title: string; description: string; categoryPath: string[]; priority: ParsedItem["priority"]; priorityLabel: string | null; status: ParsedItem["status"]; severity: ParsedItem["severity"]; effortHours: number | null; impact: number | null },
  checklist: ItemSnapshot["checklist"],
): ItemSnapshot => ({
  title: row.title,
  description: row.description,
  category: row.categoryPath,
  priority: row.priority,
  priorityLabel: row.priorityLabel,
  status: row.status,
  severity: row.severity,
  effortHours: row.effortHours,
  impact: row.impact,
  checklist,
});

export interface ExistingItem extends ItemSnapshot {
  id: string;
  key: string;
  version: number;
  snapshot: ItemSnapshot | null;
}

export type FieldName = Exclude<keyof ItemSnapshot, "checklist">;
export const FIELDS: FieldName[] = ["title", "description", "category", "priority", "priorityLabel", "status", "severity", "effortHours", "impact"];

export interface FieldChange {
  field: FieldName | "checklist";
  from: unknown;
  to: unknown;
}

export interface PlannedCreate {
  key: string;
  item: ParsedItem;
}
export interface PlannedUpdate {
  existing: ExistingItem;
  item: ParsedItem;
  changes: FieldChange[];
}
export interface ImportPlan {
  create: PlannedCreate[];
  update: PlannedUpdate[];
  /** Matched items the document did not change (those without a snapshot get one written). */
  unchanged: { existing: ExistingItem; item: ParsedItem }[];
  /** Open items of the project that the document no longer contains. */
  missing: ExistingItem[];
}

export const snapshotOf = (item: ParsedItem): ItemSnapshot => ({
  title: item.title,
  description: item.description,
  category: item.category,
  priority: item.priority,
  priorityLabel: item.priorityLabel,
  status: item.status,
  severity: item.severity,
  effortHours: item.effortHours,
  impact: item.impact,
  checklist: item.checklist.map(({ kind, text, done }) => ({ kind, text, done })),
});

/** JSON with object keys sorted: jsonb hands snapshots back with its own key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);
const matchKey = (category: string[], title: string) => `${category.map(normalizeTitle).join("›")}\u0000${normalizeTitle(title)}`;

/** What the document changed since `base` (the last import's reading, or the current values). */
export function changesFrom(base: ItemSnapshot, current: ItemSnapshot, doc: ItemSnapshot): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of FIELDS) {
    // A snapshot from before the importer read this field (impact) cannot say whether the app
    // changed it: an empty field is filled, a value someone set is left alone.
    if (!(field in base) && current[field] !== null) continue;
    if (!same(base[field], doc[field]) && !same(current[field], doc[field])) changes.push({ field, from: current[field], to: doc[field] });
  }
  if (!same(base.checklist, doc.checklist) && !same(current.checklist, doc.checklist)) {
    changes.push({ field: "checklist", from: current.checklist, to: doc.checklist });
  }
  return changes;
}

/**
 * Pairs each of the document's checklist entries with the stored entry a re-import updates in
 * place (same kind, same normalised text, first unused one), or null for an entry it will insert.
 */
export function matchChecklist<C extends { kind: string; text: string }>(current: C[], doc: ItemSnapshot["checklist"]): (C | null)[] {
  const unused = [...current];
  return doc.map((entry) => {
    const i = unused.findIndex((c) => c.kind === entry.kind && normalizeTitle(c.text) === normalizeTitle(entry.text));
    return i >= 0 ? unused.splice(i, 1)[0]! : null;
  });
}

export function planImport(parsed: ParsedItem[], existing: ExistingItem[]): ImportPlan {
  const byKey = new Map(existing.map((e) => [e.key, e]));
  const byTitle = new Map<string, ExistingItem>();
  for (const e of existing) {
    byTitle.set(matchKey(e.category, e.title), e);
    // Renamed in the app since the last import: the document still uses the old wording.
    if (e.snapshot) byTitle.set(matchKey(e.snapshot.category, e.snapshot.title), e);
  }
  const claimed = new Set<string>();
  const plan: ImportPlan = { create: [], update: [], unchanged: [], missing: [] };
  const nextKey = keyAllocator([...byKey.keys(), ...parsed.flatMap((p) => (p.key ? [p.key] : []))]);

  for (const item of parsed) {
    let match = item.key ? byKey.get(item.key) : undefined;
    if (!match) {
      const candidate = byTitle.get(matchKey(item.category, item.title));
      // A keyed document item only takes over a title match whose key no other document item uses.
      if (candidate && (!item.key || !parsed.some((p) => p !== item && p.key === candidate.key))) match = candidate;
    }
    if (match && claimed.has(match.id)) match = undefined;
    if (!match) {
      plan.create.push({ key: item.key ?? nextKey(), item });
      continue;
    }
    claimed.add(match.id);
    const doc = snapshotOf(item);
    const base = match.snapshot ?? match;
    // A proposed impact (from a changed severity) is weaker than one a person set in the app.
    const keepsAppImpact = item.impactFrom === "severity" && "impact" in base && !same(base.impact, match.impact);
    const changes = changesFrom(base, match, doc).filter((c) => !(c.field === "impact" && keepsAppImpact));
    if (changes.length) plan.update.push({ existing: match, item, changes });
    else plan.unchanged.push({ existing: match, item });
  }
  // Only items an earlier import brought in can be "no longer in the document"; app-made ones never were.
  plan.missing = existing.filter((e) => !claimed.has(e.id) && e.snapshot !== null && !isClosed(e.status));
  return plan;
}
