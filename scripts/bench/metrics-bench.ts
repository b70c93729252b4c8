// Health-metrics benchmark (issue #7), PostgreSQL only: a production build (`next start`) over a
// throwaway database this script creates and drops, holding the demo data, BENCH_LARGE_ITEMS
// generated backlog items (default 100,000) and 1,000,000 metric values over 50 generated metrics
// (20,000 each, one every ~53 minutes over two years). Measures:
//   1. the chart query for one year of one metric (lib/metrics/queries.ts chartSeries), in the
//      bench process, sequentially and from 10 concurrent callers; target p95 ≤ 100 ms;
//   2. GET / (the dashboard) signed in as the viewer, from 1 connection and from 10; target p95 ≤ 400 ms;
//      and 10 requests at once right after an item change (every cache of item figures dropped);
//   3. POST /api/v1/metrics/{key}/points with a 10,000-point batch and a metrics:write token, one
//      request at a time (each one is a committed write); target ≤ 1 s for every request.
//
//   BENCH_ONLY=metrics npm run bench
// Switches: BENCH_LARGE_ITEMS, BENCH_DURATION (s of load at c=10), BENCH_SERIAL (s at c=1),
// BENCH_WARMUP (s), BENCH_DB_RUNS, BENCH_INGEST_RUNS, BENCH_COLD_RUNS, BENCH_DATABASE_URL, BENCH_CPU_PROF=1 (the server
// writes a V8 CPU profile to .bench/ on exit; the figures of such a run are not representative).
import { eq, sql } from "drizzle-orm";
import { setDbHandleForTests } from "@/db";
import { openDb, type Db } from "@/db/client";
import { seedLarge } from "@/db/demo/large";
import { seedDemo } from "@/db/demo/seed";
import { DEMO_PASSWORD } from "@/db/demo/users";
import { metrics, users } from "@/db/schema";
import { weeklyProgress } from "@/lib/dashboard/progress-queries";
import { loadDashboardSla } from "@/lib/dashboard/cached";
import { listProjectSummaries } from "@/lib/projects/queries";
import { chartSeries, listMetricSummaries } from "@/lib/metrics/queries";
import { reviewsDue } from "@/lib/runbooks/queries";
import { publishChange } from "@/lib/live/publish";
import { createToken } from "@/lib/tokens/service";
import { cleanupStack, cpuProfileDir, serverEnv, withCleanups, writeResults } from "./harness";
import { cannon, withCpu, type HttpResult } from "./load";
import { ensureBuild, freePort, throwawayDatabase, machine, signIn, startServer, stopServer, waitForHealth, type Server } from "./server";
import { envInt, loadInProcess, sample, summarise, time, type Summary } from "./stats";
import { userActor } from "@/lib/domain/actors";

const ITEMS = envInt("BENCH_LARGE_ITEMS", 100_000, 0);
const METRICS = 50;
const POINTS_PER_METRIC = 20_000;
const SPAN_DAYS = 730;
const DURATION = envInt("BENCH_DURATION", 20);
const SERIAL = envInt("BENCH_SERIAL", 10, 0);
const WARMUP = envInt("BENCH_WARMUP", 5, 0);
const DB_RUNS = envInt("BENCH_DB_RUNS", 50);
const INGEST_RUNS = envInt("BENCH_INGEST_RUNS", 10);
const COLD_RUNS = envInt("BENCH_COLD_RUNS", 10);
const BATCH = 10_000;
const CONCURRENCY = 10;
const SERVER = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const TARGET = { chart: 100, dashboard: 400, ingest: 1000 } as const;
const log = (message: string) => console.log(`[metrics-bench] ${message}`);
const fmt = (s: Summary | undefined) => (s ? `${s.median} / ${s.p95}` : "—");

const cleanups = cleanupStack("metrics-bench");

