import { timeAgo } from "@/lib/time/format";
import { and, desc, eq, sql } from "drizzle-orm";
import type { Tx } from "@/db";
import { insertJsonRows } from "@/db/insert-json";
import { apiTokens, auditLog, backlogItems, projects, users, type BacklogItem } from "@/db/schema";
import { appendAuditRows, auditWho, type AuditEvent, type AuditRow } from "@/lib/audit-log/append";
import { userIdOf, type Actor } from "@/lib/domain/actors";
import { ITEM_HISTORY_FIELDS, type AuditAfterInput, type AuditSides } from "@/lib/domain/audit-payloads";
import { publishChange } from "@/lib/live/publish";
import { notifyItemWrites } from "@/lib/notify/item-events-service";
import { webhookItemWrites } from "@/lib/webhooks/item-events-service";
import { afterPolicyChange, afterPriorityChange, afterReopen, type SlaWindows } from "@/lib/sla/due";
import { loadWindows } from "@/lib/sla/queries";
import { fail } from "@/lib/result";
import type { ItemChanges } from "../schemas";
import { deriveTransition, TransitionError, type ItemState } from "../transitions";
import { isClosed } from "@/lib/domain/items";

// The one writer of backlog_items. Whoever changes an item (a person in a form, the triage inbox,
// the REST API, a bulk edit, an import, a policy change) comes through here, so every change gets
// the same status timestamps (transitions.ts), the same SLA clock (lib/sla/due.ts), a version
// bump, a history row, a NOTIFY and the same inbox entries for the people it concerns (lib/notify). Callers decide what to change and lock or version-check the
// rows they read; this module decides what else follows. checklist.ts and due-dates.ts are the
// writers of the item's checklist and of policy-driven due dates. A test (writer.boundary.test.ts)
// fails if any other module writes these tables.

/** The fields a history row and a conflict report carry: the history's item fields (lib/domain/audit-payloads.ts), columns of the table. */
export const TRACKED = ITEM_HISTORY_FIELDS satisfies readonly (keyof BacklogItem)[];

export type Tracked = (typeof TRACKED)[number];

/** Some of an item's fields, as the row has them (what a change sets, and what they were). */
type Patch = Partial<Pick<BacklogItem, Tracked>>;
const put = <K extends Tracked>(patch: Patch, field: K, value: BacklogItem[K]) => {
  patch[field] = value;
};

/** An item's fields as JSON has them: times as ISO strings. */
type Stored<V> = V extends Date ? string : V;
export type ItemValues = { id: string; key: string; version: number; updatedAt: string } & { [F in Tracked]: Stored<BacklogItem[F]> };

const comparable = (v: unknown) => (v instanceof Date ? v.toISOString() : JSON.stringify(v ?? null));

/** The public shape of an item after a write (what forms need to continue editing). */
export function itemValues(row: BacklogItem): ItemValues {
  const out: Record<string, unknown> = { id: row.id, key: row.key, version: row.version, updatedAt: row.updatedAt.toISOString() };
  for (const f of TRACKED) out[f] = row[f] instanceof Date ? (row[f] as Date).toISOString() : row[f];
  return out as ItemValues;
}

/** "Changed by Ada Lovelace 3 minutes ago", with the current values for the form to offer (which prints the time in the reader's zone). */
export async function refuseStale(tx: Tx, row: BacklogItem): Promise<never> {
  const [who] = row.updatedBy ? await tx.select({ name: users.name }).from(users).where(eq(users.id, row.updatedBy)) : [];
  const name = who?.name ?? (await tokenThatChanged(tx, row)) ?? (row.sourceImportId ? "an import" : "someone else");
  return fail("conflict", `Changed by ${name} ${timeAgo(row.updatedAt)}. Review the current values and apply your change again.`, {
    current: { ...itemValues(row), updatedByName: name },
  });
}

