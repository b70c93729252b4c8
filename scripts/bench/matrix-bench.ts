// Priority-matrix benchmark (issue #5), PostgreSQL only: a production build (`next start`) over
// 100,000 generated items in a throwaway database this script creates and drops, with a
// workspace-default SLA policy (P0 24 h, P1 336 h, P2 1008 h, P3 2184 h) the due dates agree with.
// Measures, in this order (the database figures with no server running):
//   1. each matrix query (lib/matrix/queries.ts) one at a time, and the page's Promise.all of them;
//   2. GET /matrix and GET /matrix?project=large-01 over HTTP, signed in as the lead: 10 concurrent
//      connections for BENCH_DURATION s each (autocannon), then one connection for BENCH_SERIAL s;
//   3. last (its tens of thousands of row rewrites would bloat the table under the page figures),
//      recomputing due dates after a policy change: `savePolicyRow` on the workspace default row of
//      P1 and P2 (the whole transaction), the target alternating 168 h ↔ 336 h so every run moves
//      items, for a calendar window (one UPDATE) and a business-day window (computed in Node).
//
//   BENCH_ONLY=matrix npm run bench
//   BENCH_LARGE_ITEMS=5000 BENCH_DURATION=5 BENCH_ONLY=matrix npm run bench
// More switches: BENCH_WARMUP (s), BENCH_SERIAL (s), BENCH_DB_RUNS, BENCH_DB_LOAD (s),
// BENCH_RECOMPUTE_RUNS, BENCH_DATABASE_URL (the server to create the throwaway database on),
// BENCH_EXTRA_SQL (";"-separated statements run in the throwaway database after seeding, e.g. to
// try an index), BENCH_CPU_PROF=1 (the server writes a V8 CPU profile to .bench/ on exit; never report its figures).
import { eq, sql } from "drizzle-orm";
import { openDb, type Db } from "@/db/client";
import { largeProjectSlug, seedLarge } from "@/db/demo/large";
import { seedDemo } from "@/db/demo/seed";
import { DEMO_PASSWORD } from "@/db/demo/users";
import { projects } from "@/db/schema";
import { listProjectOptions } from "@/lib/backlog/option-queries";
import type { Priority } from "@/lib/sla/due";
import { savePolicyRow } from "@/lib/matrix/policy-service";
import { compliance, escalationList, oldestOverdue, quadrantItems, slaCounts, statusGrid } from "@/lib/matrix/queries";
import { recomputeDueDates } from "@/lib/backlog/writer/due-dates";
import { loadSlaSettings } from "@/lib/sla/queries";
import { cleanupStack, cpuProfileDir, serverEnv, withCleanups, writeResults } from "./harness";
import { cannon, withCpu, type HttpResult } from "./load";
import { ensureBuild, freePort, throwawayDatabase, machine, signIn, startServer, stopServer, waitForHealth, type Server } from "./server";
import { envInt, loadInProcess, sample, summarise, time, type Summary } from "./stats";
import { systemActor } from "@/lib/domain/actors";

// ── Settings ─────────────────────────────────────────────────────────────────────────────────

const ITEMS = envInt("BENCH_LARGE_ITEMS", 100_000);
const PROJECTS = Math.min(20, ITEMS);
const DURATION = envInt("BENCH_DURATION", 30); // seconds of load per endpoint at CONCURRENCY
const WARMUP = envInt("BENCH_WARMUP", 5, 0); // seconds of warm-up per endpoint
const SERIAL = envInt("BENCH_SERIAL", 10, 0); // seconds per endpoint from one connection
const DB_RUNS = envInt("BENCH_DB_RUNS", 30); // sequential samples per query
const DB_LOAD = envInt("BENCH_DB_LOAD", 10, 0); // seconds of the page's queries from CONCURRENCY callers
const RECOMPUTE_RUNS = envInt("BENCH_RECOMPUTE_RUNS", 5); // timed policy saves per priority and calendar
const CONCURRENCY = 10;
const EXTRA_SQL = process.env.BENCH_EXTRA_SQL?.trim() ?? "";
const SERVER = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const LEAD = { email: "lead@example.com", password: DEMO_PASSWORD };
const ACTOR = systemActor("bench");
const PROJECT_SLUG = largeProjectSlug(1);
const PAGE_TARGET = 300; // ms, p95
const RECOMPUTE_TARGET = 5_000; // ms
const RECOMPUTE_TARGETS = [168, 336] as const; // hours; alternated so every save moves items

