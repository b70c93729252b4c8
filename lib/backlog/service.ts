import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { backlogItems, checklistItems, comments, itemLinks, projects, users, type BacklogItem } from "@/db/schema";
import { appendAudit } from "@/lib/audit-log/append";
import { keyAllocator } from "@/lib/importer/plan";
import { afterPolicyChange, afterPriorityChange, afterReopen, type SlaWindows } from "@/lib/matrix/due";
import { loadWindows } from "@/lib/matrix/policy-windows";
import { publishChange } from "@/lib/live/publish";
import { readRule } from "@/lib/metrics/rules";
import { fail } from "@/lib/result";
import type { ItemChanges } from "./schemas";
import { deriveTransition, TransitionError } from "./transitions";

// Every write to a backlog item: one transaction, a version check against lost updates, the status
// timestamps, one audit row per item with exactly the fields that changed (the item's history), and
// a NOTIFY so open views refresh.

export type Editor = { id: string; email: string; name: string };

/** The fields an audit row and a conflict report carry. */
const TRACKED = [
  "title",
  "description",
  "categoryPath",
  "priority",
  "status",
  "blockedReason",
  "severity",
  "effortHours",
  "impact",
  "assigneeId",
  "dueAt",
  "dueOverrideReason",
  "projectId",
  "startedAt",
  "completedAt",
  "triagedAt",
  "slaStartedAt",
] as const satisfies readonly (keyof BacklogItem)[];

type Tracked = (typeof TRACKED)[number];

const CLOSED = new Set(["done", "wont_do"]);

const comparable = (v: unknown) => (v instanceof Date ? v.toISOString() : JSON.stringify(v ?? null));

/** The public shape of an item after a write (what forms need to continue editing). */
export function itemValues(row: BacklogItem) {
  const out: Record<string, unknown> = { id: row.id, key: row.key, version: row.version, updatedAt: row.updatedAt.toISOString() };
  for (const f of TRACKED) out[f] = row[f] instanceof Date ? (row[f] as Date).toISOString() : row[f];
  return out as { id: string; key: string; version: number; updatedAt: string } & Record<Tracked, unknown>;
}

async function lockItem(tx: Tx, id: string): Promise<BacklogItem> {
  const [row] = await tx.select().from(backlogItems).where(eq(backlogItems.id, id)).for("update");
  return row ?? fail("not_found", "That item no longer exists; it may have been deleted.");
}

/** "Changed by Ada Lovelace at 2026-11-21 14:02 UTC", with the current values for the form to offer. */
async function conflict(tx: Tx, row: BacklogItem): Promise<never> {
  const [who] = row.updatedBy ? await tx.select({ name: users.name }).from(users).where(eq(users.id, row.updatedBy)) : [];
  const name = who?.name ?? (row.sourceImportId ? "an import" : "someone else");
  const at = row.updatedAt.toISOString().slice(0, 16).replace("T", " ");
  return fail("conflict", `Changed by ${name} at ${at} UTC. Review the current values and apply your change again.`, {
    current: { ...itemValues(row), updatedByName: name },
  });
}

async function assertKeyFree(tx: Tx, projectId: string, key: string) {
  const [clash] = await tx
    .select({ slug: projects.slug })
    .from(backlogItems)
    .innerJoin(projects, eq(projects.id, backlogItems.projectId))
    .where(and(eq(backlogItems.projectId, projectId), eq(backlogItems.key, key)));
  if (clash) fail("conflict", `project: ${clash.slug} already has an item ${key}; it cannot move there.`, { fieldErrors: { projectId: ["key already used there"] } });
}

async function assertRefs(tx: Tx, changes: ItemChanges) {
  if (changes.assigneeId) {
    const [u] = await tx.select({ disabled: users.disabled }).from(users).where(eq(users.id, changes.assigneeId));
    if (!u || u.disabled) fail("invalid", "assignee: no active user with that id", { fieldErrors: { assigneeId: ["unknown or disabled user"] } });
  }
  if (changes.projectId) {
    const [p] = await tx.select({ id: projects.id }).from(projects).where(eq(projects.id, changes.projectId));
    if (!p) fail("invalid", "project: no such project", { fieldErrors: { projectId: ["unknown project"] } });
  }
}

/** The SLA clock's move for this change: triage, re-prioritisation, reopen or another project. */
type WindowsOf = (projectId: string) => Promise<SlaWindows>;

/** Loads each project's windows once per transaction (a bulk edit touches many items of few projects). */
function windowsLoader(tx: Tx): WindowsOf {
  const seen = new Map<string, Promise<SlaWindows>>();
  return (projectId) => {
    if (!seen.has(projectId)) seen.set(projectId, loadWindows(tx, projectId));
    return seen.get(projectId)!;
  };
}

