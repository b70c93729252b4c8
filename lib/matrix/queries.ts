import "server-only";
import { and, asc, eq, inArray, isNotNull, isNull, notInArray, or, sql, type SQL } from "drizzle-orm";
import { alias, unionAll } from "drizzle-orm/pg-core";
import type { Db } from "@/db";
import { queryRows } from "@/db/query-rows";
import { backlogItems, priorityEnum, projects, slaPolicies } from "@/db/schema";
import { openItemSlaStateSql } from "@/lib/sla/state-sql";
import type { Priority } from "@/lib/sla/due";
import { HIGH_EFFORT_ABOVE_HOURS, HIGH_IMPACT_MIN, QUADRANTS, type Quadrant } from "./quadrants";
import { CLOSED_STATUSES, OPEN_STATUSES, type Status as DomainStatus } from "@/lib/domain/items";
import { closedSql, openSql } from "@/lib/domain/item-sql";

// What the matrix page shows, each computed in SQL over indexes: the priority × status grid, SLA
// states per priority, compliance over 30/90 days, the oldest overdue items, the escalation list
// and the impact × effort quadrant. Nothing loads all items into Node.

type Status = DomainStatus;
type PriorityOrNone = Priority | null;

const OPEN = notInArray(backlogItems.status, [...CLOSED_STATUSES]);
const inProject = (projectId: string | null) => (projectId ? eq(backlogItems.projectId, projectId) : undefined);
/**
 * Open items, of one project or all. For all projects "not done or won't do" is what the partial
 * indexes are defined with; within one project the open statuses are listed instead, so the
 * (project_id, status, priority) index finds exactly that project's open items (with "not in",
 * PostgreSQL ANDs in a full read of a partial index only to prove the items are open).
 */
const openIn = (projectId: string | null) => (projectId ? and(eq(backlogItems.projectId, projectId), inArray(backlogItems.status, OPEN_STATUSES)) : OPEN);

export type GridCell = { priority: PriorityOrNone; status: Status; count: number };

/** Item counts per priority (null = untriaged) and status: an index-only scan. */
export async function statusGrid(db: Db, projectId: string | null): Promise<GridCell[]> {
  const rows = await db
    .select({ priority: backlogItems.priority, status: backlogItems.status, count: sql<number>`count(*)::int` })
    .from(backlogItems)
    .where(inProject(projectId))
    .groupBy(backlogItems.priority, backlogItems.status);
  return rows.map((r) => ({ ...r, count: Number(r.count) }));
}

export type SlaCounts = { priority: Priority; overdue: number; atRisk: number; onTrack: number };

/** Open items per priority by SLA state (an index-only scan of the partial (priority, due_at) index). */
export async function slaCounts(db: Db, projectId: string | null): Promise<SlaCounts[]> {
  // Grouped by (priority, state) so the state is computed once per item, then pivoted here.
  const rows = await db
    .select({ priority: backlogItems.priority, state: openItemSlaStateSql, n: sql<number>`count(*)::int` })
    .from(backlogItems)
    .where(and(openIn(projectId), isNotNull(backlogItems.priority), isNotNull(backlogItems.dueAt)))
    .groupBy(backlogItems.priority, sql`2`);
  const out = new Map<Priority, SlaCounts>();
  for (const r of rows) {
    const c = out.get(r.priority!) ?? { priority: r.priority!, overdue: 0, atRisk: 0, onTrack: 0 };
    c[r.state === "at_risk" ? "atRisk" : r.state === "on_track" ? "onTrack" : "overdue"] += Number(r.n);
    out.set(r.priority!, c);
  }
  return [...out.values()].sort((a, b) => a.priority.localeCompare(b.priority));
}

export type Compliance = { priority: Priority; days: 30 | 90; closed: number; onTime: number };

/**
 * Items closed (done or won't do) in the last 30 and 90 days that had a due date, and how many of
 * them closed within it: the outcome recorded at closing (completed_at against due_at).
 */
