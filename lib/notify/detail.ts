// What an inbox entry stores about what happened (notifications.detail), and how a burst merges:
// structured rather than worded, so the inbox and e-mail word it in the reader's zone and language
// of dates. Pure: the fan-out writes it, the inbox page and the mailer read it.

import type { Priority, Status } from "@/lib/domain/items";

/** An item as an entry names it (the key and title at the time, the project's slug for the link). */
export type ItemRef = { id: string; key: string; title: string; project: string };

export type Change =
  | { field: "status"; to: Status }
  | { field: "priority"; from: Priority | null; to: Priority | null }
  | { field: "dueAt"; to: string | null }
  | { field: "assignee"; to: string | null };

export type EntryDetail = {
  /** The items, latest first (a burst lists each once, up to MAX_ITEMS). */
  items?: ItemRef[];
  /** Items beyond MAX_ITEMS that a burst also covered. */
  more?: number;
  /** The latest event's changes (item_changed). */
  changes?: Change[];
  /** The start of the comment or text that mentioned you / was added. */
  excerpt?: string;
  /** Where a mention was written. */
  where?: "comment" | "description" | "runbook";
  /** The comment quoted, so an edit or a deletion can re-quote or drop it. */
  commentId?: string;
  runbook?: { slug: string; title: string };
  metric?: { key: string; name: string; status?: "ok" | "warning" | "critical" | "no_data"; value?: number; unit?: string };
  import?: { fileName: string; project: string; created: number; updated: number };
  /** The GitHub pull request reopened (pull_request), and the status the item kept. */
  pullRequest?: { repo: string; number: number; url: string; title: string; status: Status };
  webhook?: { id: string; url: string; failingSince: string };
};

export const MAX_ITEMS = 20;
export const EXCERPT_CHARS = 160;

/** The first words of a text, on one line, cut at a word near EXCERPT_CHARS. */
export function excerptOf(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= EXCERPT_CHARS) return flat;
  const cut = flat.slice(0, EXCERPT_CHARS);
  const space = cut.lastIndexOf(" ");
  return `${space > EXCERPT_CHARS * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** A burst: the newer event's items first, each item once, bounded; the newer changes and excerpt win. */
export function mergeDetail(older: EntryDetail, newer: EntryDetail): EntryDetail {
  const seen = new Set<string>();
  const all: ItemRef[] = [];
  for (const item of [...(newer.items ?? []), ...(older.items ?? [])]) {
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    all.push(item);
  }
  const more = (older.more ?? 0) + (newer.more ?? 0) + Math.max(0, all.length - MAX_ITEMS);
  // Two changes to the one same item read as one sentence: each field's latest value.
  const sameItem = all.length === 1 && !more;
  const changes = sameItem && (older.changes || newer.changes) ? mergeChanges(older.changes ?? [], newer.changes ?? []) : newer.changes;
  return { ...older, ...newer, items: all.slice(0, MAX_ITEMS), changes, more: more || undefined };
}

function mergeChanges(older: readonly Change[], newer: readonly Change[]): Change[] {
  const byField = new Map<Change["field"], Change>();
  for (const c of [...older, ...newer]) {
    const prior = byField.get(c.field);
    // A priority moved twice reads from its first value to its last.
    byField.set(c.field, prior?.field === "priority" && c.field === "priority" ? { ...c, from: prior.from } : c);
  }
  return [...byField.values()];
}

/** How many distinct things an entry covers. */
export const itemCount = (d: EntryDetail) => (d.items?.length ?? 0) + (d.more ?? 0);