/** 50 metrics and 1,000,000 values, generated in the database (one statement per metric). */
async function seedPoints(db: Db): Promise<string[]> {
  const keys: string[] = [];
  for (let i = 1; i <= METRICS; i++) {
    const key = `bench_${String(i).padStart(2, "0")}`;
    const lower = i % 2 === 1;
    const [m] = await db
      .insert(metrics)
      .values({ key, name: `Bench metric ${i}`, unit: lower ? "ms" : "%", direction: lower ? "lower_is_better" : "higher_is_better", target: lower ? 200 : 80, warningThreshold: lower ? 300 : 70, criticalThreshold: lower ? 500 : 60, groupName: "Benchmark" })
      .returning({ id: metrics.id });
    // A slow wave plus noise plus a rare spike, one value every SPAN_DAYS / POINTS_PER_METRIC.
    await db.execute(sql`
      insert into metric_points (metric_id, recorded_at, value, source)
      select ${m!.id}::uuid,
             now() - make_interval(secs => (${POINTS_PER_METRIC} - g) * ${(SPAN_DAYS * 86_400) / POINTS_PER_METRIC}::float8),
             case when g % 997 = 0 then 900 else 150 + 60 * sin(g / 300.0) + random() * 40 end,
             'bench'
      from generate_series(1, ${POINTS_PER_METRIC}) g`);
    keys.push(key);
  }
  await db.execute(sql`vacuum (analyze) metric_points`);
  return keys;
}

async function benchChart(db: Db, metricId: string) {
  const sequential = summarise(await sample(DB_RUNS, () => chartSeries(db, metricId, "1y")), 1);
  const all = summarise(await sample(Math.min(DB_RUNS, 20), () => chartSeries(db, metricId, "all")), 1);
  const loaded = await loadInProcess(Array.from({ length: CONCURRENCY }, () => () => chartSeries(db, metricId, "1y")), 10);
  const series = await chartSeries(db, metricId, "1y");
  return { sequential, all, concurrent: { ...summarise(loaded, 1), requests: loaded.length }, points: series.points.length, total: series.total };
}

/**
 * The dashboard when its item figures are cold: commit an item change (the server drops its caches
 * on the notification), then 10 viewers open it at once. COLD_RUNS rounds; every request counts.
 */
async function benchAfterChange(db: Db, base: string, cookie: string, ok: (body: string) => boolean) {
  const latencies: number[] = [];
  for (let r = 0; r < COLD_RUNS; r++) {
    await db.transaction((tx) => publishChange(tx, { type: "items", ids: [], by: null }));
    await new Promise((resolve) => setTimeout(resolve, 300)); // delivery takes ~50 ms
    const round = await Promise.all(
      Array.from({ length: CONCURRENCY }, () =>
        time(async () => {
          const res = await fetch(`${base}/`, { headers: { cookie } });
          if (res.status !== 200 || !ok(await res.text())) throw new Error(`GET / after a change answered ${res.status}`);
        }),
      ),
    );
    latencies.push(...round.map(([ms]) => ms));
  }
  return summarise(latencies, 1);
}

async function benchIngest(base: string, token: string, key: string) {
  const runs: number[] = [];
  for (let r = 0; r < INGEST_RUNS + 1; r++) {
    const end = Date.now() - 60_000;
    const points = Array.from({ length: BATCH }, (_, i) => ({ value: 100 + (i % 50), recordedAt: new Date(end - (BATCH - i) * 1000).toISOString(), note: i % 1000 === 0 ? `run ${r}` : undefined }));
    const body = JSON.stringify({ points });
    const [ms, res] = await time(() => fetch(`${base}/api/v1/metrics/${key}/points`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body }));
    const answer = await res.text();
    if (res.status !== 201) throw new Error(`ingest answered ${res.status}: ${answer.slice(0, 300)}`);
    if (r > 0) runs.push(ms); // the first request warms the route up
  }
  return { ...summarise(runs, 1), max: Math.round(Math.max(...runs)), bodyBytes: JSON.stringify({ points: Array.from({ length: BATCH }, () => ({ value: 100, recordedAt: new Date().toISOString() })) }).length };
}