export async function compliance(db: Db, projectId: string | null): Promise<Compliance[]> {
  const recent = (days: number) => sql`${backlogItems.completedAt} >= now() - make_interval(days => ${days})`;
  const rows = await db
    .select({
      priority: backlogItems.priority,
      closed30: sql<number>`count(*) filter (where ${recent(30)})::int`,
      onTime30: sql<number>`count(*) filter (where ${recent(30)} and ${backlogItems.completedAt} <= ${backlogItems.dueAt})::int`,
      closed90: sql<number>`count(*)::int`,
      onTime90: sql<number>`count(*) filter (where ${backlogItems.completedAt} <= ${backlogItems.dueAt})::int`,
    })
    .from(backlogItems)
    .where(
      and(
        closedSql(),
        isNotNull(backlogItems.priority),
        isNotNull(backlogItems.dueAt),
        recent(90),
        inProject(projectId),
      ),
    )
    .groupBy(backlogItems.priority);
  return rows.flatMap((r) => [
    { priority: r.priority!, days: 30 as const, closed: Number(r.closed30), onTime: Number(r.onTime30) },
    { priority: r.priority!, days: 90 as const, closed: Number(r.closed90), onTime: Number(r.onTime90) },
  ]);
}

export type OverdueItem = {
  id: string;
  key: string;
  title: string;
  priority: Priority;
  dueAt: Date;
  projectSlug: string;
  owner: string;
  escalation: string;
};

const projectPolicy = alias(slaPolicies, "project_policy");
const defaultPolicy = alias(slaPolicies, "default_policy");

/** The oldest overdue item of each priority (one index probe per priority). */
export async function oldestOverdue(db: Db, projectId: string | null): Promise<OverdueItem[]> {
  const rows = await Promise.all(
    (["P0", "P1", "P2", "P3"] as const).map((priority) =>
      overdueQuery(db, projectId, eq(backlogItems.priority, priority))
        .orderBy(asc(backlogItems.dueAt))
        .limit(1),
    ),
  );
  return rows.flat() as OverdueItem[];
}

function overdueQuery(db: Db, projectId: string | null, where?: SQL) {
  return db
    .select({
      id: backlogItems.id,
      key: backlogItems.key,
      title: backlogItems.title,
      priority: backlogItems.priority,
      dueAt: backlogItems.dueAt,
      projectSlug: projects.slug,
      // The project's own policy row, else the workspace default's.
      owner: sql<string>`coalesce(nullif(${projectPolicy.ownership}, ''), nullif(${defaultPolicy.ownership}, ''), '')`.as("owner"),
      escalation: sql<string>`coalesce(nullif(${projectPolicy.escalation}, ''), nullif(${defaultPolicy.escalation}, ''), '')`.as("escalation"),
    })
    .from(backlogItems)
    .innerJoin(projects, eq(projects.id, backlogItems.projectId))
    .leftJoin(projectPolicy, and(eq(projectPolicy.projectId, backlogItems.projectId), eq(projectPolicy.priority, backlogItems.priority)))
    .leftJoin(defaultPolicy, and(isNull(defaultPolicy.projectId), eq(defaultPolicy.priority, backlogItems.priority)))
    .where(and(openIn(projectId), isNotNull(backlogItems.priority), sql`${backlogItems.dueAt} < now()`, where));
}

export type EscalationGroup = { owner: string; escalation: string; total: number; items: OverdueItem[] };

const rows = queryRows;

/**
 * Overdue items grouped by the owner their policy names (latest first within a group), at most
 * `perOwner` items each with the group's full count; owners with the most overdue first.
 */
export async function escalationList(db: Db, projectId: string | null, perOwner = 10): Promise<EscalationGroup[]> {
  return projectId ? escalationInProject(db, projectId, perOwner) : escalationInWorkspace(db, perOwner);
}

/**
 * One project: its overdue items (a few thousand at most, found through the project index) ranked
 * within their owner.
 */