/** The workspace default the page is measured with (labels and owners as a real team would set them). */
const POLICY: Record<Priority, { label: string; targetHours: number; ownership: string; trackingCadence: string; escalation: string }> = {
  P0: { label: "Critical", targetHours: 24, ownership: "Senior engineer", trackingCadence: "Hourly in the incident channel", escalation: "Page the engineering manager after 4 hours" },
  P1: { label: "High", targetHours: 336, ownership: "Team lead", trackingCadence: "Daily stand-up", escalation: "Raise in the weekly leads sync" },
  P2: { label: "Medium", targetHours: 1008, ownership: "Feature team", trackingCadence: "Sprint planning", escalation: "Team lead re-plans it" },
  P3: { label: "Low", targetHours: 2184, ownership: "Architecture team", trackingCadence: "Quarterly review", escalation: "Architecture review board" },
};
const PRIORITIES = Object.keys(POLICY) as Priority[];

const ENDPOINTS = {
  all: { path: "/matrix", label: "GET /matrix (all projects)" },
  project: { path: `/matrix?project=${PROJECT_SLUG}`, label: `GET /matrix?project=${PROJECT_SLUG}` },
} as const;
type EndpointKey = keyof typeof ENDPOINTS;

/** Items per quadrant, as app/(app)/(pages)/matrix/page.tsx asks for them. */
const PER_QUADRANT = 24;
const QUERIES = ["statusGrid", "slaCounts", "compliance", "oldestOverdue", "escalationList", "quadrantItems"] as const;
type QueryName = (typeof QUERIES)[number];
const queryFn: Record<QueryName, (db: Db, projectId: string | null) => Promise<unknown>> = {
  statusGrid,
  slaCounts,
  compliance,
  oldestOverdue,
  escalationList: (db, projectId) => escalationList(db, projectId),
  quadrantItems: (db, projectId) => quadrantItems(db, projectId, PER_QUADRANT),
};
/** What the page awaits in one Promise.all (app/(app)/(pages)/matrix/page.tsx). */
const pageQueries = (db: Db, projectId: string | null) => Promise.all([...QUERIES.map((q) => queryFn[q](db, projectId)), loadSlaSettings(db)]);

const fmt = (v: number | undefined, digits = 1) => (v === undefined || Number.isNaN(v) ? "—" : v.toFixed(digits));
const pair = (s: Summary | undefined, digits = 1) => (s ? `${fmt(s.median, digits)} / ${fmt(s.p95, digits)}` : "—");
const log = (message: string) => console.log(`[matrix-bench] ${message}`);

// ── Cleanup (also on Ctrl-C) ─────────────────────────────────────────────────────────────────

const cleanups = cleanupStack("matrix-bench");

// ── Data ─────────────────────────────────────────────────────────────────────────────────────

interface DataFigures {
  items: number;
  open: number;
  openWithDue: number;
  overdue: number;
  overdueOwners: number;
  perPriority: { priority: string; open: number; overdue: number }[];
}

