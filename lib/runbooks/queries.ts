import "server-only";
import { and, asc, desc, eq, ilike, inArray, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "@/db";
import { backlogItems, itemLinks, projects, runbookDrills, runbookReviews, runbookRevisions, runbooks, users } from "@/db/schema";
import { hasNul } from "@/lib/validation/text";
import { metricsOfRunbook } from "./metric-link-queries";
import { reviewDueSql } from "./review-due";
import { readRunbookSlug } from "./slug";
import { openSql } from "@/lib/domain/item-sql";

// What the runbook pages read. Runbooks number in the tens or hundreds, so the list reads them all
// (no paging); the per-runbook reads are a fixed number of queries however long the history is.

const owner = alias(users, "owner");
const reviewer = alias(users, "reviewer");

const OPEN = openSql();

const openItemCount = sql<number>`(
  select count(*)::int from ${itemLinks} join ${backlogItems} on ${backlogItems.id} = ${itemLinks.fromItemId}
  where ${itemLinks.runbookId} = ${runbooks.id} and ${itemLinks.kind} = 'runbook' and ${OPEN}
)`;

const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function listRunbooks(db: Db, opts: { q?: string } = {}) {
  // No text holds U+0000 (and PostgreSQL refuses it in a query): such a search is ignored.
  const q = opts.q && !hasNul(opts.q) ? opts.q.trim() : undefined;
  const bodyMatch = q
    ? sql`exists (select 1 from ${runbookRevisions} where ${runbookRevisions.runbookId} = ${runbooks.id}
        and ${runbookRevisions.revision} = ${runbooks.currentRevision} and ${runbookRevisions.body} ilike ${likePattern(q)})`
    : undefined;
  const rows = await db
    .select({
      id: runbooks.id,
      slug: runbooks.slug,
      title: runbooks.title,
      service: runbooks.service,
      draft: runbooks.draft,
      ownerName: owner.name,
      lastReviewedAt: runbooks.lastReviewedAt,
      reviewedByName: reviewer.name,
      reviewDueAt: reviewDueSql.mapWith((v: string | Date) => new Date(v)),
      openItems: openItemCount,
      revision: runbooks.currentRevision,
      updatedAt: runbooks.updatedAt,
    })
    .from(runbooks)
    .leftJoin(owner, eq(owner.id, runbooks.ownerId))
    .leftJoin(reviewer, eq(reviewer.id, runbooks.lastReviewedBy))
    .where(q ? or(ilike(runbooks.title, likePattern(q)), ilike(runbooks.service, likePattern(q)), bodyMatch) : undefined)
    .orderBy(asc(reviewDueSql), asc(runbooks.title));
  return rows;
}

/** The command palette's runbook lookup: title or service contains the text (the list page also searches bodies). */
export function searchRunbookTitles(db: Db, q: string, limit = 5) {
  return db
    .select({ slug: runbooks.slug, title: runbooks.title, service: runbooks.service })
    .from(runbooks)
    .where(or(ilike(runbooks.title, likePattern(q)), ilike(runbooks.service, likePattern(q))))
    .orderBy(asc(runbooks.title))
    .limit(limit);
}

export type RunbookListRow = Awaited<ReturnType<typeof listRunbooks>>[number];

/** Reviews that are due (overdue first), for the dashboard. */
export async function reviewsDue(db: Db, now: Date, limit = 10) {
  return db
    .select({ slug: runbooks.slug, title: runbooks.title, ownerName: owner.name, reviewDueAt: reviewDueSql.mapWith((v: string | Date) => new Date(v)) })
    .from(runbooks)
    .leftJoin(owner, eq(owner.id, runbooks.ownerId))
    .where(sql`${reviewDueSql} <= ${now.toISOString()}::timestamptz`)
    .orderBy(asc(reviewDueSql))
    .limit(limit);
}

/** The runbook a page's `[slug]` segment names (encoded or not); one no slug can be is never looked up. */
export async function getRunbookForParam(db: Db, param: string) {
  const slug = readRunbookSlug(param);
  return slug ? getRunbook(db, slug) : null;
}

export async function getRunbook(db: Db, slug: string) {
  const [row] = await db
    .select({
      runbook: runbooks,
      ownerName: owner.name,
      reviewedByName: reviewer.name,
      reviewDueAt: reviewDueSql.mapWith((v: string | Date) => new Date(v)),
      projectSlug: projects.slug,
      projectName: projects.name,
      body: runbookRevisions.body,
    })
    .from(runbooks)
    .leftJoin(owner, eq(owner.id, runbooks.ownerId))
    .leftJoin(reviewer, eq(reviewer.id, runbooks.lastReviewedBy))
    .leftJoin(projects, eq(projects.id, runbooks.projectId))
    .leftJoin(runbookRevisions, and(eq(runbookRevisions.runbookId, runbooks.id), eq(runbookRevisions.revision, runbooks.currentRevision)))
    .where(eq(runbooks.slug, slug));
  if (!row) return null;
  const id = row.runbook.id;
  const [items, linkedMetrics, drills, reviews] = await Promise.all([linkedItems(db, id), metricsOfRunbook(db, id), drillsOf(db, id), reviewsOf(db, id)]);
  return { ...row.runbook, ownerName: row.ownerName, reviewedByName: row.reviewedByName, reviewDueAt: row.reviewDueAt, projectSlug: row.projectSlug, projectName: row.projectName, body: row.body ?? "", items, metrics: linkedMetrics, drills, reviews };
}

export type RunbookDetail = NonNullable<Awaited<ReturnType<typeof getRunbook>>>;

function linkedItems(db: Db, runbookId: string) {
  return db
    .select({ id: backlogItems.id, key: backlogItems.key, title: backlogItems.title, status: backlogItems.status, priority: backlogItems.priority, projectSlug: projects.slug })
    .from(itemLinks)
    .innerJoin(backlogItems, eq(backlogItems.id, itemLinks.fromItemId))
    .innerJoin(projects, eq(projects.id, backlogItems.projectId))
    .where(and(eq(itemLinks.runbookId, runbookId), eq(itemLinks.kind, "runbook")))
    .orderBy(asc(backlogItems.priority), asc(backlogItems.key));
}

function drillsOf(db: Db, runbookId: string) {
  return db
    .select({
      id: runbookDrills.id,
      scenario: runbookDrills.scenario,
      revision: runbookDrills.revision,
      ranByName: users.name,
      startedAt: runbookDrills.startedAt,
      finishedAt: runbookDrills.finishedAt,
      outcome: runbookDrills.outcome,
      stepCount: sql<number>`jsonb_array_length(${runbookDrills.steps})`,
      doneCount: sql<number>`(select count(*)::int from jsonb_array_elements(${runbookDrills.steps}) s where (s->>'done')::boolean)`,
    })
    .from(runbookDrills)
    .leftJoin(users, eq(users.id, runbookDrills.ranBy))
    .where(eq(runbookDrills.runbookId, runbookId))
    .orderBy(desc(runbookDrills.startedAt))
    .limit(50);
}

function reviewsOf(db: Db, runbookId: string) {
  return db
    .select({ revision: runbookReviews.revision, reviewedAt: runbookReviews.reviewedAt, reviewedByName: users.name, note: runbookReviews.note })
    .from(runbookReviews)
    .leftJoin(users, eq(users.id, runbookReviews.reviewedBy))
    .where(eq(runbookReviews.runbookId, runbookId))
    .orderBy(desc(runbookReviews.reviewedAt))
    .limit(20);
}

export async function listRevisions(db: Db, runbookId: string) {
  return db
    .select({
      revision: runbookRevisions.revision,
      note: runbookRevisions.note,
      authorName: users.name,
      createdAt: runbookRevisions.createdAt,
      bytes: sql<number>`octet_length(${runbookRevisions.body})`,
    })
    .from(runbookRevisions)
    .leftJoin(users, eq(users.id, runbookRevisions.authorId))
    .where(eq(runbookRevisions.runbookId, runbookId))
    .orderBy(desc(runbookRevisions.revision));
}

export async function revisionBodies(db: Db, runbookId: string, revisions: number[]) {
  const rows = await db
    .select({ revision: runbookRevisions.revision, body: runbookRevisions.body })
    .from(runbookRevisions)
    .where(and(eq(runbookRevisions.runbookId, runbookId), inArray(runbookRevisions.revision, revisions)));
  return new Map(rows.map((r) => [r.revision, r.body]));
}

export async function getDrill(db: Db, drillId: string) {
  const [row] = await db
    .select({ drill: runbookDrills, ranByName: users.name, slug: runbooks.slug, title: runbooks.title })
    .from(runbookDrills)
    .innerJoin(runbooks, eq(runbooks.id, runbookDrills.runbookId))
    .leftJoin(users, eq(users.id, runbookDrills.ranBy))
    .where(eq(runbookDrills.id, drillId));
  return row ?? null;
}

/** Runbooks linked to a backlog item, for the item page. */
export async function runbooksForItem(db: Db, itemId: string) {
  return db
    .select({ slug: runbooks.slug, title: runbooks.title, draft: runbooks.draft, revision: runbooks.currentRevision })
    .from(itemLinks)
    .innerJoin(runbooks, eq(runbooks.id, itemLinks.runbookId))
    .where(and(eq(itemLinks.fromItemId, itemId), eq(itemLinks.kind, "runbook")))
    .orderBy(asc(runbooks.title));
}

/** Runbooks a metric may be linked to (the metric page's picker): no bodies, by title. */
export async function listRunbookOptions(db: Db) {
  return db.select({ id: runbooks.id, slug: runbooks.slug, title: runbooks.title, service: runbooks.service }).from(runbooks).orderBy(asc(runbooks.title), asc(runbooks.slug));
}