async function escalationInProject(db: Db, projectId: string, perOwner: number): Promise<EscalationGroup[]> {
  const ranked = overdueQuery(db, projectId).$dynamic().as("ranked_source");
  // Window functions over the joined rows: rank within owner, count per owner.
  const rows = await db
    .select({
      id: ranked.id,
      key: ranked.key,
      title: ranked.title,
      priority: ranked.priority,
      dueAt: ranked.dueAt,
      projectSlug: ranked.projectSlug,
      owner: ranked.owner,
      escalation: ranked.escalation,
      rank: sql<number>`row_number() over (partition by ${ranked.owner} order by ${ranked.dueAt}, ${ranked.key})`.as("rank"),
      total: sql<number>`count(*) over (partition by ${ranked.owner})`.as("total"),
    })
    .from(ranked)
    .as("ranked");
  const top = await db
    .select()
    .from(rows)
    .where(sql`${rows.rank} <= ${perOwner}`)
    .orderBy(sql`${rows.total} desc`, rows.owner, rows.rank);
  return groupByOwner(top.map((r) => ({ ...r, priority: r.priority!, dueAt: r.dueAt as Date | string })));
}

/**
 * The whole workspace: built from the policy's scopes rather than from every overdue row (tens of
 * thousands): each priority's workspace default (items of projects without their own row for it)
 * and each project row. A scope's count comes from the partial (priority, due_at) index (the
 * default's is the priority's count minus its project rows' counts) and its first `perOwner` items
 * from walking that index in due order, so the cost follows the number of policy rows.
 */
async function escalationInWorkspace(db: Db, perOwner: number): Promise<EscalationGroup[]> {
  const open = openSql(sql`b.status`);
  const item = sql`b.id, b.key, b.title, b.priority, b.due_at, b.project_id`;
  const result = await rows<{
    id: string;
    key: string;
    title: string;
    priority: Priority;
    due_at: string | Date;
    slug: string;
    owner: string;
    escalation: string;
    total: number | string;
  }>(
    db,
    sql`with defaults as (
      select pr.priority, coalesce(nullif(d.ownership, ''), '') as owner, coalesce(nullif(d.escalation, ''), '') as escalation
      from unnest(enum_range(null::${sql.identifier(priorityEnum.enumName)})) as pr(priority)
      left join ${slaPolicies} d on d.project_id is null and d.priority = pr.priority
    ), own as (
      select o.project_id, o.priority,
        coalesce(nullif(o.ownership, ''), d.owner) as owner, coalesce(nullif(o.escalation, ''), d.escalation) as escalation,
        (select count(*) from ${backlogItems} b where b.project_id = o.project_id and b.priority = o.priority and ${open} and b.due_at < now()) as n
      from ${slaPolicies} o join defaults d on d.priority = o.priority
      where o.project_id is not null
    ), overdue as (
      select b.priority, count(*) as n from ${backlogItems} b
      where ${open} and b.priority is not null and b.due_at < now()
      group by b.priority
    ), scopes as (
      select null::uuid as project_id, d.priority, d.owner, d.escalation,
        coalesce(v.n, 0) - coalesce((select sum(own.n) from own where own.priority = d.priority), 0) as n
      from defaults d left join overdue v on v.priority = d.priority
      union all
      select project_id, priority, owner, escalation, n from own
    ), candidates as (
      select s.owner, s.escalation, t.* from scopes s
      cross join lateral (
        select ${item} from ${backlogItems} b
        where b.priority = s.priority and ${open} and b.due_at < now()
          and not exists (select 1 from ${slaPolicies} p where p.project_id = b.project_id and p.priority = b.priority)
        order by b.due_at, b.key limit ${perOwner}
      ) t
      where s.project_id is null and s.n > 0
      union all
      select s.owner, s.escalation, t.* from scopes s
      cross join lateral (
        select ${item} from ${backlogItems} b
        where b.project_id = s.project_id and b.priority = s.priority and ${open} and b.due_at < now()
        order by b.due_at, b.key limit ${perOwner}
      ) t
      where s.project_id is not null and s.n > 0
    ), ranked as (
      select c.*, row_number() over (partition by c.owner order by c.due_at, c.key) as rank from candidates c
    ), totals as (
      select owner, sum(n) as total from scopes group by owner
    )
    select r.id, r.key, r.title, r.priority, r.due_at, p.slug, r.owner, r.escalation, t.total
    from ranked r join totals t on t.owner = r.owner join ${projects} p on p.id = r.project_id
    where r.rank <= ${perOwner}
    order by t.total desc, r.owner, r.rank`,
  );
  return groupByOwner(result.map((r) => ({ ...r, dueAt: r.due_at, projectSlug: r.slug })));
}