async function slaFor(windowsOf: WindowsOf, row: BacklogItem, changes: ItemChanges, now: Date): Promise<Partial<BacklogItem>> {
  if (changes.dueAt !== undefined) return {}; // the lead sets the due date by hand
  // Clearing the reason withdraws an override: the due date goes back to the policy's.
  const withdrawn = changes.dueOverrideReason === null && !!row.dueOverrideReason;
  const current = { windowStart: row.slaStartedAt, dueAt: row.dueAt, overridden: !!row.dueOverrideReason && !withdrawn };
  const priority = changes.priority !== undefined ? changes.priority : row.priority;
  const reopened = changes.status !== undefined && CLOSED.has(row.status) && !CLOSED.has(changes.status);
  const moved = changes.projectId !== undefined && changes.projectId !== row.projectId;
  if (changes.priority === undefined || changes.priority === row.priority) {
    if (!reopened && !moved && !withdrawn) return {};
  }
  const windows = await windowsOf(changes.projectId ?? row.projectId);
  let next;
  if (changes.priority !== undefined && changes.priority !== row.priority) next = afterPriorityChange(current, priority, windows, now);
  else if (reopened) next = current.overridden ? current : afterReopen(priority, windows, now);
  else {
    // Another project or a withdrawn override: the policy's window, from the same start.
    const window = priority ? windows[priority] : undefined;
    const start = current.windowStart ?? (priority ? now : null);
    next = !priority || current.overridden ? current : window ? afterPolicyChange({ ...current, windowStart: start }, window) : { windowStart: start, dueAt: null };
  }
  return { slaStartedAt: next.windowStart, dueAt: next.dueAt };
}

/** The changed fields of `changes` (plus derived timestamps) against `row`; empty when nothing changes. */
async function patchFor(windowsOf: WindowsOf, row: BacklogItem, changes: ItemChanges, now: Date): Promise<Partial<Record<Tracked, unknown>>> {
  let derived;
  try {
    derived = deriveTransition(row, changes, now);
  } catch (e) {
    if (e instanceof TransitionError) fail("invalid", e.message, { fieldErrors: { [e.field]: [e.message] } });
    throw e;
  }
  const sla = await slaFor(windowsOf, row, changes, now);
  const patch: Partial<Record<Tracked, unknown>> = {};
  for (const [field, value] of Object.entries({ ...changes, ...derived, ...sla }) as [Tracked, unknown][]) {
    if (!(TRACKED as readonly string[]).includes(field) || value === undefined) continue;
    if (comparable(row[field]) !== comparable(value)) patch[field] = value;
  }
  return patch;
}

async function applyPatch(tx: Tx, editor: Editor, row: BacklogItem, patch: Partial<Record<Tracked, unknown>>, action: string, now: Date) {
  if (patch.projectId) await assertKeyFree(tx, patch.projectId as string, row.key);
  const [updated] = await tx
    .update(backlogItems)
    .set({ ...(patch as Partial<BacklogItem>), version: sql`${backlogItems.version} + 1`, updatedAt: now, updatedBy: editor.id })
    .where(and(eq(backlogItems.id, row.id), eq(backlogItems.version, row.version)))
    .returning();
  // The row is locked FOR UPDATE, so the version cannot have moved; this guards against misuse.
  if (!updated) fail("conflict", "The item changed while saving; reload and try again.");
  const before = Object.fromEntries(Object.keys(patch).map((f) => [f, row[f as Tracked]]));
  await appendAudit(tx, editor, { action, entityType: "item", entityId: row.id, before, after: patch });
  await publishChange(tx, { type: "item", id: row.id, projectId: updated!.projectId, version: updated!.version, by: editor.id });
  return updated!;
}

/**
 * Applies `changes` if the item is still at `version`; otherwise refuses with who changed it when,
 * and the current values. A save that changes nothing returns the item as it is.
 */
export async function updateItem(db: Db, editor: Editor, input: { id: string; version: number; changes: ItemChanges }, action = "item.update") {
  return db.transaction(async (tx) => {
    const row = await lockItem(tx, input.id);
    if (row.version !== input.version) return conflict(tx, row);
    await assertRefs(tx, input.changes);
    const now = new Date();
    const patch = await patchFor(windowsLoader(tx), row, input.changes, now);
    if (!Object.keys(patch).length) return itemValues(row);
    return itemValues(await applyPatch(tx, editor, row, patch, action, now));
  });
}