async function prepare(db: Db): Promise<void> {
  let started = performance.now();
  await seedDemo(db);
  log(`seeded the demo data in ${((performance.now() - started) / 1000).toFixed(1)} s; generating ${ITEMS} items in ${PROJECTS} projects…`);
  const large = await seedLarge(db, { items: ITEMS, projects: PROJECTS, reset: true });
  log(`large data set: ${large.items} items in ${(large.ms / 1000).toFixed(1)} s`);

  // The workspace default (seedDemo copied one from a demo plan; these rows replace it), then every
  // governed item's due date from it, so the matrix shows what this policy says.
  started = performance.now();
  for (const priority of PRIORITIES) {
    await savePolicyRow(db, ACTOR, { projectId: null, priority, calendar: "calendar", ...POLICY[priority] });
  }
  const timeZone = (await loadSlaSettings(db)).timeZone;
  const aligned = await db.transaction(async (tx) => {
    let n = 0;
    for (const priority of PRIORITIES) n += await recomputeDueDates(tx, { projectId: null, priority }, { targetHours: POLICY[priority].targetHours, calendar: "calendar", timeZone });
    return n;
  });
  if (EXTRA_SQL) {
    log(`BENCH_EXTRA_SQL: ${EXTRA_SQL}`);
    for (const statement of EXTRA_SQL.split(";").map((q) => q.trim()).filter(Boolean)) await db.execute(sql.raw(statement));
  }
  await db.execute(sql`vacuum (analyze) backlog_items`);
  log(`SLA policy set (${aligned} more due dates aligned) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function dataFigures(db: Db): Promise<DataFigures> {
  const perPriority = (await db.execute(sql`select coalesce(priority::text, 'untriaged') as priority,
      count(*) filter (where status not in ('done', 'wont_do'))::int as open,
      count(*) filter (where status not in ('done', 'wont_do') and due_at < now())::int as overdue
    from backlog_items group by 1 order by 1`)) as unknown as { priority: string; open: number; overdue: number }[];
  const [totals] = (await db.execute(sql`select count(*)::int as items,
      count(*) filter (where status not in ('done', 'wont_do'))::int as open,
      count(*) filter (where status not in ('done', 'wont_do') and due_at is not null)::int as open_with_due,
      count(*) filter (where status not in ('done', 'wont_do') and due_at < now() and priority is not null)::int as overdue
    from backlog_items`)) as unknown as { items: number; open: number; open_with_due: number; overdue: number }[];
  const groups = await escalationList(db, null);
  return {
    items: Number(totals!.items),
    open: Number(totals!.open),
    openWithDue: Number(totals!.open_with_due),
    overdue: Number(totals!.overdue),
    overdueOwners: groups.length,
    perPriority: perPriority.map((r) => ({ priority: r.priority, open: Number(r.open), overdue: Number(r.overdue) })),
  };
}

// ── 1. Recompute after a policy change ──────────────────────────────────────────────────────

interface RecomputeFigure {
  priority: Priority;
  calendar: "calendar" | "business";
  runs: { targetHours: number; itemsMoved: number; ms: number }[];
  ms: Summary;
  itemsMoved: number[];
  met: boolean;
}

async function benchRecompute(db: Db): Promise<RecomputeFigure[]> {
  const out: RecomputeFigure[] = [];
  for (const priority of ["P1", "P2"] as const) {
    for (const calendar of ["calendar", "business"] as const) {
      const save = (targetHours: number) => savePolicyRow(db, ACTOR, { projectId: null, priority, ...POLICY[priority], targetHours, calendar });
      // One untimed save first: it also switches the calendar, moving every governed item.
      await save(RECOMPUTE_TARGETS[0]);
      const runs: RecomputeFigure["runs"] = [];
      for (let i = 1; i <= RECOMPUTE_RUNS; i++) {
        const targetHours = RECOMPUTE_TARGETS[i % 2]!;
        const [ms, result] = await time(() => save(targetHours));
        if (!result.itemsMoved) throw new Error(`${priority} ${calendar} → ${targetHours} h moved no items`);
        runs.push({ targetHours, itemsMoved: result.itemsMoved, ms: Math.round(ms) });
      }
      const ms = summarise(runs.map((r) => r.ms));
      out.push({ priority, calendar, runs, ms, itemsMoved: [...new Set(runs.map((r) => r.itemsMoved))], met: ms.p95 <= RECOMPUTE_TARGET });
      log(`recompute ${priority} ${calendar}: ${runs.map((r) => `${r.targetHours} h → ${r.itemsMoved} items in ${r.ms} ms`).join("; ")}`);
    }
  }
  return out;
}

// ── 2. The matrix queries ───────────────────────────────────────────────────────────────────

interface QueryFigures {
  sequential: Record<"all" | "project", Record<QueryName, Summary>>;
  sumOfMedians: Record<"all" | "project", number>;
  parallel: Record<"all" | "project", Summary>;
  parallelLoad?: Summary & { requests: number };
}

async function benchQueries(db: Db, projectId: string): Promise<QueryFigures> {
  const started = performance.now();
  const sequential = { all: {}, project: {} } as QueryFigures["sequential"];
  for (const [scope, id] of [["all", null], ["project", projectId]] as const) {
    for (const q of QUERIES) sequential[scope][q] = summarise(await sample(DB_RUNS, () => queryFn[q](db, id)), 2);
  }
  const sum = (scope: "all" | "project") => Math.round(QUERIES.reduce((n, q) => n + sequential[scope][q].median, 0) * 100) / 100;
  const parallel = {
    all: summarise(await sample(DB_RUNS, () => pageQueries(db, null)), 2),
    project: summarise(await sample(DB_RUNS, () => pageQueries(db, projectId)), 2),
  };
  let parallelLoad: QueryFigures["parallelLoad"];
  if (DB_LOAD > 0) {
    const samples = await loadInProcess(Array.from({ length: CONCURRENCY }, () => () => pageQueries(db, null)), DB_LOAD);
    parallelLoad = { ...summarise(samples, 1), requests: samples.length };
  }
  log(`matrix queries ×${DB_RUNS} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { sequential, sumOfMedians: { all: sum("all"), project: sum("project") }, parallel, parallelLoad };
}

// ── 3. HTTP ──────────────────────────────────────────────────────────────────────────────────

interface EndpointReport {
  key: EndpointKey;
  endpoint: string;
  bytes: number;
  http: HttpResult;
  serial?: HttpResult;
  db: Summary;
  met: boolean;
}

async function benchHttp(env: NodeJS.ProcessEnv, figures: QueryFigures, profileDir?: string): Promise<{ endpoints: EndpointReport[]; serverLog: string[] }> {
  let server: Server | undefined;
  try {
    server = startServer(await freePort(), env, profileDir);
    const running = server;
    cleanups.add(() => stopServer(running));
    await waitForHealth(server);
    const cookie = await signIn(server.base, LEAD);
    log(`server up on ${server.base}, signed in as ${LEAD.email}`);

    const pageOk = (body: string) => body.includes("Priority × status");
    const bytes = {} as Record<EndpointKey, number>;
    for (const key of Object.keys(ENDPOINTS) as EndpointKey[]) {
      const res = await fetch(server.base + ENDPOINTS[key].path, { headers: { cookie }, redirect: "manual" });
      const body = await res.text();
      if (res.status !== 200 || !pageOk(body)) throw new Error(`${ENDPOINTS[key].path} answered ${res.status} without the matrix (${body.length} bytes)`);
      if (body.includes("There is no project")) throw new Error(`${ENDPOINTS[key].path}: the project was not found`);
      bytes[key] = Buffer.byteLength(body);
    }
    log(`/matrix HTML ${bytes.all} bytes, /matrix?project=${PROJECT_SLUG} ${bytes.project} bytes`);

    const keys = Object.keys(ENDPOINTS) as EndpointKey[];
    const load = (key: EndpointKey, seconds: number, connections = CONCURRENCY) => cannon(running.base, ENDPOINTS[key].path, cookie, seconds, pageOk, connections);
    if (WARMUP > 0) {
      log(`warming up each endpoint for ${WARMUP} s…`);
      for (const key of keys) await load(key, WARMUP);
    }
    log(`load: ${CONCURRENCY} concurrent, ${DURATION} s per endpoint`);
    const http = {} as Record<EndpointKey, HttpResult>;
    for (const key of keys) http[key] = await withCpu(running.child.pid, () => load(key, DURATION));
    const serial: Partial<Record<EndpointKey, HttpResult>> = {};
    if (SERIAL > 0) {
      log(`one connection, ${SERIAL} s per endpoint`);
      for (const key of keys) serial[key] = await withCpu(running.child.pid, () => load(key, SERIAL, 1));
    }
    await stopServer(server);
    const endpoints = keys.map((key): EndpointReport => {
      const c10 = http[key];
      const c1 = serial[key];
      return {
        key,
        endpoint: ENDPOINTS[key].label,
        bytes: bytes[key],
        http: c10,
        serial: c1,
        db: figures.parallel[key],
        met: c10.errors === 0 && c10.latency.p95 <= PAGE_TARGET && (!c1 || (c1.errors === 0 && c1.latency.p95 <= PAGE_TARGET)),
      };
    });
    return { endpoints, serverLog: server.output.slice(-40) };
  } catch (error) {
    if (server) console.error(`[matrix-bench] server output (last lines):\n${server.output.slice(-40).join("\n")}`);
    throw error;
  }
}

// ── Report ───────────────────────────────────────────────────────────────────────────────────

function printReport(r: { serverVersion: string; data: DataFigures; recompute: RecomputeFigure[]; queries: QueryFigures; endpoints: EndpointReport[] }) {
  const { data } = r;
  console.log(`\nPostgreSQL ${r.serverVersion} — ${data.items} items, ${data.open} open (${data.openWithDue} with a due date), ${data.overdue} overdue in ${data.overdueOwners} escalation groups`);
  console.table(data.perPriority);

  console.log(`\nHTTP (target p95 ≤ ${PAGE_TARGET} ms at c=1 and c=${CONCURRENCY}; DB = the page's Promise.all of the queries, in the bench process)`);
  console.table(
    r.endpoints.map((e) => ({
      endpoint: e.endpoint,
      KB: Math.round(e.bytes / 1024),
      [`c=${CONCURRENCY} req/s`]: e.http.rps,
      errors: e.http.errors + (e.serial?.errors ?? 0),
      [`c=${CONCURRENCY} med / p95 / p99`]: `${fmt(e.http.latency.median)} / ${fmt(e.http.latency.p95)} / ${fmt(e.http.latency.p99)}`,
      "c=1 med / p95": pair(e.serial?.latency),
      "c=1 req/s": e.serial?.rps ?? "—",
      "DB med / p95": pair(e.db, 2),
      "CPU server/bench/machine": e.http.cpu ? `${e.http.cpu.server ?? "?"}% / ${e.http.cpu.bench}% / ${e.http.cpu.machine}%` : "—",
      met: e.met ? "yes" : "NO",
    })),
  );

  console.log(`\nRecompute after a policy change (savePolicyRow, whole transaction; target ≤ ${RECOMPUTE_TARGET} ms; ${RECOMPUTE_RUNS} runs, ${RECOMPUTE_TARGETS.join(" ↔ ")} h)`);
  console.table(
    r.recompute.map((f) => ({
      row: `workspace ${f.priority}`,
      calendar: f.calendar,
      "items moved": f.itemsMoved.join(", "),
      "median ms": f.ms.median,
      "p95 ms": f.ms.p95,
      "min ms": f.ms.min,
      met: f.met ? "yes" : "NO",
    })),
  );

  console.log(`\nMatrix queries, one at a time (${DB_RUNS} runs each, ms median / p95)`);
  const q = r.queries;
  console.table([
    ...QUERIES.map((name) => ({ query: name, all: pair(q.sequential.all[name], 2), [PROJECT_SLUG]: pair(q.sequential.project[name], 2) })),
    { query: "sum of medians", all: fmt(q.sumOfMedians.all, 2), [PROJECT_SLUG]: fmt(q.sumOfMedians.project, 2) },
    { query: "page Promise.all (+ settings)", all: pair(q.parallel.all, 2), [PROJECT_SLUG]: pair(q.parallel.project, 2) },
    ...(q.parallelLoad ? [{ query: `page Promise.all from ${CONCURRENCY} callers (${q.parallelLoad.requests} runs)`, all: pair(q.parallelLoad, 1), [PROJECT_SLUG]: "—" }] : []),
  ]);
}

export async function runMatrixBench() {
  const startedAt = new Date();
  log(`${ITEMS} items / ${PROJECTS} projects on PostgreSQL; ${CONCURRENCY} concurrent for ${DURATION} s per endpoint (warm-up ${WARMUP} s, c=1 ${SERIAL} s)`);
  return withCleanups(cleanups, async () => {
    await ensureBuild(log);

    const database = await throwawayDatabase(SERVER, "matrix");
    cleanups.add(database.drop);
    const url = new URL(database.url);
    const env = serverEnv(cleanups, "hb-matrix-bench-", url.toString());
    const profileDir = cpuProfileDir("matrix", startedAt, log);

    const open = () => openDb({ driver: "postgres", url: url.toString() });
    let handle = await open();
    let measured;
    try {
      await handle.migrate();
      const { db } = handle;
      await prepare(db);
      const [project] = await db.select({ id: projects.id }).from(projects).where(eq(projects.slug, PROJECT_SLUG));
      if (!project) throw new Error(`project ${PROJECT_SLUG} is missing`);
      const data = await dataFigures(db);
      log(`data: ${data.items} items, ${data.open} open, ${data.overdue} overdue; ${(await listProjectOptions(db)).length} projects`);
      const queries = await benchQueries(db, project.id);
      const [version] = (await db.execute(sql`select current_setting('server_version') as v`)) as unknown as { v: string }[];
      measured = { serverVersion: version?.v ?? "?", data, queries };
    } finally {
      await handle.close();
    }

    const { endpoints, serverLog } = await benchHttp(env, measured.queries, profileDir);

    handle = await open();
    let recompute;
    try {
      recompute = await benchRecompute(handle.db);
    } finally {
      await handle.close();
    }
    const report = { ...measured, recompute, endpoints };
    const info = machine();
    console.log(`\nPriority matrix benchmark, ${startedAt.toISOString()} — ${info.cpu}, ${info.memory}, ${info.os}, Node.js ${info.node}`);
    printReport(report);

    const settings = { extraSql: EXTRA_SQL || undefined, items: ITEMS, projects: PROJECTS, duration: DURATION, warmup: WARMUP, serialSeconds: SERIAL, dbRuns: DB_RUNS, dbLoadSeconds: DB_LOAD, recomputeRuns: RECOMPUTE_RUNS, concurrency: CONCURRENCY, perQuadrant: PER_QUADRANT, policy: POLICY };
    writeResults("matrix", startedAt, { date: startedAt.toISOString(), machine: info, settings, ...report, serverLog }, log);
    return report;
  });
}