/** A token stores no user in updated_by: the item's latest history row says whether one made the change. */
async function tokenThatChanged(tx: Tx, row: BacklogItem): Promise<string | null> {
  if (row.updatedBy) return null;
  const [last] = await tx
    .select({ actorType: auditLog.actorType, token: apiTokens.name })
    .from(auditLog)
    .leftJoin(apiTokens, eq(apiTokens.id, auditLog.actorId))
    .where(and(eq(auditLog.entityType, "item"), eq(auditLog.entityId, row.id)))
    .orderBy(desc(auditLog.id))
    .limit(1);
  return last?.actorType === "token" && last.token ? `API token '${last.token}'` : null;
}

export type WindowsOf = (projectId: string) => Promise<SlaWindows>;

/** Loads each project's windows once per transaction (a bulk edit touches many items of few projects). */
export function windowsLoader(tx: Tx): WindowsOf {
  const seen = new Map<string, Promise<SlaWindows>>();
  return (projectId) => {
    if (!seen.has(projectId)) seen.set(projectId, loadWindows(tx, projectId));
    return seen.get(projectId)!;
  };
}

function transition(before: ItemState, changes: ItemChanges, now: Date) {
  try {
    return deriveTransition(before, changes, now);
  } catch (e) {
    if (e instanceof TransitionError) fail("invalid", e.message, { fieldErrors: { [e.field]: [e.message] } });
    throw e;
  }
}

