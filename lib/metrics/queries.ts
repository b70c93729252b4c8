import "server-only";
import { asc, count, eq, ilike, or, sql } from "drizzle-orm";
import { containsPattern } from "@/db/like";
import type { Db, Tx } from "@/db";
import { queryRows } from "@/db/query-rows";
import { metricPoints, metrics, projects } from "@/db/schema";
import { MAX_METRIC_ABS_VALUE } from "./limits";
import type { ChartRange } from "./schemas";
import { metricStatus, type MetricDefinition, type MetricStatus } from "./status";
import type { MetricDirection } from "@/lib/domain/items";

const DAY = 86_400_000;
/** Buckets a long range is cut into; each carries min, max and mean, so ≤ ~1,000 values ship. */
export const CHART_BUCKETS = 500;
/** Up to this many points in a range are sent as they are. */
export const RAW_POINT_LIMIT = 1000;

/**
 * A mean that cannot overflow. PostgreSQL's avg() over doubles also sums squared deviations, which
 * overflows ("value out of range") once values pass ~1e154; ingest keeps them within
 * ±MAX_METRIC_ABS_VALUE, and a value stored before that limit (or NaN/Infinity written straight
 * into the database) counts in means at the limit's edge. min and max stay the stored values.
 */
const MEAN = sql.raw(`avg(least(greatest(value, ${-MAX_METRIC_ABS_VALUE}::float8), ${MAX_METRIC_ABS_VALUE}::float8))`);

/** The columns of a metric's definition, selected the same way by every query that shows one. */
export const metricDefinitionColumns = {
  id: metrics.id,
  key: metrics.key,
  name: metrics.name,
  unit: metrics.unit,
  direction: metrics.direction,
  target: metrics.target,
  warningThreshold: metrics.warningThreshold,
  criticalThreshold: metrics.criticalThreshold,
};

export const RANGE_DAYS: Record<Exclude<ChartRange, "all">, number> = { "7d": 7, "30d": 30, "90d": 90, "1y": 365 };

export type MetricSummary = MetricDefinition & {
  id: string;
  groupName: string;
  projectSlug: string | null;
  projectName: string | null;
  latest: { value: number; recordedAt: Date } | null;
  status: MetricStatus;
  /** Daily means over the last 30 days, oldest first (for the sparkline and the trend). */
  spark: { t: number; v: number }[];
};

/** Every metric with its latest value, status and a 30-day sparkline: three indexed queries. */
export async function listMetricSummaries(db: Db, now = new Date()): Promise<MetricSummary[]> {
  const defined = await db
    .select({
      ...metricDefinitionColumns,
      groupName: metrics.groupName,
      projectSlug: projects.slug,
      projectName: projects.name,
    })
    .from(metrics)
    .leftJoin(projects, eq(projects.id, metrics.projectId))
    .orderBy(asc(metrics.groupName), asc(metrics.name));
  if (defined.length === 0) return [];
  const ids = defined.map((m) => m.id);
  const latest = await latestValues(db, ids);
  const spark = await dailyMeans(db, ids, new Date(now.getTime() - 30 * DAY), now);
  return defined.map((m) => {
    const last = latest.get(m.id) ?? null;
    return { ...m, latest: last, status: metricStatus(m, last?.value), spark: spark.get(m.id) ?? [] };
  });
}

/** The newest value of each metric (one index probe per metric via LATERAL). */
export async function latestValues(db: Db, ids: string[]): Promise<Map<string, { value: number; recordedAt: Date }>> {
  if (ids.length === 0) return new Map();
  const rows = await queryRows<{ metric_id: string; value: number; recorded_at: string | Date }>(db, sql`
    select m.id as metric_id, p.value, p.recorded_at
    from unnest(${`{${ids.join(",")}}`}::uuid[]) as m(id)
    cross join lateral (
      select value, recorded_at from ${metricPoints}
      where metric_id = m.id order by recorded_at desc, id desc limit 1
    ) p`);
  return new Map(rows.map((r) => [r.metric_id, { value: Number(r.value), recordedAt: new Date(r.recorded_at) }]));
}

async function dailyMeans(db: Db, ids: string[], from: Date, to: Date): Promise<Map<string, { t: number; v: number }[]>> {
  const rows = await queryRows<{ metric_id: string; bucket: string | Date; v: number }>(db, sql`
    select metric_id, date_bin('1 day', recorded_at, ${from.toISOString()}::timestamptz) as bucket, ${MEAN} as v
    from ${metricPoints}
    where metric_id = any(${`{${ids.join(",")}}`}::uuid[]) and recorded_at >= ${from.toISOString()}::timestamptz and recorded_at <= ${to.toISOString()}::timestamptz
    group by 1, 2 order by 1, 2`);
  const out = new Map<string, { t: number; v: number }[]>();
  for (const r of rows) {
    const list = out.get(r.metric_id) ?? [];
    list.push({ t: new Date(r.bucket).getTime(), v: Number(r.v) });
    out.set(r.metric_id, list);
  }
  return out;
}

export type ChartPoint = { t: number; v: number; min: number; max: number; n: number };
export type ChartSeries = { from: number; to: number; bucketMs: number | null; points: ChartPoint[]; total: number };

/**
 * The values of one metric over a range, ready to draw: as recorded when there are at most
 * RAW_POINT_LIMIT, otherwise CHART_BUCKETS time buckets (mean for the line, min and max for the
 * band, so a one-off spike still shows).
 */
