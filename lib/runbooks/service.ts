import { timeAgo } from "@/lib/time/format";
import "server-only";
import { and, asc, eq, like, or, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { backlogItems, checklistItems, itemLinks, metrics, projects, runbookMetrics, runbookReviews, runbookRevisions, runbooks, users, type Runbook } from "@/db/schema";
import { appendAudit } from "@/lib/audit-log/append";
import { notifyRunbookNote } from "@/lib/notify/item-events-service";
import type { UserActor } from "@/lib/domain/actors";
import { fail } from "@/lib/result";
import { draftFromItem } from "./draft-from-item";
import { readRunbookFile } from "./off-thread";
import type { CreateRunbookInput, RunbookMeta, SaveRunbookInput } from "./schemas";
import { slugBase } from "./slug";

// Every write to a runbook's text and metadata: one transaction, a version check against lost
// updates, a new revision for every change of the body (old ones are never altered), and an audit
// row. Drills live in drill-service.ts.

/** Runbooks are written by people: each revision has an author, each runbook an owner. */
export type Editor = UserActor;

const META = ["title", "service", "ownerId", "projectId", "reviewIntervalDays", "draft"] as const satisfies readonly (keyof Runbook)[];
type Meta = (typeof META)[number];
type MetaPatch = Partial<Pick<Runbook, Meta>>;
const put = <K extends Meta>(patch: MetaPatch, field: K, value: Runbook[K]) => {
  patch[field] = value;
};

export async function lockRunbook(tx: Tx, id: string): Promise<Runbook> {
  const [row] = await tx.select().from(runbooks).where(eq(runbooks.id, id)).for("update");
  return row ?? fail("not_found", "That runbook no longer exists; it may have been deleted.");
}

async function currentBody(tx: Tx, row: Runbook): Promise<string> {
  if (row.currentRevision === 0) return "";
  const [rev] = await tx
    .select({ body: runbookRevisions.body })
    .from(runbookRevisions)
    .where(and(eq(runbookRevisions.runbookId, row.id), eq(runbookRevisions.revision, row.currentRevision)));
  return rev?.body ?? "";
}

/** "Saved by Ada Lovelace 3 minutes ago (revision 4)", with the text the editor now has to merge with. */
async function conflict(tx: Tx, row: Runbook): Promise<never> {
  const [who] = row.updatedBy ? await tx.select({ name: users.name }).from(users).where(eq(users.id, row.updatedBy)) : [];
  const name = who?.name ?? "someone else";
  return fail("conflict", `Saved by ${name} ${timeAgo(row.updatedAt)} (revision ${row.currentRevision}) while you were editing. Your text is kept below; compare and save again.`, {
    current: { version: row.version, revision: row.currentRevision, body: await currentBody(tx, row), title: row.title, updatedByName: name },
  });
}

async function assertRefs(tx: Tx, meta: Partial<RunbookMeta>) {
  if (meta.ownerId) {
    const [u] = await tx.select({ disabled: users.disabled }).from(users).where(eq(users.id, meta.ownerId));
    if (!u || u.disabled) fail("invalid", "Owner: choose an active user from the list.", { fieldErrors: { ownerId: ["choose an active user from the list"] } });
  }
  if (meta.projectId) {
    const [p] = await tx.select({ id: projects.id }).from(projects).where(eq(projects.id, meta.projectId));
    if (!p) fail("invalid", "Project: that project no longer exists.", { fieldErrors: { projectId: ["that project no longer exists"] } });
  }
}

/** A readable, unique URL name: "harness-service-runbook", then "-2", "-3" for later namesakes (rules in slug.ts). */
async function freeSlug(tx: Tx, title: string): Promise<string> {
  const base = slugBase(title);
  // Serialise slug choice so two runbooks created at once with one title do not both pick "-2".
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('runbook-slug'))`);
  const taken = new Set(
    (await tx.select({ slug: runbooks.slug }).from(runbooks).where(or(eq(runbooks.slug, base), like(runbooks.slug, `${base}-%`)))).map((r) => r.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

async function insertRevision(tx: Tx, editor: Editor, runbookId: string, revision: number, body: string, note: string) {
  await tx.insert(runbookRevisions).values({ runbookId, revision, body, note, authorId: editor.userId });
  // A change note may @mention someone ("@Lee Lead please check the rollback").
  if (note.includes("@")) {
    const [rb] = await tx.select({ id: runbooks.id, slug: runbooks.slug, title: runbooks.title }).from(runbooks).where(eq(runbooks.id, runbookId));
    if (rb) await notifyRunbookNote(tx, editor, rb, note);
  }
}

export async function createRunbook(db: Db | Tx, editor: Editor, input: CreateRunbookInput, linkItemId?: string) {
  const run = async (tx: Tx) => {
    await assertRefs(tx, input);
    const slug = await freeSlug(tx, input.title);
    const [row] = await tx
      .insert(runbooks)
      .values({
        slug,
        title: input.title,
        service: input.service,
        ownerId: input.ownerId ?? editor.userId,
        projectId: input.projectId,
        reviewIntervalDays: input.reviewIntervalDays,
        draft: input.draft,
        currentRevision: 1,
        createdBy: editor.userId,
        updatedBy: editor.userId,
      })
      .returning();
    await insertRevision(tx, editor, row!.id, 1, input.body, input.note || "Created");
    if (linkItemId) await tx.insert(itemLinks).values({ fromItemId: linkItemId, kind: "runbook", runbookId: row!.id, createdBy: editor.userId });
    await appendAudit(tx, editor, { action: "runbook.create", entityType: "runbook", entityId: row!.id, after: { slug, title: input.title, linkItemId } });
    return { id: row!.id, slug, version: row!.version, revision: 1 };
  };
  // Inside createFromItem's transaction this is a savepoint, so item and runbook land together.
  return db.transaction(run);
}

/**
 * Saves the editor's text and metadata if the runbook is still at `version`; a changed body becomes
 * the next revision. A save that changes nothing returns the runbook as it is.
 */
export async function saveRunbook(db: Db, editor: Editor, input: SaveRunbookInput) {
  return db.transaction(async (tx) => {
    const row = await lockRunbook(tx, input.id);
    if (row.version !== input.version) return conflict(tx, row);
    await assertRefs(tx, input);
    const bodyChanged = (await currentBody(tx, row)) !== input.body;
    const patch: MetaPatch = {};
    for (const f of META) if (row[f] !== input[f]) put(patch, f, input[f]);
    if (!bodyChanged && !Object.keys(patch).length) return { slug: row.slug, version: row.version, revision: row.currentRevision, changed: false };
    const revision = bodyChanged ? row.currentRevision + 1 : row.currentRevision;
    if (bodyChanged) await insertRevision(tx, editor, row.id, revision, input.body, input.note);
    const [updated] = await tx
      .update(runbooks)
      .set({ ...patch, currentRevision: revision, version: row.version + 1, updatedAt: new Date(), updatedBy: editor.userId })
      .where(eq(runbooks.id, row.id))
      .returning();
    const before: MetaPatch = {};
    for (const f of META) if (f in patch) put(before, f, row[f]);
    await appendAudit(tx, editor, { action: "runbook.save", entityType: "runbook", entityId: row.id, before, after: { ...patch, ...(bodyChanged ? { revision } : {}) } });
    return { slug: updated!.slug, version: updated!.version, revision, changed: true };
  });
}

/** An old text becomes the newest revision; the revisions in between stay in the history. */
export async function restoreRevision(db: Db, editor: Editor, input: { id: string; version: number; revision: number }) {
  return db.transaction(async (tx) => {
    const row = await lockRunbook(tx, input.id);
    if (row.version !== input.version) return conflict(tx, row);
    if (input.revision === row.currentRevision) fail("invalid", `Revision ${input.revision} is already the current text.`, { fieldErrors: { revision: ["already the current text"] } });
    const [old] = await tx
      .select({ body: runbookRevisions.body })
      .from(runbookRevisions)
      .where(and(eq(runbookRevisions.runbookId, row.id), eq(runbookRevisions.revision, input.revision)));
    if (!old) fail("not_found", `This runbook has no revision ${input.revision}.`, { fieldErrors: { revision: ["no such revision"] } });
    const revision = row.currentRevision + 1;
    await insertRevision(tx, editor, row.id, revision, old!.body, `Restored revision ${input.revision}`);
    const [updated] = await tx
      .update(runbooks)
      .set({ currentRevision: revision, version: row.version + 1, updatedAt: new Date(), updatedBy: editor.userId })
      .where(eq(runbooks.id, row.id))
      .returning();
    await appendAudit(tx, editor, { action: "runbook.restore", entityType: "runbook", entityId: row.id, after: { from: input.revision, revision } });
    return { slug: updated!.slug, version: updated!.version, revision };
  });
}

/** A lead confirms the current text is right; the next review falls due one interval later. */
export async function markReviewed(db: Db, editor: Editor, input: { id: string; revision: number; note: string }) {
  return db.transaction(async (tx) => {
    const row = await lockRunbook(tx, input.id);
    if (row.currentRevision !== input.revision) {
      fail("conflict", `Revision ${row.currentRevision} was saved after the one you read (${input.revision}). Read the current text, then mark it reviewed.`);
    }
    const now = new Date();
    await tx.insert(runbookReviews).values({ runbookId: row.id, revision: row.currentRevision, reviewedBy: editor.userId, reviewedAt: now, note: input.note });
    // The review is not an edit of the text, so it does not bump `version` (an open editor stays valid).
    await tx.update(runbooks).set({ lastReviewedAt: now, lastReviewedBy: editor.userId }).where(eq(runbooks.id, row.id));
    await appendAudit(tx, editor, { action: "runbook.review", entityType: "runbook", entityId: row.id, after: { revision: row.currentRevision, note: input.note } });
    return { reviewedAt: now.toISOString(), reviewedBy: editor.name };
  });
}

/** "Create runbook" on a backlog item: a draft whose scenarios come from the item's action items. */
export async function createFromItem(db: Db, editor: Editor, itemId: string) {
  return db.transaction(async (tx) => {
    const [item] = await tx
      .select({ id: backlogItems.id, key: backlogItems.key, title: backlogItems.title, description: backlogItems.description, projectId: backlogItems.projectId })
      .from(backlogItems)
      .where(eq(backlogItems.id, itemId));
    if (!item) fail("not_found", "That item no longer exists; it may have been deleted.");
    const actions = await tx
      .select({ text: checklistItems.text })
      .from(checklistItems)
      .where(and(eq(checklistItems.itemId, itemId), eq(checklistItems.kind, "action")))
      .orderBy(asc(checklistItems.position));
    const draft = draftFromItem({ key: item!.key, title: item!.title, description: item!.description, actionItems: actions.map((a) => a.text) });
    return createRunbook(
      tx,
      editor,
      { ...draft, service: "", ownerId: editor.userId, projectId: item!.projectId, reviewIntervalDays: 90, draft: true, note: `Drafted from ${item!.key}` },
      item!.id,
    );
  });
}

export async function importRunbook(db: Db, editor: Editor, input: { markdown: string; fileName?: string }) {
  const { title, body } = await readRunbookFile(input.markdown, input.fileName);
  return createRunbook(db, editor, { title, body, service: "", ownerId: editor.userId, projectId: null, reviewIntervalDays: 90, draft: false, note: `Imported${input.fileName ? ` from ${input.fileName}` : ""}` });
}

/** Finds the item a person typed: "P0-006" (unique across projects) or "project-slug/P0-006". */
async function resolveItem(tx: Tx, ref: string, preferProject: string | null) {
  const [slugPart, keyPart] = ref.includes("/") ? ref.split("/", 2) : [null, ref];
  const key = keyPart!.trim().toUpperCase();
  const rows = await tx
    .select({ id: backlogItems.id, projectId: backlogItems.projectId, slug: projects.slug })
    .from(backlogItems)
    .innerJoin(projects, eq(projects.id, backlogItems.projectId))
    .where(and(sql`upper(${backlogItems.key}) = ${key}`, slugPart ? eq(projects.slug, slugPart.trim()) : undefined));
  const match = rows.length > 1 ? rows.filter((r) => r.projectId === preferProject) : rows;
  if (match.length === 1) return match[0]!.id;
  if (!rows.length) return fail("invalid", `Item key to link: no item ${ref}.`, { fieldErrors: { item: [`no item ${ref}`] } });
  return fail("invalid", `Item key to link: ${key} exists in ${rows.map((r) => r.slug).join(", ")}; write it as project/${key}.`, { fieldErrors: { item: [`${key} is in several projects; write it as project/${key}`] } });
}

export async function linkItem(db: Db, editor: Editor, input: { runbookId: string; item: string }) {
  return db.transaction(async (tx) => {
    const row = await lockRunbook(tx, input.runbookId);
    const itemId = await resolveItem(tx, input.item, row.projectId);
    const [exists] = await tx
      .select({ id: itemLinks.id })
      .from(itemLinks)
      .where(and(eq(itemLinks.fromItemId, itemId), eq(itemLinks.kind, "runbook"), eq(itemLinks.runbookId, row.id)));
    if (exists) return { linked: false };
    await tx.insert(itemLinks).values({ fromItemId: itemId, kind: "runbook", runbookId: row.id, createdBy: editor.userId });
    await appendAudit(tx, editor, { action: "runbook.link_item", entityType: "runbook", entityId: row.id, after: { itemId } });
    return { linked: true };
  });
}

export async function unlinkItem(db: Db, editor: Editor, input: { runbookId: string; itemId: string }) {
  return db.transaction(async (tx) => {
    const gone = await tx
      .delete(itemLinks)
      .where(and(eq(itemLinks.fromItemId, input.itemId), eq(itemLinks.kind, "runbook"), eq(itemLinks.runbookId, input.runbookId)))
      .returning({ id: itemLinks.id });
    if (gone.length) await appendAudit(tx, editor, { action: "runbook.unlink_item", entityType: "runbook", entityId: input.runbookId, before: { itemId: input.itemId } });
    return { removed: gone.length };
  });
}

export async function linkMetric(db: Db, editor: Editor, input: { runbookId: string; metricId: string }) {
  return db.transaction(async (tx) => {
    await lockRunbook(tx, input.runbookId);
    const [m] = await tx.select({ id: metrics.id }).from(metrics).where(eq(metrics.id, input.metricId));
    if (!m) fail("invalid", "That metric no longer exists.", { fieldErrors: { metricId: ["that metric no longer exists"] } });
    const added = await tx.insert(runbookMetrics).values({ ...input, createdBy: editor.userId }).onConflictDoNothing().returning();
    if (added.length) await appendAudit(tx, editor, { action: "runbook.link_metric", entityType: "runbook", entityId: input.runbookId, after: { metricId: input.metricId } });
    return { linked: added.length > 0 };
  });
}

export async function unlinkMetric(db: Db, editor: Editor, input: { runbookId: string; metricId: string }) {
  return db.transaction(async (tx) => {
    const gone = await tx
      .delete(runbookMetrics)
      .where(and(eq(runbookMetrics.runbookId, input.runbookId), eq(runbookMetrics.metricId, input.metricId)))
      .returning();
    if (gone.length) await appendAudit(tx, editor, { action: "runbook.unlink_metric", entityType: "runbook", entityId: input.runbookId, before: { metricId: input.metricId } });
    return { removed: gone.length };
  });
}
