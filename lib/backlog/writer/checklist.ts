import { eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db";
import { insertJsonRows } from "@/db/insert-json";
import { checklistItems, type ChecklistItem } from "@/db/schema";
import { appendAuditRows, auditWho, type AuditRow } from "@/lib/audit-log/append";
import { userIdOf, type Actor } from "@/lib/domain/actors";
import { inChecklist } from "@/lib/domain/audit-payloads";
import { publishChange } from "@/lib/live/publish";
import { readRule, type MetricRule } from "@/lib/backlog/metric-rule";
import { announceItem } from "./items";

// The one writer of checklist_items (acceptance criteria, action items, files). A tick by a
// person, by a metric rule or by an import, an entry added in the app or by an import, a rule
// linked: each writes here, with its history row and a NOTIFY for the items whose page changed.
// Deciding *what* to tick stays with the caller (lib/metrics/rule-service.ts, the importer).

const CHUNK = 1000;

async function announce(tx: Tx, actor: Actor | null, itemIds: Iterable<string>) {
  const ids = [...new Set(itemIds)];
  if (ids.length === 1) await announceItem(tx, actor, ids[0]!);
  else if (ids.length > 1) await publishChange(tx, { type: "items", ids, by: userIdOf(actor) });
}

export type NewEntry = typeof checklistItems.$inferInsert;

/** An inserted entry that follows a metric rule (the caller evaluates those). */
export type LinkedEntry = { id: string; itemId: string; text: string; metricRule: unknown };

/**
 * Adds entries. `audit: "each"` writes an "item.checklist_add" row per entry (an edit in the app);
 * an import words its own history. Entries carrying a metric rule also get the "item.criterion_link"
 * row linking on the item page would write, and are returned for evaluation.
 * `announce: false` when the caller announces the items itself (an import, once for all).
 */
export async function insertEntries(
  tx: Tx,
  actor: Actor,
  rows: NewEntry[],
  { audit, announce: notify = true }: { audit: "each" | "links"; announce?: boolean },
): Promise<{ ids: string[]; linked: LinkedEntry[] }> {
  if (!rows.length) return { ids: [], linked: [] };
  const back: { id: string; item_id: string; text: string; metric_rule: unknown }[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) back.push(...(await insertJsonRows<typeof checklistItems, (typeof back)[number]>(tx, checklistItems, rows.slice(i, i + CHUNK), ["id", "item_id", "text", "metric_rule"])));
  const linked = back.filter((r) => readRule(r.metric_rule) !== null).map((r) => ({ id: r.id, itemId: r.item_id, text: r.text, metricRule: r.metric_rule }));
  const who = auditWho(actor);
  await appendAuditRows(tx, [
    ...(audit === "each" ? rows.map((r): AuditRow => ({ ...who, action: "item.checklist_add", entityType: "item", entityId: r.itemId, after: inChecklist(r.kind, { text: r.text }) })) : []),
    ...linked.map((e): AuditRow => ({
      ...who,
      action: "item.criterion_link",
      entityType: "item",
      entityId: e.itemId,
      before: { acceptance: { text: e.text, rule: null } },
      after: { acceptance: { text: e.text, rule: readRule(e.metricRule) } },
    })),
  ]);
  if (notify) await announce(tx, actor, rows.map((r) => r.itemId));
  // Ids in no promised order (as the database returned them); one row's id is its own.
  return { ids: back.map((r) => r.id), linked };
}

/** Why a tick happened, when not by a person's hand: shown in the history ("p99 < 200: 180 at …"). */
export type Tick = { entry: Pick<ChecklistItem, "id" | "itemId" | "kind" | "text" | "done">; done: boolean; at: Date; because?: string };

/** Ticks or unticks entries; one history row each, one NOTIFY. A person's tick records who. */
export async function tickEntries(tx: Tx, actor: Actor, ticks: Tick[]) {
  const changed = ticks.filter((t) => t.entry.done !== t.done);
  for (const { entry, done, at } of changed) {
    await tx
      .update(checklistItems)
      .set({ done, doneAt: done ? at : null, doneBy: done ? userIdOf(actor) : null })
      .where(eq(checklistItems.id, entry.id));
  }
  await appendAuditRows(
    tx,
    changed.map(({ entry, done, because }) => ({
      ...auditWho(actor),
      action: done ? "item.checklist_tick" : "item.checklist_untick",
      entityType: "item",
      entityId: entry.itemId,
      before: inChecklist(entry.kind, { text: entry.text, done: entry.done }),
      after: { ...inChecklist(entry.kind, { text: entry.text, done }), ...(because ? { because } : {}) },
    })),
  );
  await announce(tx, actor, changed.map((t) => t.entry.itemId));
  return changed.length;
}

/**
 * An import's reconciliation of one item's list: ticks and texts follow the document in place
 * (keeping any rule), entries it no longer has go. Its history is the import's own row.
 */
export async function reconcileEntries(tx: Tx, updates: { id: string; done: boolean; text: string; at: Date }[], removed: string[]) {
  for (const u of updates) await tx.update(checklistItems).set({ done: u.done, text: u.text, doneAt: u.done ? u.at : null, fromImport: true }).where(eq(checklistItems.id, u.id));
  if (removed.length) await tx.delete(checklistItems).where(inArray(checklistItems.id, removed));
}

/** Removes an entry a person deleted; returns it, or null if it was already gone. */
export async function removeEntry(tx: Tx, actor: Actor, entryId: string): Promise<ChecklistItem | null> {
  const [entry] = await tx.delete(checklistItems).where(eq(checklistItems.id, entryId)).returning();
  if (!entry) return null;
  await appendAuditRows(tx, [
    { ...auditWho(actor), action: "item.checklist_remove", entityType: "item", entityId: entry.itemId, before: inChecklist(entry.kind, { text: entry.text, done: entry.done }) },
  ]);
  await announce(tx, actor, [entry.itemId]);
  return entry;
}

/** Ties an acceptance criterion to a metric rule, or unties it (`rule: null`); the caller evaluates it. */
export async function setEntryRule(tx: Tx, actor: Actor, entry: ChecklistItem, rule: MetricRule | null) {
  await tx.update(checklistItems).set({ metricRule: rule }).where(eq(checklistItems.id, entry.id));
  await appendAuditRows(tx, [
    {
      ...auditWho(actor),
      action: rule ? "item.criterion_link" : "item.criterion_unlink",
      entityType: "item",
      entityId: entry.itemId,
      before: { acceptance: { text: entry.text, rule: readRule(entry.metricRule) } },
      after: { acceptance: { text: entry.text, rule } },
    },
  ]);
}

