import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { backlogItems, checklistItems, itemLinks, projects, users, type BacklogItem } from "@/db/schema";
import { appendAudit } from "@/lib/audit-log/append";
import { toLink } from "@/lib/domain/audit-payloads";
import { keyAllocator } from "./keys";
import { readRule } from "./metric-rule";
import { fail } from "@/lib/result";
import { userIdOf, type Actor } from "@/lib/domain/actors";
import type { Status } from "./labels";
import type { ItemChanges } from "./schemas";
import { insertEntries, removeEntry, tickEntries } from "./writer/checklist";
import { announceItem, insertItems, itemValues, refuseStale, removeItem, updateItems, type FieldChangeAction } from "./writer/items";

// The backlog's use cases: what a person asks for (edit, set a status, bulk edit, create, delete,
// tick, comment, link), checked against what they read (row lock, version) and handed to the one
// item writer (./writer), which applies the timestamps, SLA clock, version, history and NOTIFY.


export { itemValues } from "./writer/items";

async function lockItem(tx: Tx, id: string): Promise<BacklogItem> {
  const [row] = await tx.select().from(backlogItems).where(eq(backlogItems.id, id)).for("update");
  return row ?? fail("not_found", "That item no longer exists; it may have been deleted.");
}

async function assertRefs(tx: Tx, changes: ItemChanges) {
  if (changes.assigneeId) {
    const [u] = await tx.select({ disabled: users.disabled }).from(users).where(eq(users.id, changes.assigneeId));
    if (!u || u.disabled) fail("invalid", "Assignee: choose an active user from the list.", { fieldErrors: { assigneeId: ["choose an active user from the list"] } });
  }
  if (changes.projectId) {
    const [p] = await tx.select({ id: projects.id }).from(projects).where(eq(projects.id, changes.projectId));
    if (!p) fail("invalid", "Project: that project no longer exists.", { fieldErrors: { projectId: ["that project no longer exists"] } });
  }
}

/**
 * Applies `changes` if the item is still at `version`; otherwise refuses with who changed it when,
 * and the current values. A save that changes nothing returns the item as it is.
 */
export async function updateItem(db: Db, editor: Actor, input: { id: string; version: number; changes: ItemChanges }, action: FieldChangeAction = "item.update") {
  return db.transaction(async (tx) => {
    const row = await lockItem(tx, input.id);
    if (row.version !== input.version) return refuseStale(tx, row);
    await assertRefs(tx, input.changes);
    const [written] = await updateItems(tx, editor, [{ row, changes: input.changes }], { action });
    return itemValues(written ?? row);
  });
}

/**
 * A status change (and a blocked item's reason): what engineers may do, from the table, the item
 * page, the triage inbox and POST /api/v1/items/{id}/status alike, recorded as "item.status".
 */
export async function setItemStatus(db: Db, editor: Actor, input: { id: string; version: number; status: Status; blockedReason?: string | null }) {
  const changes: ItemChanges = { status: input.status, ...(input.blockedReason !== undefined ? { blockedReason: input.blockedReason } : {}) };
  return updateItem(db, editor, { id: input.id, version: input.version, changes }, "item.status");
}

/** One change to many selected rows (a lead's bulk edit); each item gets its own history entry. */
export async function bulkUpdate(db: Db, editor: Actor, input: { ids: string[]; changes: ItemChanges }) {
  return db.transaction(async (tx) => {
    await assertRefs(tx, input.changes);
    const rows = await tx.select().from(backlogItems).where(inArray(backlogItems.id, input.ids)).orderBy(backlogItems.id).for("update");
    const written = await updateItems(
      tx,
      editor,
      rows.map((row) => ({ row, changes: input.changes })),
      { action: "item.bulk_update" },
    );
    return { changed: written.length, missing: input.ids.length - rows.length };
  });
}

export async function createItem(db: Db, editor: Actor, fields: ItemChanges & { title: string; projectId: string }) {
  return db.transaction(async (tx) => {
    await assertRefs(tx, fields);
    // The same per-project lock as imports, so a new key never races an import's keys.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${fields.projectId}))`);
    const keys = await tx
      .select({ key: backlogItems.key })
      .from(backlogItems)
      .where(and(eq(backlogItems.projectId, fields.projectId), sql`${backlogItems.key} ~ '^T-[0-9]+$'`));
    const key = keyAllocator(keys.map((k) => k.key))();
    const [created] = await insertItems(tx, editor, [{ ...fields, key }], { audit: "each" });
    const [row] = await tx.select().from(backlogItems).where(eq(backlogItems.id, created!.id));
    return itemValues(row!);
  });
}