/** The SLA clock's move for this change: triage, re-prioritisation, reopen or another project. */
async function slaFor(windowsOf: WindowsOf, row: BacklogItem, changes: ItemChanges, now: Date): Promise<Partial<BacklogItem>> {
  if (changes.dueAt !== undefined) return {}; // the lead sets the due date by hand
  // Clearing the reason withdraws an override: the due date goes back to the policy's.
  const withdrawn = changes.dueOverrideReason === null && !!row.dueOverrideReason;
  const current = { windowStart: row.slaStartedAt, dueAt: row.dueAt, overridden: !!row.dueOverrideReason && !withdrawn };
  const priority = changes.priority !== undefined ? changes.priority : row.priority;
  const reopened = changes.status !== undefined && isClosed(row.status) && !isClosed(changes.status);
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

/** The changed fields of `changes` (plus what follows from them) against `row`; empty when nothing changes. */
async function patchFor(windowsOf: WindowsOf, row: BacklogItem, changes: ItemChanges, now: Date): Promise<Patch> {
  const next: Patch = { ...changes, ...transition(row, changes, now), ...(await slaFor(windowsOf, row, changes, now)) };
  const patch: Patch = {};
  for (const field of TRACKED) {
    const value = next[field];
    if (value !== undefined && comparable(row[field]) !== comparable(value)) put(patch, field, value);
  }
  return patch;
}

/** A field change's history sides: the changed fields as they were, and as they are now. */
function changedSides(row: BacklogItem, patch: Patch): AuditSides<FieldChangeAction> {
  const before: Patch = {};
  for (const field of Object.keys(patch) as Tracked[]) put(before, field, row[field]);
  return { before, after: patch };
}

async function assertKeyFree(tx: Tx, projectId: string, key: string) {
  const [clash] = await tx
    .select({ slug: projects.slug })
    .from(backlogItems)
    .innerJoin(projects, eq(projects.id, backlogItems.projectId))
    .where(and(eq(backlogItems.projectId, projectId), eq(backlogItems.key, key)));
  if (clash) fail("conflict", `Project: ${clash.slug} already has an item ${key}; it cannot move there.`, { fieldErrors: { projectId: [`${clash.slug} already has an item ${key}`] } });
}

/** One NOTIFY for the write: the item and its new version, or the ids of many. */
async function announce(tx: Tx, actor: Actor, rows: Pick<BacklogItem, "id" | "projectId" | "version">[]) {
  const by = userIdOf(actor);
  if (rows.length === 1) await publishChange(tx, { type: "item", id: rows[0]!.id, projectId: rows[0]!.projectId, version: rows[0]!.version, by });
  else if (rows.length > 1) await publishChange(tx, { type: "items", ids: rows.map((r) => r.id), by });
}

/** Where an import found the item: kept with it for the next re-import, not part of its history. */
export type ImportSource = Pick<BacklogItem, "importSnapshot" | "sourceImportId" | "sourceLine"> & Partial<Pick<BacklogItem, "priorityLabel">>;

/** A person's change, recorded as the fields that changed. */
export type FieldChangeAction = "item.update" | "item.status" | "item.bulk_update";
/** An import's change, recorded as the caller words it: the document's own fields and its checklist. */
export type WordedChangeAction = "item.import_update" | "item.import_missing";

export type ItemUpdate<A extends FieldChangeAction | WordedChangeAction = FieldChangeAction> = {
  /** The row as the caller read it (locked, or to be version-checked here). */
  row: BacklogItem;
  changes: ItemChanges;
  source?: ImportSource;
} & (A extends WordedChangeAction
  ? {
      /**
       * The history entry's sides, in the caller's words. Given them, the item is written (and its
       * version bumped) even if no field of `changes` differs, e.g. only its checklist changed.
       */
      audit: AuditSides<A>;
    }
  : { audit?: never });

export interface UpdateOptions<A extends FieldChangeAction | WordedChangeAction> {
  /** The history row's action (item.update, item.status, item.bulk_update, item.import_update…). */
  action: A;
  now?: Date;
  /** What a row whose version moved since it was read gets: by default the "changed by…" refusal. */
  onStale?: (row: BacklogItem) => Promise<never>;
  windowsOf?: WindowsOf;
}

/**
 * Applies each update to its row if the row is still at the version read: status timestamps and
 * the SLA clock follow, the version goes up, one history row per item, one NOTIFY for the lot.
 * Rows with nothing to change are left alone. Returns the rows as written.
 */
export async function updateItems<A extends FieldChangeAction | WordedChangeAction>(tx: Tx, actor: Actor, updates: ItemUpdate<A>[], options: UpdateOptions<A>): Promise<BacklogItem[]> {
  const now = options.now ?? new Date();
  const windowsOf = options.windowsOf ?? windowsLoader(tx);
  const audit: AuditRow[] = [];
  const written: BacklogItem[] = [];
  for (const { row, changes, source, audit: wording } of updates) {
    const patch = await patchFor(windowsOf, row, changes, now);
    if (!Object.keys(patch).length && !wording) continue;
    if (patch.projectId) await assertKeyFree(tx, patch.projectId, row.key);
    const [updated] = await tx
      .update(backlogItems)
      .set({ ...patch, ...source, version: sql`${backlogItems.version} + 1`, updatedAt: now, updatedBy: userIdOf(actor) })
      .where(and(eq(backlogItems.id, row.id), eq(backlogItems.version, row.version)))
      .returning();
    if (!updated) await (options.onStale ?? ((r) => refuseStale(tx, r)))(row);
    written.push(updated!);
    // ItemUpdate<A> has wording exactly when A is worded, so these are A's sides.
    const event = { action: options.action, entityType: "item", entityId: row.id, ...(wording ?? changedSides(row, patch)) } as AuditEvent<A>;
    audit.push({ ...auditWho(actor), ...event });
  }
  await appendAuditRows(tx, audit);
  await announce(tx, actor, written);
  const before = new Map(updates.map((u) => [u.row.id, u.row]));
  const writes = written.map((after) => ({ before: before.get(after.id)!, after }));
  await notifyItemWrites(tx, actor, writes);
  await webhookItemWrites(tx, actor, writes, now);
  return written;
}

/** Remembers where an import found an unchanged item; not a change to the item (no version, no history). */
export async function recordImportSource(tx: Tx, id: string, source: Partial<ImportSource>) {
  await tx.update(backlogItems).set(source).where(eq(backlogItems.id, id));
}

const BLANK: ItemState = { status: "not_started", priority: null, blockedReason: null, startedAt: null, completedAt: null, triagedAt: null };

export type NewItem = ItemChanges & {
  projectId: string;
  key: string;
  title: string;
  source?: ImportSource;
};

export interface InsertOptions {
  now?: Date;
  windowsOf?: WindowsOf;
  /**
   * History: one "item.create" row per item, or one row the caller words for the whole batch
   * (an import's "created 10,000 items", whose items point at the import by source_import_id).
   */
  audit: "each" | AuditEvent;
}

const INSERT_CHUNK = 1000;

/**
 * Creates items with the timestamps and SLA clock their first status and priority give them (as if
 * triaged now; a closed item has no due date), a history row, and a NOTIFY. Keys are the caller's
 * (allocated under the project's advisory lock). Returns id, key, project and version of each.
 */
export async function insertItems(tx: Tx, actor: Actor, items: NewItem[], options: InsertOptions) {
  const now = options.now ?? new Date();
  const windowsOf = options.windowsOf ?? windowsLoader(tx);
  const rows: (typeof backlogItems.$inferInsert)[] = [];
  const history: AuditAfterInput<"item.create">[] = [];
  for (const { source, ...fields } of items) {
    const derived = transition(BLANK, fields, now);
    history.push({ ...fields, ...derived });
    const status = fields.status ?? "not_started";
    const priority = fields.priority ?? null;
    const clock =
      fields.dueAt !== undefined
        ? { windowStart: null, dueAt: fields.dueAt }
        : priority && !isClosed(status)
          ? afterPriorityChange({ windowStart: null, dueAt: null, overridden: false }, priority, await windowsOf(fields.projectId), now)
          : { windowStart: priority ? now : null, dueAt: null };
    rows.push({ description: "", categoryPath: [], ...fields, ...derived, ...source, slaStartedAt: clock.windowStart, dueAt: clock.dueAt, updatedBy: userIdOf(actor), createdAt: now, updatedAt: now });
  }
  const created: { id: string; key: string; project_id: string; version: number }[] = [];
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    created.push(...(await insertJsonRows<typeof backlogItems, (typeof created)[number]>(tx, backlogItems, rows.slice(i, i + INSERT_CHUNK), ["id", "key", "project_id", "version"])));
  }
  const byKey = new Map(created.map((c) => [`${c.project_id}\u0000${c.key}`, c]));
  // In the callers' order (the database returns inserted rows in no promised order).
  const out = items.map((item) => {
    const c = byKey.get(`${item.projectId}\u0000${item.key}`)!;
    return { id: c.id, key: c.key, projectId: c.project_id, version: c.version };
  });
  const who = auditWho(actor);
  if (options.audit === "each") {
    await appendAuditRows(
      tx,
      history.map((after, i) => ({ ...who, action: "item.create" as const, entityType: "item", entityId: out[i]!.id, after })),
    );
  } else if (out.length) {
    await appendAuditRows(tx, [{ ...who, ...options.audit }]);
  }
  await announce(tx, actor, out);
  // A person creating an item watches it; an import's items are followed through their project.
  const facts = rows.map((r, i) => ({
    id: out[i]!.id,
    projectId: r.projectId,
    key: r.key,
    title: r.title,
    description: r.description ?? "",
    status: r.status ?? "not_started",
    priority: r.priority ?? null,
    dueAt: r.dueAt ?? null,
    assigneeId: r.assigneeId ?? null,
  }));
  await notifyItemWrites(tx, actor, facts.map((after) => ({ before: null, after })), { creatorWatches: options.audit === "each" });
  await webhookItemWrites(tx, actor, facts.map((after) => ({ before: null, after })), now);
  return out;
}

/** Deletes an item (its checklist, comments and links go with it by cascade), with a history row and a NOTIFY. */
export async function removeItem(tx: Tx, actor: Actor, row: BacklogItem) {
  await tx.delete(backlogItems).where(eq(backlogItems.id, row.id));
  await appendAuditRows(tx, [{ ...auditWho(actor), action: "item.delete", entityType: "item", entityId: row.id, before: itemValues(row) }]);
  await publishChange(tx, { type: "item.deleted", id: row.id, projectId: row.projectId, by: userIdOf(actor) });
}

/**
 * A change around the item that is not a field of it (a checklist entry, a comment, a link) still
 * changes what its page shows: announced with the item's current version.
 */
export async function announceItem(tx: Tx, actor: Actor | null, itemId: string) {
  const [item] = await tx.select({ id: backlogItems.id, projectId: backlogItems.projectId, version: backlogItems.version }).from(backlogItems).where(eq(backlogItems.id, itemId));
  if (item) await publishChange(tx, { type: "item", id: item.id, projectId: item.projectId, version: item.version, by: userIdOf(actor) });
}
