import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { drawable, MAX_TICKS, yScale } from "@/components/metrics/chart-geometry";
import { metrics, users } from "@/db/schema";
import { createTestDb } from "@/test/db";
import { MAX_METRIC_ABS_VALUE } from "./limits";
import { chartSeries, getMetricDetail, latestByKey, listMetricSummaries, RAW_POINT_LIMIT, recentPoints } from "./queries";
import { RANGES } from "./schemas";

// Values stored before the ingest limit (lib/metrics/limits.ts), or written straight into the
// database, must still read back: a mean over 0 and 1e200 overflowed PostgreSQL's double-precision
// avg ("value out of range: overflow") and every page showing the metric answered 500.

const MAX = 1.7976931348623157e308;

describe("a metric holding values beyond the ingest limit", () => {
  let t: Awaited<ReturnType<typeof createTestDb>>;
  let metricId = "";
  const now = new Date();

  beforeAll(async () => {
    t = await createTestDb();
    const [u] = await t.db.insert(users).values({ email: "lea@test", name: "Lea", role: "lead", passwordHash: "x" }).returning();
    const [m] = await t.db
      .insert(metrics)
      .values({ key: "huge", name: "Huge", direction: "lower_is_better", target: 1e200, warningThreshold: 1e250, criticalThreshold: MAX })
      .returning();
    metricId = m!.id;
    // 1,100 values over 400 days (raw for the short ranges, buckets for 1y and all), every 50th 1e200,
    // every 97th the largest double, one -1e308, one NaN and one Infinity; then 0 and 1e200 within the last hour.
    await t.db.execute(sql`
      insert into metric_points (metric_id, recorded_at, value, source, created_by)
      select ${metricId}::uuid, ${now.toISOString()}::timestamptz - (i * interval '8 hours 43 minutes') - interval '2 hours',
             case when i % 97 = 0 then ${MAX}::float8 when i % 50 = 0 then 1e200::float8 when i = 7 then -1e308::float8
                  when i = 11 then 'NaN'::float8 when i = 13 then 'Infinity'::float8 else (i % 10)::float8 end,
             'direct', ${u!.id}::uuid
      from generate_series(1, 1100) as i`);
    await t.db.execute(sql`
      insert into metric_points (metric_id, recorded_at, value, source) values
        (${metricId}::uuid, ${new Date(now.getTime() - 30 * 60_000).toISOString()}::timestamptz, 0, 'direct'),
        (${metricId}::uuid, ${new Date(now.getTime() - 20 * 60_000).toISOString()}::timestamptz, 1e200, 'direct')`);
  });
  afterAll(() => t.drop());

  it.each(RANGES)("reads the %s range and draws it on a bounded, finite axis", async (range) => {
    const series = await chartSeries(t.db, metricId, range, now);
    expect(series.points.length).toBeGreaterThan(0);
    if (range === "1y" || range === "all") expect(series.total).toBeGreaterThan(RAW_POINT_LIMIT);
    if (range === "all") expect(series.bucketMs).not.toBeNull();
    const [m] = await t.db.select().from(metrics).where(sql`id = ${metricId}::uuid`);
    const y = yScale(m!, series.points);
    expect(y.ticks.length).toBeLessThanOrEqual(MAX_TICKS);
    expect(y.ticks.every(Number.isFinite)).toBe(true);
    for (const p of drawable(series.points)) if (p.y !== null) expect(p.y).toBeLessThanOrEqual(y.domain[1]);
  });

  it("lists it with a sparkline and a status (the dashboard's and /metrics' loader)", async () => {
    const [summary] = await listMetricSummaries(t.db, now);
    expect(summary).toMatchObject({ key: "huge", latest: { value: 1e200 }, status: "ok" });
    expect(summary!.spark.length).toBeGreaterThan(20);
    // The last day holds 0 and 1e200 (the pair that overflowed) and a few small values; the 1e200
    // counts in the mean at the ingest limit.
    const last = summary!.spark.at(-1)!.v;
    expect(last).toBeGreaterThan(1e14);
    expect(last).toBeLessThan(MAX_METRIC_ABS_VALUE);
  });

  it("reads its detail, newest values and latest value by key", async () => {
    expect(await getMetricDetail(t.db, "huge")).toMatchObject({ latest: { value: 1e200 }, status: "ok" });
    expect((await recentPoints(t.db, metricId, 5)).map((p) => p.value)).toContain(1e200);
    expect((await latestByKey(t.db, ["huge"])).get("huge")).toMatchObject({ latest: { value: 1e200 } });
  });

  it("keeps the stored extremes in a bucket's min and max, and its mean within the ingest limit", async () => {
    const all = await chartSeries(t.db, metricId, "all", now);
    expect(Math.max(...all.points.map((p) => p.max).filter(Number.isFinite))).toBe(MAX);
    expect(Math.min(...all.points.map((p) => p.min))).toBe(-1e308);
    const means = all.points.map((p) => p.v);
    expect(means.every((v) => Number.isFinite(v) && Math.abs(v) <= MAX_METRIC_ABS_VALUE)).toBe(true);
    expect(Math.max(...means)).toBeGreaterThan(1e14);
  });
});