export async function chartSeries(db: Db, metricId: string, range: ChartRange, now = new Date()): Promise<ChartSeries> {
  let from: Date;
  if (range === "all") {
    const [first] = await db.select({ t: metricPoints.recordedAt }).from(metricPoints).where(eq(metricPoints.metricId, metricId)).orderBy(asc(metricPoints.recordedAt)).limit(1);
    from = first?.t ?? new Date(now.getTime() - 90 * DAY);
  } else {
    from = new Date(now.getTime() - RANGE_DAYS[range] * DAY);
  }
  const window = sql`metric_id = ${metricId}::uuid and recorded_at >= ${from.toISOString()}::timestamptz and recorded_at <= ${now.toISOString()}::timestamptz`;
  const [counted] = await queryRows<{ total: number }>(db, sql`select count(*)::int as total from ${metricPoints} where ${window}`);
  const total = Number(counted?.total ?? 0);
  if (total <= RAW_POINT_LIMIT) {
    const rows = await queryRows<{ t: string | Date; v: number }>(db, sql`select recorded_at as t, value as v from ${metricPoints} where ${window} order by recorded_at, id`);
    const points = rows.map((r) => {
      const v = Number(r.v);
      return { t: new Date(r.t).getTime(), v, min: v, max: v, n: 1 };
    });
    return { from: from.getTime(), to: now.getTime(), bucketMs: null, points, total };
  }
  const bucketMs = Math.max(1000, Math.ceil((now.getTime() - from.getTime()) / CHART_BUCKETS));
  const rows = await queryRows<{ bucket: string | Date; v: number; min: number; max: number; n: number }>(db, sql`
      select date_bin(${`${bucketMs} milliseconds`}::interval, recorded_at, ${from.toISOString()}::timestamptz) as bucket,
             ${MEAN} as v, min(value) as min, max(value) as max, count(*)::int as n
      from ${metricPoints} where ${window}
      group by 1 order by 1`);
  const points = rows.map((r) => ({ t: new Date(r.bucket).getTime() + bucketMs / 2, v: Number(r.v), min: Number(r.min), max: Number(r.max), n: Number(r.n) }));
  return { from: from.getTime(), to: now.getTime(), bucketMs, points, total };
}

export async function getMetricDetail(db: Db, key: string) {
  const [m] = await db
    .select({ metric: metrics, projectSlug: projects.slug, projectName: projects.name })
    .from(metrics)
    .leftJoin(projects, eq(projects.id, metrics.projectId))
    .where(eq(metrics.key, key))
    .limit(1);
  if (!m) return null;
  const latest = (await latestValues(db, [m.metric.id])).get(m.metric.id) ?? null;
  return { ...m.metric, projectSlug: m.projectSlug, projectName: m.projectName, latest, status: metricStatus(m.metric, latest?.value) };
}

/** How many values a metric holds: deleting it from the edit page says how many go with it. */
export async function pointCount(db: Db, metricId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(metricPoints).where(eq(metricPoints.metricId, metricId));
  return row?.n ?? 0;
}

export async function recentPoints(db: Db, metricId: string, limit = 20) {
  return db
    .select({ id: metricPoints.id, value: metricPoints.value, recordedAt: metricPoints.recordedAt, source: metricPoints.source, note: metricPoints.note })
    .from(metricPoints)
    .where(eq(metricPoints.metricId, metricId))
    .orderBy(sql`${metricPoints.recordedAt} desc, ${metricPoints.id} desc`)
    .limit(limit);
}

export type MetricOption = { id: string; key: string; name: string; unit: string; direction: MetricDirection };

/** Every metric, by name: the pickers that link one (an item's criterion, a runbook) and the import's rule proposals. */
export async function metricOptions(db: Db | Tx): Promise<MetricOption[]> {
  return db.select({ id: metrics.id, key: metrics.key, name: metrics.name, unit: metrics.unit, direction: metrics.direction }).from(metrics).orderBy(asc(metrics.name));
}

/** The command palette's metric lookup: name or key contains the text. */
export function searchMetrics(db: Db, q: string, limit = 5) {
  return db
    .select({ key: metrics.key, name: metrics.name })
    .from(metrics)
    .where(or(ilike(metrics.name, containsPattern(q)), ilike(metrics.key, containsPattern(q))))
    .orderBy(asc(metrics.name))
    .limit(limit);
}

/** For criteria that follow metrics: each metric's name, unit and newest value with its source. */
export async function latestByKey(db: Db, keys: string[]) {
  if (keys.length === 0) return new Map<string, { name: string; unit: string; latest: { value: number; recordedAt: Date; source: string } | null }>();
  const rows = await queryRows<{ key: string; name: string; unit: string; value: number | null; recorded_at: string | Date | null; source: string | null }>(
    db,
    sql`select m.key, m.name, m.unit, p.value, p.recorded_at, p.source
        from ${metrics} m
        left join lateral (select value, recorded_at, source from ${metricPoints} where metric_id = m.id order by recorded_at desc, id desc limit 1) p on true
        where m.key = any(${`{${keys.join(",")}}`}::text[])`,
  );
  return new Map(
    rows.map((r) => [r.key, { name: r.name, unit: r.unit, latest: r.value === null ? null : { value: Number(r.value), recordedAt: new Date(r.recorded_at!), source: r.source ?? "" } }]),
  );
}
