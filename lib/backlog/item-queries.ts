import "server-only";
import { and, asc, desc, eq, getTableColumns, inArray, ne, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "@/db";
import { apiTokens, auditLog, backlogItems, checklistItems, comments, itemLinks, metrics, projects, runbooks, users } from "@/db/schema";
import { idsNamedBy } from "@/lib/domain/audit-refs";
import { readAuditRecord, type AuditRecord } from "@/lib/domain/audit-record";
import { itemValues, type ItemValues } from "./writer/items";

// Everything the item page shows, in a constant number of queries however long the item's
// checklists, comments, links or history are: one for the item, then four in parallel, plus one
// to name the people an assignee change mentions.

// The pickers (assignees, projects) are the backlog table's too: option-queries.ts.

/** History is capped: an item edited thousands of times still opens quickly. */
export const HISTORY_LIMIT = 200;

const assignee = alias(users, "assignee");
const editor = alias(users, "editor");
const other = alias(backlogItems, "other");
const otherProject = alias(projects, "other_project");

export type ItemDetail = NonNullable<Awaited<ReturnType<typeof getItemDetail>>>;
export type ChecklistKind = "acceptance" | "action" | "file";
export type ChecklistEntry = ItemDetail["checklist"][ChecklistKind][number];
export type ItemLinkRow = ItemDetail["links"][number];
export type HistoryRow = ItemDetail["history"][number];

function omit<T extends object, K extends keyof T>(obj: T, keys: readonly K[]): Omit<T, K> {
  return Object.fromEntries(Object.entries(obj).filter(([k]) => !(keys as readonly PropertyKey[]).includes(k))) as Omit<T, K>;
}

// The search vector and import bookkeeping are internal (and large); the page never needs them.
const ITEM_COLUMNS = omit(getTableColumns(backlogItems), ["searchVector", "importSnapshot", "checklistText"]);

async function loadItem(db: Db, projectSlug: string, key: string) {
  const [row] = await db
    .select({
      ...ITEM_COLUMNS,
      projectSlug: projects.slug,
      projectName: projects.name,
      assigneeName: assignee.name,
      updatedByName: editor.name,
    })
    .from(backlogItems)
    .innerJoin(projects, eq(projects.id, backlogItems.projectId))
    .leftJoin(assignee, eq(assignee.id, backlogItems.assigneeId))
    .leftJoin(editor, eq(editor.id, backlogItems.updatedBy))
    // Keys are case-sensitive as stored: P0-006 and p0-006 may be different items.
    .where(and(eq(projects.slug, projectSlug), eq(backlogItems.key, key)))
    .limit(1);
  return row ?? null;
}

function loadChecklist(db: Db, itemId: string) {
  return db
    .select({
      id: checklistItems.id,
      kind: checklistItems.kind,
      text: checklistItems.text,
      done: checklistItems.done,
      position: checklistItems.position,
      doneAt: checklistItems.doneAt,
      doneByName: users.name,
      metricRule: checklistItems.metricRule,
    })
    .from(checklistItems)
    .leftJoin(users, eq(users.id, checklistItems.doneBy))
    .where(eq(checklistItems.itemId, itemId))
    .orderBy(asc(checklistItems.kind), asc(checklistItems.position), asc(checklistItems.id));
}

const commentAdded = alias(auditLog, "comment_added");
const commentToken = alias(apiTokens, "comment_token");

/** A token's comment has no author id (a token is no user): its name comes from the comment's history row. */
function loadComments(db: Db, itemId: string) {
  return db
    .select({
      id: comments.id,
      body: comments.body,
      createdAt: comments.createdAt,
      updatedAt: comments.updatedAt,
      editedAt: comments.editedAt,
      authorId: comments.authorId,
      authorName: sql<string | null>`coalesce(${users.name}, 'API token ''' || ${commentToken.name} || '''')`,
    })
    .from(comments)
    .leftJoin(users, eq(users.id, comments.authorId))
    .leftJoin(
      commentAdded,
      and(
        sql`${comments.authorId} is null`,
        eq(commentAdded.entityType, "item"),
        eq(commentAdded.entityId, itemId),
        eq(commentAdded.action, "item.comment_add"),
        eq(commentAdded.actorType, "token"),
        sql`${commentAdded.after}->>'commentId' = ${comments.id}::text`,
      ),
    )
    .leftJoin(commentToken, eq(commentToken.id, commentAdded.actorId))
    .where(eq(comments.itemId, itemId))
    .orderBy(asc(comments.createdAt), asc(comments.id));
}

/** Links in both directions; `direction` says whether this item is the link's source or target. */
async function loadLinks(db: Db, itemId: string) {
  const outgoing = eq(itemLinks.fromItemId, itemId);
  const rows = await db
    .select({
      id: itemLinks.id,
      kind: itemLinks.kind,
      outgoing: sql<boolean>`${outgoing}`,
      createdAt: itemLinks.createdAt,
      itemKey: other.key,
      itemTitle: other.title,
      itemStatus: other.status,
      itemProjectSlug: otherProject.slug,
      runbookSlug: runbooks.slug,
      runbookTitle: runbooks.title,
      metricKey: metrics.key,
      metricName: metrics.name,
    })
    .from(itemLinks)
    // The other end: the target of an outgoing link, the source of an incoming one.
    .leftJoin(other, sql`${other.id} = case when ${outgoing} then ${itemLinks.toItemId} else ${itemLinks.fromItemId} end`)
    .leftJoin(otherProject, eq(otherProject.id, other.projectId))
    .leftJoin(runbooks, eq(runbooks.id, itemLinks.runbookId))
    .leftJoin(metrics, eq(metrics.id, itemLinks.metricId))
    .where(or(outgoing, eq(itemLinks.toItemId, itemId)))
    .orderBy(asc(itemLinks.createdAt), asc(itemLinks.id));
  return rows.map(({ outgoing: isOut, ...r }) => ({ ...r, direction: isOut ? ("outgoing" as const) : ("incoming" as const) }));
}

/** The item's history, newest first, each row read back as its action's record. */
async function loadHistory(db: Db, itemId: string) {
  const rows = await db
    .select({
      id: auditLog.id,
      action: auditLog.action,
      entityType: auditLog.entityType,
      at: auditLog.at,
      // A user by their name, a token by its name; the account or token may have been deleted
      // since, and the label recorded at the time still says who.
      actorName: sql<string>`coalesce(${users.name}, 'API token “' || ${apiTokens.name} || '”', case ${auditLog.actorLabel} when 'system:github' then 'GitHub' else ${auditLog.actorLabel} end)`,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .leftJoin(users, and(eq(auditLog.actorType, "user"), eq(users.id, auditLog.actorId)))
    .leftJoin(apiTokens, and(eq(auditLog.actorType, "token"), eq(apiTokens.id, auditLog.actorId)))
    // A comment is in the thread beside it: its audit row (which names a token author) would say it twice.
    .where(and(eq(auditLog.entityType, "item"), eq(auditLog.entityId, itemId), ne(auditLog.action, "item.comment_add")))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(HISTORY_LIMIT);
  return rows.map(({ id, at, actorName, ...stored }) => ({ id, at, actorName, record: readAuditRecord(stored) }));
}

/** Names of the users an assignee change mentions (including disabled ones), in one query. */
async function namesForHistory(db: Db, history: { record: AuditRecord }[]): Promise<Record<string, string>> {
  const ids = new Set<string>();
  for (const h of history) for (const [kind, id] of idsNamedBy(h.record)) if (kind === "user") ids.add(id);
  if (!ids.size) return {};
  const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, [...ids]));
  return Object.fromEntries(rows.map((r) => [r.id, r.name]));
}

/** The item `key` of project `projectSlug` with everything its page shows, or null. */
export async function getItemDetail(db: Db, projectSlug: string, key: string) {
  const item = await loadItem(db, projectSlug, key);
  if (!item) return null;
  const [entries, commentRows, links, history] = await Promise.all([loadChecklist(db, item.id), loadComments(db, item.id), loadLinks(db, item.id), loadHistory(db, item.id)]);
  const checklist: Record<ChecklistKind, Omit<(typeof entries)[number], "kind">[]> = { acceptance: [], action: [], file: [] };
  for (const { kind, ...entry } of entries) checklist[kind].push(entry);
  return { item, checklist, comments: commentRows, links, history, userNames: await namesForHistory(db, history) };
}

/** An item as the API's writes answer it (GET /api/v1/items/{id}), or null. */
export async function itemValuesById(db: Db, id: string): Promise<ItemValues | null> {
  const [row] = await db.select().from(backlogItems).where(eq(backlogItems.id, id));
  return row ? itemValues(row) : null;
}