/** Rows ordered by group (most overdue first), then rank → the groups, each with its items. */
function groupByOwner(
  rows: { id: string; key: string; title: string; priority: Priority; dueAt: Date | string; projectSlug: string; owner: string; escalation: string; total: number | string }[],
): EscalationGroup[] {
  const groups = new Map<string, EscalationGroup>();
  for (const r of rows) {
    const g = groups.get(r.owner) ?? { owner: r.owner, escalation: r.escalation, total: Number(r.total), items: [] };
    g.items.push({ id: r.id, key: r.key, title: r.title, priority: r.priority, dueAt: new Date(r.dueAt), projectSlug: r.projectSlug, owner: r.owner, escalation: r.escalation });
    groups.set(r.owner, g);
  }
  return [...groups.values()];
}

export type QuadrantItem = { id: string; key: string; title: string; priority: PriorityOrNone; impact: number | null; effortHours: number | null; version: number; projectSlug: string };
export type QuadrantData = { placed: Record<Quadrant, { total: number; items: QuadrantItem[] }>; unplaced: { total: number; untriaged: number; items: QuadrantItem[] } };

// Constants inlined (not parameters) so the expression is identical wherever it is repeated.
const HIGH_IMPACT = sql.raw(String(HIGH_IMPACT_MIN));
const HIGH_EFFORT = sql.raw(String(HIGH_EFFORT_ABOVE_HOURS));
const quadrantSql = sql<Quadrant>`case
  when ${backlogItems.impact} >= ${HIGH_IMPACT} and ${backlogItems.effortHours} <= ${HIGH_EFFORT} then 'quick_wins'
  when ${backlogItems.impact} >= ${HIGH_IMPACT} then 'big_bets'
  when ${backlogItems.effortHours} <= ${HIGH_EFFORT} then 'fill_ins'
  else 'money_pits' end`;
/**
 * The same split as plain comparisons, one per quadrant: PostgreSQL estimates these from the
 * column statistics (a CASE compared with a constant gets a blind guess and a full scan).
 */
const IN_QUADRANT: Record<Quadrant, SQL> = {
  quick_wins: sql`${backlogItems.impact} >= ${HIGH_IMPACT} and ${backlogItems.effortHours} <= ${HIGH_EFFORT}`,
  big_bets: sql`${backlogItems.impact} >= ${HIGH_IMPACT} and ${backlogItems.effortHours} > ${HIGH_EFFORT}`,
  fill_ins: sql`${backlogItems.impact} < ${HIGH_IMPACT} and ${backlogItems.effortHours} <= ${HIGH_EFFORT}`,
  money_pits: sql`${backlogItems.impact} < ${HIGH_IMPACT} and ${backlogItems.effortHours} > ${HIGH_EFFORT}`,
};

/**
 * Open items on the impact × effort chart, at most `perQuadrant` per quadrant (most urgent
 * priority first), and the open items not placed yet (no impact or effort), untriaged first.
 * Each quadrant's list walks the (priority, key) index and stops at `perQuadrant` items; the
 * totals are one pass over the open items; the unplaced list reads the untriaged index first.
 */