/** One change to many selected rows (a lead's bulk edit); each item gets its own history entry. */
export async function bulkUpdate(db: Db, editor: Editor, input: { ids: string[]; changes: ItemChanges }) {
  return db.transaction(async (tx) => {
    await assertRefs(tx, input.changes);
    const rows = await tx.select().from(backlogItems).where(inArray(backlogItems.id, input.ids)).orderBy(backlogItems.id).for("update");
    const now = new Date();
    let changed = 0;
    const windowsOf = windowsLoader(tx);
    for (const row of rows) {
      const patch = await patchFor(windowsOf, row, input.changes, now);
      if (!Object.keys(patch).length) continue;
      await applyPatch(tx, editor, row, patch, "item.bulk_update", now);
      changed++;
    }
    return { changed, missing: input.ids.length - rows.length };
  });
}

export async function createItem(db: Db, editor: Editor, fields: ItemChanges & { title: string; projectId: string }) {
  return db.transaction(async (tx) => {
    await assertRefs(tx, fields);
    // The same per-project lock as imports, so a new key never races an import's keys.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${fields.projectId}))`);
    const keys = await tx
      .select({ key: backlogItems.key })
      .from(backlogItems)
      .where(and(eq(backlogItems.projectId, fields.projectId), sql`${backlogItems.key} ~ '^T-[0-9]+$'`));
    const key = keyAllocator(keys.map((k) => k.key))();
    const now = new Date();
    const derived = deriveTransitionSafe({ status: "not_started", priority: null, blockedReason: null, startedAt: null, completedAt: null, triagedAt: null }, fields, now);
    const sla =
      fields.priority && fields.dueAt === undefined
        ? afterPriorityChange({ windowStart: null, dueAt: null, overridden: false }, fields.priority, await loadWindows(tx, fields.projectId), now)
        : { windowStart: null, dueAt: fields.dueAt ?? null };
    const [row] = await tx
      .insert(backlogItems)
      .values({ description: "", categoryPath: [], ...fields, ...derived, dueAt: sla.dueAt, slaStartedAt: sla.windowStart, key, updatedBy: editor.id, createdAt: now, updatedAt: now })
      .returning();
    await appendAudit(tx, editor, { action: "item.create", entityType: "item", entityId: row!.id, after: { key, ...fields, ...derived } });
    await publishChange(tx, { type: "item", id: row!.id, projectId: row!.projectId, version: row!.version, by: editor.id });
    return itemValues(row!);
  });
}

function deriveTransitionSafe(...args: Parameters<typeof deriveTransition>) {
  try {
    return deriveTransition(...args);
  } catch (e) {
    if (e instanceof TransitionError) fail("invalid", e.message, { fieldErrors: { [e.field]: [e.message] } });
    throw e;
  }
}

export async function deleteItem(db: Db, editor: Editor, input: { id: string; version: number }) {
  return db.transaction(async (tx) => {
    const row = await lockItem(tx, input.id);
    if (row.version !== input.version) return conflict(tx, row);
    await tx.delete(backlogItems).where(eq(backlogItems.id, row.id));
    await appendAudit(tx, editor, { action: "item.delete", entityType: "item", entityId: row.id, before: itemValues(row) });
    await publishChange(tx, { type: "item.deleted", id: row.id, projectId: row.projectId, by: editor.id });
    return { id: row.id, key: row.key };
  });
}

/** Ticks or unticks one checklist entry; recorded in the item's history. */
export async function setChecklistDone(db: Db, editor: Editor, input: { entryId: string; done: boolean }) {
  return db.transaction(async (tx) => {
    const [entry] = await tx.select().from(checklistItems).where(eq(checklistItems.id, input.entryId)).for("update");
    if (!entry) return fail("not_found", "That checklist entry no longer exists.");
    const rule = readRule(entry.metricRule);
    if (rule) return fail("conflict", `“${entry.text}” follows the metric ${rule.metricKey}: it ticks itself from the latest value. Unlink the rule to tick it by hand.`);
    if (entry.done === input.done) return { id: entry.id, done: entry.done };
    await tx
      .update(checklistItems)
      .set({ done: input.done, doneAt: input.done ? new Date() : null, doneBy: input.done ? editor.id : null })
      .where(eq(checklistItems.id, entry.id));
    await appendAudit(tx, editor, {
      action: input.done ? "item.checklist_tick" : "item.checklist_untick",
      entityType: "item",
      entityId: entry.itemId,
      before: { [entry.kind]: { text: entry.text, done: entry.done } },
      after: { [entry.kind]: { text: entry.text, done: input.done } },
    });
    const [item] = await tx.select({ projectId: backlogItems.projectId, version: backlogItems.version }).from(backlogItems).where(eq(backlogItems.id, entry.itemId));
    await publishChange(tx, { type: "item", id: entry.itemId, projectId: item!.projectId, version: item!.version, by: editor.id });
    return { id: entry.id, done: input.done };
  });
}

