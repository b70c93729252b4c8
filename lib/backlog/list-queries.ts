import "server-only";
import { and, asc, desc, eq, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db";
import { backlogItems, checklistItems, projects, users } from "@/db/schema";
import { searchTerms, type BacklogQuery } from "./filters";
import { slaRankSql, slaStateSql } from "@/lib/sla/state-sql";
import { openSql } from "@/lib/domain/item-sql";
import type { Status } from "@/lib/domain/items";
import type { OpenCriteria } from "./open-criteria";
import { openCriteriaCountSql, openCriteriaTextsSql } from "./open-criteria-sql";

// The backlog list: one query for the page of rows, one for their checklist progress, one capped
// count. Each filter maps to an indexed column where one exists (search → GIN, overdue → the partial
// due-date index, default order → (priority, key, id)). Exports read their rows with the same
// conditions and order (backlogConditions, backlogOrderBy), so a file holds exactly the view's rows.

/** Counting stops here: "10,000+ items" is as useful as an exact figure and costs a bounded scan. */
export const COUNT_CAP = 10_000;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, "\\$&");

/** Prefix terms combined with AND: "deplo p1-0" → 'deplo':* & ('p1' <-> '-0':*). */
export function searchCondition(q: string | undefined): SQL | undefined {
  const terms = searchTerms(q);
  if (!terms.length) return undefined;
  const tsq = sql.join(
    terms.map((t) => sql`to_tsquery('simple', ${`'${t.replace(/'/g, "''")}':*`})`),
    sql` && `,
  );
  return sql`${backlogItems.searchVector} @@ (${tsq})`;
}

/** The view's filters as SQL: the table, its count and every export (lib/importer/export-queries.ts) use these. */
export function backlogConditions(query: BacklogQuery, actorId: string | null): SQL[] {
  const where: SQL[] = [];
  if (query.project) where.push(sql`${backlogItems.projectId} = (select id from ${projects} where ${projects.slug} = ${query.project})`);
  if (query.priority?.length) {
    const levels = query.priority.filter((p) => p !== "untriaged") as ("P0" | "P1" | "P2" | "P3")[];
    const parts = [levels.length ? inArray(backlogItems.priority, levels) : undefined, query.priority.includes("untriaged") ? isNull(backlogItems.priority) : undefined];
    where.push(or(...parts.filter((p): p is SQL => !!p))!);
  }
  if (query.status?.length) where.push(inArray(backlogItems.status, query.status));
  if (query.severity?.length) where.push(inArray(backlogItems.severity, query.severity));
  if (query.assignee === "none") where.push(isNull(backlogItems.assigneeId));
  else if (query.assignee === "me") where.push(actorId ? eq(backlogItems.assigneeId, actorId) : sql`false`);
  else if (query.assignee) where.push(eq(backlogItems.assigneeId, query.assignee));
  // "Security" matches items whose category path starts with that segment (as the export does).
  if (query.category) where.push(sql`array_to_string(${backlogItems.categoryPath}, ' › ') ilike ${`${escapeLike(query.category)}%`}`);
  if (query.overdue) where.push(sql`${backlogItems.dueAt} < now() and ${openSql()}`);
  if (query.sla?.length) where.push(inArray(slaStateSql, query.sla));
  const search = searchCondition(query.q);
  if (search) where.push(search);
  return where;
}

/** The view's order; needs `projects` and the assignee's `users` row joined (the table and exports both do). */
export function backlogOrderBy(query: BacklogQuery): SQL[] {
  const dir = query.dir === "desc" ? desc : asc;
  const nullsLast = (e: SQL | typeof backlogItems.title) => (query.dir === "desc" ? sql`${e} desc nulls last` : sql`${e} asc nulls last`);
  // Natural key order; matches the (priority, key_prefix, key_number, id) index.
  const tie = [dir(backlogItems.keyPrefix), dir(backlogItems.keyNumber), dir(backlogItems.id)];
  switch (query.sort) {
    case "key":
      return tie;
    case "title":
      return [dir(backlogItems.title), ...tie];
    case "project":
      return [dir(projects.name), ...tie];
    case "category":
      return [dir(backlogItems.categoryPath), ...tie];
    case "priority":
      // Matches the (priority, key_prefix, key_number, id) index in both directions.
      return [dir(backlogItems.priority), ...tie];
    case "status":
      return [dir(backlogItems.status), ...tie];
    case "severity":
      return [nullsLast(sql`${backlogItems.severity}`), ...tie];
    case "effort":
      return [nullsLast(sql`${backlogItems.effortHours}`), ...tie];
    case "assignee":
      return [nullsLast(sql`${users.name}`), ...tie];
    case "due":
      return [nullsLast(sql`${backlogItems.dueAt}`), ...tie];
    case "sla":
      return [dir(slaRankSql), nullsLast(sql`${backlogItems.dueAt}`), ...tie];
    case "updated":
      return [dir(backlogItems.updatedAt), dir(backlogItems.id)];
    case "created":
      return [dir(backlogItems.createdAt), dir(backlogItems.id)];
  }
}

