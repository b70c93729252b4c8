import { and, asc, eq, isNotNull, isNull, notInArray, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "@/db";
import { backlogItems, projects, slaPolicies } from "@/db/schema";
import { slaStateSql } from "@/lib/backlog/sla";
import type { Priority } from "./due";
import { HIGH_EFFORT_ABOVE_HOURS, HIGH_IMPACT_MIN, type Quadrant } from "./quadrants";

// What the matrix page shows, each computed in SQL over indexes: the priority × status grid, SLA
// states per priority, compliance over 30/90 days, the oldest overdue items, the escalation list
// and the impact × effort quadrant. Nothing loads all items into Node.

type Status = (typeof backlogItems.status.enumValues)[number];
type PriorityOrNone = Priority | null;

const OPEN = notInArray(backlogItems.status, ["done", "wont_do"]);
const inProject = (projectId: string | null) => (projectId ? eq(backlogItems.projectId, projectId) : undefined);

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

/** Open items per priority by SLA state (the partial (priority, due_at) index covers it). */
export async function slaCounts(db: Db, projectId: string | null): Promise<SlaCounts[]> {
  const state = slaStateSql;
  const rows = await db
    .select({
      priority: backlogItems.priority,
      overdue: sql<number>`count(*) filter (where ${state} = 'overdue')::int`,
      atRisk: sql<number>`count(*) filter (where ${state} = 'at_risk')::int`,
      onTrack: sql<number>`count(*) filter (where ${state} = 'on_track')::int`,
    })
    .from(backlogItems)
    .where(and(OPEN, isNotNull(backlogItems.priority), isNotNull(backlogItems.dueAt), inProject(projectId)))
    .groupBy(backlogItems.priority);
  return rows.map((r) => ({ priority: r.priority!, overdue: Number(r.overdue), atRisk: Number(r.atRisk), onTrack: Number(r.onTrack) }));
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
        sql`${backlogItems.status} in ('done', 'wont_do')`,
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
      overdueQuery(db, and(eq(backlogItems.priority, priority), inProject(projectId))!)
        .orderBy(asc(backlogItems.dueAt))
        .limit(1),
    ),
  );
  return rows.flat() as OverdueItem[];
}

function overdueQuery(db: Db, where: SQL) {
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
    .where(and(OPEN, isNotNull(backlogItems.priority), sql`${backlogItems.dueAt} < now()`, where));
}

export type EscalationGroup = { owner: string; escalation: string; total: number; items: OverdueItem[] };

/**
 * Overdue items grouped by the owner their policy names (latest first within a group), at most
 * `perOwner` items each with the group's full count; owners with the most overdue first.
 */
export async function escalationList(db: Db, projectId: string | null, perOwner = 10): Promise<EscalationGroup[]> {
  const ranked = overdueQuery(db, and(inProject(projectId), sql`true`)!)
    .$dynamic()
    .as("ranked_source");
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
  const groups = new Map<string, EscalationGroup>();
  for (const r of top) {
    const g = groups.get(r.owner) ?? { owner: r.owner, escalation: r.escalation, total: Number(r.total), items: [] };
    g.items.push({ id: r.id, key: r.key, title: r.title, priority: r.priority!, dueAt: new Date(r.dueAt as unknown as string), projectSlug: r.projectSlug, owner: r.owner, escalation: r.escalation });
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
 * Open items on the impact × effort chart, at most `perQuadrant` per quadrant (most urgent
 * priority first), and the open items not placed yet (no impact or effort), untriaged first.
 */
export async function quadrantItems(db: Db, projectId: string | null, perQuadrant = 40): Promise<QuadrantData> {
  const placedWhere = and(OPEN, isNotNull(backlogItems.impact), isNotNull(backlogItems.effortHours), inProject(projectId));
  const unplacedWhere = and(OPEN, or(isNull(backlogItems.impact), isNull(backlogItems.effortHours)), inProject(projectId));
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
  const inner = db
    .select({ ...columns, quadrant: quadrantSql.as("quadrant"), rank: sql<number>`row_number() over (partition by ${quadrantSql} order by ${backlogItems.priority} asc nulls last, ${backlogItems.keyPrefix}, ${backlogItems.keyNumber})`.as("rank") })
    .from(backlogItems)
    .innerJoin(projects, eq(projects.id, backlogItems.projectId))
    .where(placedWhere)
    .as("placed");
  const [placed, totals, unplaced, unplacedTotals] = await Promise.all([
    db.select().from(inner).where(sql`${inner.rank} <= ${perQuadrant}`),
    db.select({ quadrant: quadrantSql, n: sql<number>`count(*)::int` }).from(backlogItems).where(placedWhere).groupBy(sql`1`),
    db
      .select(columns)
      .from(backlogItems)
      .innerJoin(projects, eq(projects.id, backlogItems.projectId))
      .where(unplacedWhere)
      .orderBy(sql`${backlogItems.priority} asc nulls first`, backlogItems.createdAt, backlogItems.keyPrefix, backlogItems.keyNumber)
      .limit(perQuadrant),
    db
      .select({ n: sql<number>`count(*)::int`, untriaged: sql<number>`count(*) filter (where ${backlogItems.priority} is null)::int` })
      .from(backlogItems)
      .where(unplacedWhere),
  ]);
  const out: QuadrantData["placed"] = {
    quick_wins: { total: 0, items: [] },
    big_bets: { total: 0, items: [] },
    fill_ins: { total: 0, items: [] },
    money_pits: { total: 0, items: [] },
  };
  for (const t of totals) out[t.quadrant].total = Number(t.n);
  for (const row of placed.sort((a, b) => Number(a.rank) - Number(b.rank))) {
    const { quadrant, ...rest } = row;
    out[quadrant].items.push({ id: rest.id, key: rest.key, title: rest.title, priority: rest.priority, impact: rest.impact, effortHours: rest.effortHours, version: rest.version, projectSlug: rest.projectSlug });
  }
  return {
    placed: out,
    unplaced: { total: Number(unplacedTotals[0]?.n ?? 0), untriaged: Number(unplacedTotals[0]?.untriaged ?? 0), items: unplaced },
  };
}