export async function addChecklistEntry(db: Db, editor: Editor, input: { itemId: string; kind: "acceptance" | "action" | "file"; text: string }) {
  return db.transaction(async (tx) => {
    const [item] = await tx.select({ projectId: backlogItems.projectId, version: backlogItems.version }).from(backlogItems).where(eq(backlogItems.id, input.itemId));
    if (!item) return fail("not_found", "That item no longer exists.");
    const [{ next }] = (await tx
      .select({ next: sql<number>`coalesce(max(${checklistItems.position}) + 1, 0)::int` })
      .from(checklistItems)
      .where(and(eq(checklistItems.itemId, input.itemId), eq(checklistItems.kind, input.kind)))) as [{ next: number }];
    const [entry] = await tx.insert(checklistItems).values({ itemId: input.itemId, kind: input.kind, text: input.text, position: next }).returning();
    await appendAudit(tx, editor, { action: "item.checklist_add", entityType: "item", entityId: input.itemId, after: { [input.kind]: { text: input.text } } });
    await publishChange(tx, { type: "item", id: input.itemId, projectId: item.projectId, version: item.version, by: editor.id });
    return { id: entry!.id };
  });
}

export async function removeChecklistEntry(db: Db, editor: Editor, input: { entryId: string }) {
  return db.transaction(async (tx) => {
    const [entry] = await tx.delete(checklistItems).where(eq(checklistItems.id, input.entryId)).returning();
    if (!entry) return fail("not_found", "That checklist entry no longer exists.");
    await appendAudit(tx, editor, { action: "item.checklist_remove", entityType: "item", entityId: entry.itemId, before: { [entry.kind]: { text: entry.text, done: entry.done } } });
    const [item] = await tx.select({ projectId: backlogItems.projectId, version: backlogItems.version }).from(backlogItems).where(eq(backlogItems.id, entry.itemId));
    if (item) await publishChange(tx, { type: "item", id: entry.itemId, projectId: item.projectId, version: item.version, by: editor.id });
    return { id: entry.id };
  });
}

export async function addComment(db: Db, editor: Editor, input: { itemId: string; body: string }) {
  return db.transaction(async (tx) => {
    const [item] = await tx.select({ projectId: backlogItems.projectId, version: backlogItems.version }).from(backlogItems).where(eq(backlogItems.id, input.itemId));
    if (!item) return fail("not_found", "That item no longer exists.");
    const [row] = await tx.insert(comments).values({ itemId: input.itemId, authorId: editor.id, body: input.body }).returning({ id: comments.id, createdAt: comments.createdAt });
    await publishChange(tx, { type: "item", id: input.itemId, projectId: item.projectId, version: item.version, by: editor.id });
    return { id: row!.id, createdAt: row!.createdAt.toISOString() };
  });
}

/** Links two items of any project by key ("P1-010" in this project, or "slug/P1-010" elsewhere). */
export async function linkItems(db: Db, editor: Editor, input: { itemId: string; kind: "blocks" | "relates"; target: string }) {
  return db.transaction(async (tx) => {
    const [from] = await tx.select({ projectId: backlogItems.projectId, version: backlogItems.version }).from(backlogItems).where(eq(backlogItems.id, input.itemId));
    if (!from) return fail("not_found", "That item no longer exists.");
    const [slug, key] = input.target.includes("/") ? input.target.split("/", 2) : [null, input.target];
    const [to] = await tx
      .select({ id: backlogItems.id })
      .from(backlogItems)
      .innerJoin(projects, eq(projects.id, backlogItems.projectId))
      .where(and(sql`upper(${backlogItems.key}) = upper(${key!.trim()})`, slug ? eq(projects.slug, slug) : eq(backlogItems.projectId, from.projectId)))
      .limit(1);
    if (!to) return fail("invalid", `target: no item ${input.target}`, { fieldErrors: { target: ["no such item"] } });
    if (to.id === input.itemId) return fail("invalid", "target: an item cannot link to itself", { fieldErrors: { target: ["same item"] } });
    const [link] = await tx.insert(itemLinks).values({ fromItemId: input.itemId, kind: input.kind, toItemId: to.id, createdBy: editor.id }).returning({ id: itemLinks.id });
    await appendAudit(tx, editor, { action: "item.link", entityType: "item", entityId: input.itemId, after: { [input.kind]: input.target } });
    await publishChange(tx, { type: "item", id: input.itemId, projectId: from.projectId, version: from.version, by: editor.id });
    return { id: link!.id };
  });
}

export async function unlinkItems(db: Db, editor: Editor, input: { linkId: string }) {
  return db.transaction(async (tx) => {
    const [link] = await tx.delete(itemLinks).where(eq(itemLinks.id, input.linkId)).returning();
    if (!link) return fail("not_found", "That link no longer exists.");
    await appendAudit(tx, editor, { action: "item.unlink", entityType: "item", entityId: link.fromItemId, before: { [link.kind]: link.toItemId ?? link.runbookId } });
    return { id: link.id };
  });
}