export async function quadrantItems(db: Db, projectId: string | null, perQuadrant = 40): Promise<QuadrantData> {
  const placedWhere = and(openIn(projectId), isNotNull(backlogItems.impact), isNotNull(backlogItems.effortHours));
  const unplaced = or(isNull(backlogItems.impact), isNull(backlogItems.effortHours));
  const columns = {
    id: backlogItems.id,
    key: backlogItems.key,
    title: backlogItems.title,
    priority: backlogItems.priority,
    impact: backlogItems.impact,
    effortHours: backlogItems.effortHours,
    version: backlogItems.version,
    projectSlug: projects.slug,
  };
  const order = sql`${backlogItems.priority} asc nulls last, ${backlogItems.keyPrefix}, ${backlogItems.keyNumber}, ${backlogItems.id}`;
  const inQuadrant = (q: Quadrant) =>
    db
      .select({
        ...columns,
        quadrant: sql<Quadrant>`${sql.raw(`'${q}'`)}::text`.as("quadrant"),
        // A UNION ALL does not promise to keep each branch's order: the rank does.
        rank: sql<number>`row_number() over (order by ${order})`.as("rank"),
      })
      .from(backlogItems)
      .innerJoin(projects, eq(projects.id, backlogItems.projectId))
      .where(and(placedWhere, IN_QUADRANT[q]))
      .orderBy(order)
      .limit(perQuadrant);
  // Untriaged first (their partial index, oldest first), then the triaged ones only if room is left.
  const unplacedList = (triaged: boolean, limit: number) =>
    db
      .select(columns)
      .from(backlogItems)
      .innerJoin(projects, eq(projects.id, backlogItems.projectId))
      .where(and(openIn(projectId), unplaced, triaged ? isNotNull(backlogItems.priority) : isNull(backlogItems.priority)))
      .orderBy(...(triaged ? [asc(backlogItems.priority)] : []), backlogItems.createdAt, backlogItems.keyPrefix, backlogItems.keyNumber)
      .limit(limit);
  const [quickWins, bigBets, fillIns, moneyPits] = QUADRANTS.map(inQuadrant);
  const [placed, totals, untriagedItems] = await Promise.all([
    unionAll(quickWins!, bigBets!, fillIns!, moneyPits!),
    db
      .select({
        quadrant: sql<Quadrant | "unplaced">`case when ${unplaced} then 'unplaced' else ${quadrantSql} end`,
        n: sql<number>`count(*)::int`,
        untriaged: sql<number>`count(*) filter (where ${backlogItems.priority} is null)::int`,
      })
      .from(backlogItems)
      .where(openIn(projectId))
      .groupBy(sql`1`),
    unplacedList(false, perQuadrant),
  ]);
  const unplacedItems = untriagedItems.length < perQuadrant ? [...untriagedItems, ...(await unplacedList(true, perQuadrant - untriagedItems.length))] : untriagedItems;
  const out: QuadrantData["placed"] = {
    quick_wins: { total: 0, items: [] },
    big_bets: { total: 0, items: [] },
    fill_ins: { total: 0, items: [] },
    money_pits: { total: 0, items: [] },
  };
  let unplacedTotals = { n: 0, untriaged: 0 };
  for (const t of totals) {
    if (t.quadrant === "unplaced") unplacedTotals = { n: Number(t.n), untriaged: Number(t.untriaged) };
    else out[t.quadrant].total = Number(t.n);
  }
  for (const row of placed.sort((a, b) => Number(a.rank) - Number(b.rank))) {
    const { quadrant, ...rest } = row;
    out[quadrant].items.push({ id: rest.id, key: rest.key, title: rest.title, priority: rest.priority, impact: rest.impact, effortHours: rest.effortHours, version: rest.version, projectSlug: rest.projectSlug });
  }
  return {
    placed: out,
    unplaced: { total: unplacedTotals.n, untriaged: unplacedTotals.untriaged, items: unplacedItems },
  };
}