export async function runMetricsBench() {
  const startedAt = new Date();
  return withCleanups(cleanups, async () => {
    await ensureBuild(log);
    const database = await throwawayDatabase(SERVER, "metrics");
    cleanups.add(database.drop);
    const url = new URL(database.url);
    const env = serverEnv(cleanups, "hb-metrics-bench-", url.toString());

    const handle = await openDb({ driver: "postgres", url: url.toString() });
    cleanups.add(() => handle.close());
    await handle.migrate();
    // lib/ code that opens the app's database itself (getDb) gets this one too.
    setDbHandleForTests(handle);
    cleanups.add(() => setDbHandleForTests(undefined));
    const { db } = handle;
    let started = performance.now();
    await seedDemo(db);
    if (ITEMS > 0) await seedLarge(db, { items: ITEMS, projects: 20, reset: true });
    log(`demo + ${ITEMS} items in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    started = performance.now();
    const keys = await seedPoints(db);
    const [{ n: pointCount }] = (await db.execute(sql`select count(*)::int as n from metric_points`)) as unknown as [{ n: number }];
    log(`${Number(pointCount).toLocaleString("en")} metric values (${METRICS} × ${POINTS_PER_METRIC.toLocaleString("en")} generated + the demo's) in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const [chartMetric] = await db.select({ id: metrics.id }).from(metrics).where(eq(metrics.key, keys[0]!));
    const chart = await benchChart(db, chartMetric!.id);
    log(`chart 1y: ${fmt(chart.sequential)} ms (${chart.points} buckets of ${chart.total} values)`);

    // The dashboard's data without its caches (the page keeps the item aggregates until the next
    // item change, so the HTTP figures below are mostly warm): what a render after a change costs.
    const [viewerRow] = await db.select().from(users).where(eq(users.email, "viewer@example.com"));
    const viewer = userActor(viewerRow!);
    const dashboardQueries = summarise(
      await sample(Math.min(DB_RUNS, 20), () => Promise.all([listProjectSummaries(viewer), listMetricSummaries(db), weeklyProgress(db), loadDashboardSla(db), reviewsDue(db, new Date())])),
      1,
    );
    const metricSummaries = summarise(await sample(Math.min(DB_RUNS, 20), () => listMetricSummaries(db)), 1);
    log(`dashboard queries uncached: ${fmt(dashboardQueries)} ms (metric tiles alone ${fmt(metricSummaries)} ms)`);
    // Each loader alone, to show which one a cold render waits for.
    const loaders = { projects: () => listProjectSummaries(viewer), progress: () => weeklyProgress(db), sla: () => loadDashboardSla(db), reviews: () => reviewsDue(db, new Date()) };
    for (const [name, load] of Object.entries(loaders)) log(`  ${name} alone: ${fmt(summarise(await sample(10, load), 1))} ms`);

    const [adminUser] = await db.select().from(users).where(eq(users.email, "admin@example.com"));
    const token = await createToken(db, userActor(adminUser!), { name: "bench", scopes: ["metrics:write"], expiresInDays: 1 });

    let server: Server | undefined;
    let dashboard: { c10: HttpResult; c1?: HttpResult; afterChange: Summary; bytes: number };
    let ingest: Awaited<ReturnType<typeof benchIngest>>;
    const profileDir = cpuProfileDir("metrics", startedAt, log);
    try {
      server = startServer(await freePort(), env, profileDir);
      const running = server;
      cleanups.add(() => stopServer(running));
      await waitForHealth(server);
      const cookie = await signIn(server.base, { email: "viewer@example.com", password: DEMO_PASSWORD });
      const ok = (body: string) => body.includes("Backlog progress") && body.includes("metric-tile");
      const first = await fetch(`${server.base}/`, { headers: { cookie } });
      const html = await first.text();
      if (first.status !== 200 || !ok(html)) throw new Error(`GET / answered ${first.status} without the dashboard`);
      if (WARMUP > 0) await cannon(server.base, "/", cookie, WARMUP, ok, CONCURRENCY);
      const c10 = await withCpu(server.child.pid, () => cannon(running.base, "/", cookie, DURATION, ok, CONCURRENCY));
      const c1 = SERIAL > 0 ? await withCpu(server.child.pid, () => cannon(running.base, "/", cookie, SERIAL, ok, 1)) : undefined;
      const afterChange = await benchAfterChange(db, running.base, cookie, ok);
      dashboard = { c10, c1, afterChange, bytes: Buffer.byteLength(html) };
      log(`GET /: c=1 ${fmt(c1?.latency)} ms, c=${CONCURRENCY} ${fmt(c10.latency)} ms, ${CONCURRENCY} at once after an item change ${fmt(afterChange)} ms`);
      ingest = await benchIngest(server.base, token.secret, keys[1]!);
      log(`ingest of ${BATCH} points: ${fmt(ingest)} ms, max ${ingest.max} ms`);
    } catch (error) {
      if (server) console.error(`[metrics-bench] server output:\n${server.output.slice(-40).join("\n")}`);
      throw error;
    } finally {
      if (server) await stopServer(server);
    }

    const [version] = (await db.execute(sql`select current_setting('server_version') as v`)) as unknown as { v: string }[];
    const info = machine();
    const report = {
      date: startedAt.toISOString(),
      machine: info,
      postgres: version?.v,
      data: { items: ITEMS, metrics: METRICS, points: Number(pointCount) },
      chart: { ...chart, target: TARGET.chart, met: chart.sequential.p95 <= TARGET.chart && chart.concurrent.p95 <= TARGET.chart },
      dashboard: { ...dashboard, uncachedQueries: dashboardQueries, metricSummaries, target: TARGET.dashboard, met: dashboard.c10.errors === 0 && (dashboard.c1?.latency.p95 ?? 0) <= TARGET.dashboard && dashboard.c10.latency.p95 <= TARGET.dashboard },
      ingest: { ...ingest, target: TARGET.ingest, met: ingest.max <= TARGET.ingest },
    };
    console.log(`\nHealth-metrics benchmark, ${report.date} — ${info.cpu}, ${info.memory}, ${info.os}, Node.js ${info.node}, PostgreSQL ${report.postgres}`);
    console.log(`Data: ${report.data.points.toLocaleString("en")} values over ${METRICS} generated metrics (+ the demo's), ${ITEMS.toLocaleString("en")} generated items (+ the demo's)`);
    console.table([
      { measure: "chart query, 1 year (1 caller)", "median / p95 ms": fmt(chart.sequential), target: `p95 ≤ ${TARGET.chart}`, note: `${chart.points} buckets of ${chart.total} values`, met: report.chart.met ? "yes" : "NO" },
      { measure: `chart query, 1 year (${CONCURRENCY} callers)`, "median / p95 ms": fmt(chart.concurrent), target: `p95 ≤ ${TARGET.chart}`, note: `${chart.concurrent.requests} runs`, met: "" },
      { measure: "chart query, all (2 years)", "median / p95 ms": fmt(chart.all), target: "", note: "", met: "" },
      { measure: "GET / dashboard, c=1", "median / p95 ms": fmt(dashboard.c1?.latency), target: `p95 ≤ ${TARGET.dashboard}`, note: `${dashboard.c1?.rps ?? "—"} req/s, ${Math.round(dashboard.bytes / 1024)} KB`, met: report.dashboard.met ? "yes" : "NO" },
      { measure: `GET / dashboard, c=${CONCURRENCY}`, "median / p95 ms": fmt(dashboard.c10.latency), target: `p95 ≤ ${TARGET.dashboard}`, note: `${dashboard.c10.rps} req/s, errors ${dashboard.c10.errors}`, met: "" },
      { measure: `GET / × ${CONCURRENCY} at once after an item change`, "median / p95 ms": fmt(dashboard.afterChange), target: "", note: `${COLD_RUNS} rounds`, met: "" },
      { measure: "dashboard queries, uncached (in process)", "median / p95 ms": fmt(dashboardQueries), target: "", note: `metric tiles alone ${fmt(metricSummaries)}`, met: "" },
      { measure: `POST ${BATCH.toLocaleString("en")} points`, "median / p95 ms": fmt(ingest), target: `every one ≤ ${TARGET.ingest}`, note: `max ${ingest.max} ms, ${INGEST_RUNS} runs, ~${Math.round(ingest.bodyBytes / 1024)} KB body`, met: report.ingest.met ? "yes" : "NO" },
    ]);
    writeResults("metrics", startedAt, report, log);
    return report;
  });
}