export interface BacklogRow {
  id: string;
  key: string;
  title: string;
  projectSlug: string;
  projectName: string;
  categoryPath: string[];
  priority: "P0" | "P1" | "P2" | "P3" | null;
  status: Status;
  blockedReason: string | null;
  severity: "critical" | "high" | "medium" | "low" | null;
  effortHours: number | null;
  assigneeId: string | null;
  assigneeName: string | null;
  dueAt: string | null;
  slaState: "on_track" | "at_risk" | "overdue" | "none";
  version: number;
  updatedAt: string;
  checklistDone: number;
  checklistTotal: number;
  /** What the status control names before a Done (see ./open-criteria.ts). */
  openCriteria: OpenCriteria;
}

/** What the backlog table draws: a row less what the page sends only to API clients. */
export type BacklogTableRow = Omit<BacklogRow, "assigneeId" | "updatedAt">;

/** A row as the page hands it to the table (the first page rides in the page's own payload, so it carries only what is drawn). */
export function tableRow(row: BacklogRow): BacklogTableRow {
  const drawn: BacklogTableRow & Partial<Pick<BacklogRow, "assigneeId" | "updatedAt">> = { ...row };
  delete drawn.assigneeId;
  delete drawn.updatedAt;
  return drawn;
}

export interface BacklogPage {
  rows: BacklogRow[];
  /** Matching items, up to COUNT_CAP. */
  total: number;
  /** True when there are more than COUNT_CAP. */
  capped: boolean;
  page: number;
  pageCount: number;
}

/** The page of rows (exported so the benchmark can EXPLAIN ANALYZE exactly what the app runs). */
export function backlogPageQuery(db: Db, query: BacklogQuery, actorId: string | null) {
  return db
    .select({
      id: backlogItems.id,
      key: backlogItems.key,
      title: backlogItems.title,
      projectSlug: projects.slug,
      projectName: projects.name,
      categoryPath: backlogItems.categoryPath,
      priority: backlogItems.priority,
      status: backlogItems.status,
      blockedReason: backlogItems.blockedReason,
      severity: backlogItems.severity,
      effortHours: backlogItems.effortHours,
      assigneeId: backlogItems.assigneeId,
      assigneeName: users.name,
      dueAt: backlogItems.dueAt,
      slaState: slaStateSql,
      version: backlogItems.version,
      updatedAt: backlogItems.updatedAt,
      // Correlated subqueries: PostgreSQL evaluates these after the sort and limit, for the
      // page's rows only, and it saves a round trip per request.
      checklistDone: sql<number>`(select count(*)::int from ${checklistItems} c where c.item_id = ${backlogItems.id} and c.done)`,
      checklistTotal: sql<number>`(select count(*)::int from ${checklistItems} c where c.item_id = ${backlogItems.id})`,
      openCriteriaCount: openCriteriaCountSql,
      openCriteriaTexts: openCriteriaTextsSql,
    })
    .from(backlogItems)
    .innerJoin(projects, eq(projects.id, backlogItems.projectId))
    .leftJoin(users, eq(users.id, backlogItems.assigneeId))
    .where(and(...backlogConditions(query, actorId)))
    .orderBy(...backlogOrderBy(query))
    .limit(query.size)
    .offset((query.page - 1) * query.size);
}

/** Matching rows, counted up to COUNT_CAP + 1 so the cost stays bounded on any filter. */
export function backlogCountQuery(db: Db, query: BacklogQuery, actorId: string | null) {
  return db
    .select({ n: sql<number>`count(*)::int` })
    .from(db.select({ one: sql`1` }).from(backlogItems).where(and(...backlogConditions(query, actorId))).limit(COUNT_CAP + 1).as("capped"));
}

/** Where the count comes from: computed each time, or through a cache (see count-cache.ts). */
export type CountSource = (compute: () => Promise<number>) => Promise<number>;

export async function listBacklog(db: Db, query: BacklogQuery, actorId: string | null, countSource: CountSource = (compute) => compute()): Promise<BacklogPage> {
  const [rows, n] = await Promise.all([
    backlogPageQuery(db, query, actorId),
    countSource(async () => Number((await backlogCountQuery(db, query, actorId))[0]?.n ?? 0)),
  ]);
  const total = Math.min(n, COUNT_CAP);
  return {
    rows: rows.map(({ openCriteriaCount, openCriteriaTexts, ...r }) => ({
      ...r,
      openCriteria: { count: openCriteriaCount, texts: openCriteriaTexts },
      dueAt: r.dueAt ? r.dueAt.toISOString() : null,
      updatedAt: r.updatedAt.toISOString(),
    })),
    total,
    capped: n > COUNT_CAP,
    page: query.page,
    pageCount: Math.max(1, Math.ceil(total / query.size)),
  };
}