export async function deleteItem(db: Db, editor: Actor, input: { id: string; version: number }) {
  return db.transaction(async (tx) => {
    const row = await lockItem(tx, input.id);
    if (row.version !== input.version) return refuseStale(tx, row);
    await removeItem(tx, editor, row);
    return { id: row.id, key: row.key };
  });
}

/** Ticks or unticks one checklist entry; recorded in the item's history. */
export async function setChecklistDone(db: Db, editor: Actor, input: { entryId: string; done: boolean }) {
  return db.transaction(async (tx) => {
    const [entry] = await tx.select().from(checklistItems).where(eq(checklistItems.id, input.entryId)).for("update");
    if (!entry) return fail("not_found", "That checklist entry no longer exists.");
    const rule = readRule(entry.metricRule);
    if (rule) return fail("conflict", `“${entry.text}” follows the metric ${rule.metricKey}: it ticks itself from the latest value. Unlink the rule to tick it by hand.`);
    await tickEntries(tx, editor, [{ entry, done: input.done, at: new Date() }]);
    return { id: entry.id, done: input.done };
  });
}

export async function addChecklistEntry(db: Db, editor: Actor, input: { itemId: string; kind: "acceptance" | "action" | "file"; text: string }) {
  return db.transaction(async (tx) => {
    const [item] = await tx.select({ id: backlogItems.id }).from(backlogItems).where(eq(backlogItems.id, input.itemId));
    if (!item) return fail("not_found", "That item no longer exists.");
    const [{ next }] = (await tx
      .select({ next: sql<number>`coalesce(max(${checklistItems.position}) + 1, 0)::int` })
      .from(checklistItems)
      .where(and(eq(checklistItems.itemId, input.itemId), eq(checklistItems.kind, input.kind)))) as [{ next: number }];
    const { ids } = await insertEntries(tx, editor, [{ itemId: input.itemId, kind: input.kind, text: input.text, position: next }], { audit: "each" });
    return { id: ids[0]! };
  });
}

export async function removeChecklistEntry(db: Db, editor: Actor, input: { entryId: string }) {
  return db.transaction(async (tx) => {
    const entry = await removeEntry(tx, editor, input.entryId);
    if (!entry) return fail("not_found", "That checklist entry no longer exists.");
    return { id: entry.id };
  });
}

/** Links two items of any project by key ("P1-010" in this project, or "slug/P1-010" elsewhere). */
export async function linkItems(db: Db, editor: Actor, input: { itemId: string; kind: "blocks" | "relates"; target: string }) {
  return db.transaction(async (tx) => {
    const [from] = await tx.select({ projectId: backlogItems.projectId }).from(backlogItems).where(eq(backlogItems.id, input.itemId));
    if (!from) return fail("not_found", "That item no longer exists.");
    const [slug, key] = input.target.includes("/") ? input.target.split("/", 2) : [null, input.target];
    const [to] = await tx
      .select({ id: backlogItems.id })
      .from(backlogItems)
      .innerJoin(projects, eq(projects.id, backlogItems.projectId))
      .where(and(sql`upper(${backlogItems.key}) = upper(${key!.trim()})`, slug ? eq(projects.slug, slug) : eq(backlogItems.projectId, from.projectId)))
      .limit(1);
    if (!to) return fail("invalid", `Item key: no item ${input.target}.`, { fieldErrors: { target: [`no item ${input.target}`] } });
    if (to.id === input.itemId) return fail("invalid", "Item key: an item cannot link to itself.", { fieldErrors: { target: ["an item cannot link to itself"] } });
    const [link] = await tx.insert(itemLinks).values({ fromItemId: input.itemId, kind: input.kind, toItemId: to.id, createdBy: userIdOf(editor) }).returning({ id: itemLinks.id });
    await appendAudit(tx, editor, { action: "item.link", entityType: "item", entityId: input.itemId, after: toLink(input.kind, input.target) });
    await announceItem(tx, editor, input.itemId);
    return { id: link!.id };
  });
}

export async function unlinkItems(db: Db, editor: Actor, input: { linkId: string }) {
  return db.transaction(async (tx) => {
    const [link] = await tx.delete(itemLinks).where(eq(itemLinks.id, input.linkId)).returning();
    if (!link) return fail("not_found", "That link no longer exists.");
    await appendAudit(tx, editor, { action: "item.unlink", entityType: "item", entityId: link.fromItemId, before: toLink(link.kind, link.toItemId ?? link.runbookId) });
    await announceItem(tx, editor, link.fromItemId);
    return { id: link.id };
  });
}
