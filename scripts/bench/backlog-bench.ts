// Backlog HTTP benchmark (issue #4): a production build (`next start`) over 100,000 generated items,
// on PostgreSQL and on PGlite. Load comes from this process (autocannon for the two GETs, node:http
// keep-alive workers for the status change), 10 concurrent connections for BENCH_DURATION s per endpoint.
// Beside every HTTP figure stands the time the database itself takes for the same work, measured
// here with our own connection before the server starts (a PGlite folder must never be open in two
// processes at once), so the app's overhead shows as a ratio.
//
//   BENCH_ONLY=backlog npm run bench
//   BENCH_LARGE_ITEMS=5000 BENCH_DURATION=5 BENCH_DRIVERS=postgres BENCH_ONLY=backlog npm run bench
// More switches: BENCH_WARMUP (s), BENCH_SERIAL (s), BENCH_DB_RUNS, BENCH_DB_LOAD (s), BENCH_SEARCH, BENCH_ENDPOINTS
// (list,page,status), BENCH_CPU_PROF=1 (the server writes a V8 CPU profile to .bench/ on exit;
// profiling slows it down, so never report figures from such a run).
import { Agent, request } from "node:http";
import os from "node:os";
import { join } from "node:path";
import { eq, inArray, sql, type SQLWrapper } from "drizzle-orm";
import { openDb, type Db, type DbHandle, type Driver } from "@/db/client";
import { seedLarge } from "@/db/demo/large";
import { seedDemo } from "@/db/demo/seed";
import { DEMO_PASSWORD } from "@/db/demo/users";
import { backlogItems, projects, users } from "@/db/schema";
import { parseBacklogQuery } from "@/lib/backlog/filters";
import { backlogCountQuery, backlogPageQuery, listBacklog } from "@/lib/backlog/list-queries";
import { listAssignableUsers, listProjectOptions } from "@/lib/backlog/option-queries";
import { updateItem } from "@/lib/backlog/service";
import { listViews } from "@/lib/backlog/saved-view-queries";
import { cleanupStack, cpuProfileDir, serverEnv, withCleanups, writeResults } from "./harness";
import { cannon, httpResult, withCpu, type HttpResult } from "./load";
import { ensureBuild, freePort, throwawayDatabase, machine, signIn, startServer, stopServer, waitForHealth, type Server } from "./server";
import { envInt, loadInProcess, sample, summarise, type Summary } from "./stats";
import { userActor } from "@/lib/domain/actors";

// ── Settings ─────────────────────────────────────────────────────────────────────────────────

const ITEMS = envInt("BENCH_LARGE_ITEMS", 100_000);
const PROJECTS = Math.min(20, ITEMS);
const DURATION = envInt("BENCH_DURATION", 30); // seconds of load per endpoint
const WARMUP = envInt("BENCH_WARMUP", 5, 0); // seconds of warm-up per endpoint
const DB_RUNS = envInt("BENCH_DB_RUNS", 30); // sequential database samples per figure
const DB_LOAD = envInt("BENCH_DB_LOAD", 10, 0); // seconds of in-process load at CONCURRENCY per figure
const SERIAL = envInt("BENCH_SERIAL", 5, 0); // seconds per endpoint with one connection (latency without queueing)
const CONCURRENCY = 10;
const SEARCH_TERM = process.env.BENCH_SEARCH ?? "pipeline"; // a COMPONENTS word of db/demo/large.ts
/** The benchmark's view: a filter, a sort and a search term, as the backlog's URL carries them. */
const FILTER = `status=not_started,in_progress&priority=P1,P2&q=${encodeURIComponent(SEARCH_TERM)}&sort=due`;
const SERVER = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const LEAD = { email: "lead@example.com", password: DEMO_PASSWORD };

const ENDPOINTS = {
  list: { label: `GET /api/v1/items?${FILTER}`, short: "GET /api/v1/items (filter+sort+search)", target: 100 },
  page: { label: `GET /backlog?${FILTER}`, short: "GET /backlog HTML (same URL query)", target: 250 },
  status: { label: "POST /api/v1/items/{id}/status", short: "POST status change (own item per worker)", target: 100 },
} as const;
type EndpointKey = keyof typeof ENDPOINTS;

function endpointKeys(): EndpointKey[] {
  const list = (process.env.BENCH_ENDPOINTS ?? "list,page,status").split(",").map((d) => d.trim()).filter(Boolean);
  for (const k of list) if (!(k in ENDPOINTS)) throw new Error(`BENCH_ENDPOINTS: unknown endpoint "${k}" (${Object.keys(ENDPOINTS).join(", ")})`);
  return list as EndpointKey[];
}

function drivers(): Driver[] {
  const list = (process.env.BENCH_DRIVERS ?? "postgres,pglite").split(",").map((d) => d.trim()).filter(Boolean);
  for (const d of list) if (d !== "postgres" && d !== "pglite") throw new Error(`BENCH_DRIVERS: unknown driver "${d}" (postgres, pglite)`);
  return list as Driver[];
}

// ── Small helpers ────────────────────────────────────────────────────────────────────────────

type Row = Record<string, unknown>;
async function rows<T = Row>(db: Db, query: SQLWrapper): Promise<T[]> {
  const result = (await db.execute(query.getSQL())) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}

const fmt = (v: number | undefined, digits = 1) => (v === undefined || Number.isNaN(v) ? "—" : v.toFixed(digits));
const pair = (s: Summary | undefined, digits = 1) => (s ? `${fmt(s.median, digits)} / ${fmt(s.p95, digits)}` : "—");
const log = (message: string) => console.log(`[backlog-bench] ${message}`);

// ── EXPLAIN ANALYZE ─────────────────────────────────────────────────────────────────────────

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Sort Method"?: string;
  "Sort Key"?: string[];
  "Actual Total Time"?: number;
  "Actual Rows"?: number;
  "Actual Loops"?: number;
  "Rows Removed by Filter"?: number;
  "Rows Removed by Index Recheck"?: number;
  "Exact Heap Blocks"?: number;
  "Lossy Heap Blocks"?: number;
  Plans?: PlanNode[];
}
interface ExplainResult {
  Plan: PlanNode;
  "Planning Time": number;
  "Execution Time": number;
}

async function explainAnalyze(db: Db, query: SQLWrapper): Promise<ExplainResult> {
  const [row] = await rows(db, sql`explain (analyze, format json) ${query}`);
  const cell = row?.["QUERY PLAN"];
  const parsed = (typeof cell === "string" ? JSON.parse(cell) : cell) as ExplainResult[] | undefined;
  if (!parsed?.[0]) throw new Error(`unexpected EXPLAIN result: ${JSON.stringify(row).slice(0, 200)}`);
  return parsed[0];
}

/** The plan as indented lines: node, index or table, actual time, rows and loops. */
function outline(node: PlanNode, depth = 0, out: string[] = []): string[] {
  const target = node["Index Name"] ? ` using ${node["Index Name"]}` : node["Relation Name"] ? ` on ${node["Relation Name"]}` : "";
  const extra = [
    node["Sort Key"] ? `key ${node["Sort Key"].join(", ")}` : "",
    node["Sort Method"] ? node["Sort Method"] : "",
    node["Rows Removed by Filter"] ? `${node["Rows Removed by Filter"]} removed by filter` : "",
    node["Rows Removed by Index Recheck"] ? `${node["Rows Removed by Index Recheck"]} removed by recheck` : "",
    node["Lossy Heap Blocks"] ? `${node["Lossy Heap Blocks"]} lossy blocks` : "",
  ].filter(Boolean);
  out.push(
    `${"  ".repeat(depth)}${node["Node Type"]}${target}: ${fmt(node["Actual Total Time"], 2)} ms, ${node["Actual Rows"]} rows × ${node["Actual Loops"]}` +
      (extra.length ? ` (${extra.join("; ")})` : ""),
  );
  for (const child of node.Plans ?? []) outline(child, depth + 1, out);
  return out;
}

// ── Data and database-side figures ───────────────────────────────────────────────────────────

interface StatusWorker {
  id: string;
  key: string;
  projectSlug: string;
  version: number;
  status: "not_started" | "in_progress";
}
const flip = (s: StatusWorker["status"]) => (s === "in_progress" ? "not_started" : "in_progress");

interface DbFigures {
  matching: number;
  explain: { page: Summary; count: Summary; both: Summary; plans: { page: ExplainResult; count: ExplainResult } };
  inProcess: Record<EndpointKey, Summary>;
  inProcessLoad: Partial<Record<EndpointKey, Summary & { requests: number }>>;
  serverVersion: string;
}

async function prepareAndMeasure(handle: DbHandle): Promise<{ figures: DbFigures; workers: StatusWorker[] }> {
  const { db } = handle;
  let started = performance.now();
  await handle.migrate();
  await seedDemo(db);
  log(`migrated and seeded the demo data in ${((performance.now() - started) / 1000).toFixed(1)} s; generating ${ITEMS} items in ${PROJECTS} projects…`);
  const large = await seedLarge(db, { items: ITEMS, projects: PROJECTS, reset: true });
  log(`large data set: ${large.items} items, ${large.checklist} checklist entries, ${large.comments} comments in ${(large.ms / 1000).toFixed(1)} s`);

  const [lead] = await db.select({ id: users.id, email: users.email, name: users.name, role: users.role }).from(users).where(eq(users.email, LEAD.email));
  if (!lead) throw new Error(`${LEAD.email} is missing after seedDemo`);
  const { query, warnings } = parseBacklogQuery(new URLSearchParams(FILTER));
  if (warnings.length) throw new Error(`the benchmark filter is not valid: ${warnings.join(" ")}`);
  const [version] = await rows<{ v: string }>(db, sql`select current_setting('server_version') as v`);

  const [countRow] = await backlogCountQuery(db, query, lead.id);
  const matching = Number(countRow?.n ?? 0);
  log(`the benchmark filter matches ${matching}${matching > 10_000 ? " (count capped)" : ""} items`);
  if (matching < 50) log(`warning: fewer than 50 matching items, the page is not full (BENCH_LARGE_ITEMS=${ITEMS})`);

  // (a) What the SQL itself costs: planning + execution of the list's two main queries.
  started = performance.now();
  const pageRuns: ExplainResult[] = [];
  const countRuns: ExplainResult[] = [];
  for (let i = 0; i < DB_RUNS + 2; i++) {
    const p = await explainAnalyze(db, backlogPageQuery(db, query, lead.id));
    const c = await explainAnalyze(db, backlogCountQuery(db, query, lead.id));
    if (i < 2) continue; // the first two warm the caches
    pageRuns.push(p);
    countRuns.push(c);
  }
  const ms = (r: ExplainResult) => r["Planning Time"] + r["Execution Time"];
  const explain = {
    page: summarise(pageRuns.map(ms), 2),
    count: summarise(countRuns.map(ms), 2),
    both: summarise(pageRuns.map((p, i) => ms(p) + ms(countRuns[i]!)), 2),
    plans: { page: pageRuns[Math.floor(pageRuns.length / 2)]!, count: countRuns[Math.floor(countRuns.length / 2)]! },
  };
  log(`EXPLAIN ANALYZE ×${DB_RUNS} in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  // (b) The same data work the endpoints do, in this process through the app's own functions.
  const editor = userActor(lead);
  const open = await db
    .select({ id: backlogItems.id, key: backlogItems.key, projectSlug: projects.slug, version: backlogItems.version, status: backlogItems.status })
    .from(backlogItems)
    .innerJoin(projects, eq(projects.id, backlogItems.projectId))
    .where(sql`${projects.slug} like 'large-%' and ${backlogItems.status} in ('not_started', 'in_progress')`)
    .orderBy(backlogItems.key, projects.slug)
    .limit(CONCURRENCY);
  if (open.length < CONCURRENCY) throw new Error(`only ${open.length} open items to change`);
  const workers = open.map((r) => ({ ...r, status: r.status as StatusWorker["status"] }));
  const toggle = async (w: StatusWorker) => {
    const result = await updateItem(db, editor, { id: w.id, version: w.version, changes: { status: flip(w.status) } }, "item.status");
    w.version = result.version;
    w.status = result.status as StatusWorker["status"];
  };
  const listWork = () => listBacklog(db, query, lead.id);
  const pageWork = () => Promise.all([listBacklog(db, query, lead.id), listProjectOptions(db), listAssignableUsers(db), listViews(db, lead.id)]);
  const inProcess = {
    list: summarise(await sample(DB_RUNS, listWork), 2),
    page: summarise(await sample(DB_RUNS, pageWork), 2),
    status: summarise(await sample(DB_RUNS, () => toggle(workers[0]!)), 2),
  };
  // The same at the HTTP load's concurrency: how much of the HTTP latency is the database queueing.
  const inProcessLoad: DbFigures["inProcessLoad"] = {};
  if (DB_LOAD > 0) {
    const worker = <T>(fn: () => Promise<T>) => Array.from({ length: CONCURRENCY }, () => fn);
    for (const [key, steps] of [
      ["list", worker(listWork)],
      ["page", worker(pageWork)],
      ["status", workers.map((w) => () => toggle(w))],
    ] as const) {
      const samples = await loadInProcess([...steps], DB_LOAD);
      inProcessLoad[key] = { ...summarise(samples, 2), requests: samples.length };
    }
  }
  // Fresh versions for the HTTP workers (the toggles above moved them).
  const current = await db.select({ id: backlogItems.id, version: backlogItems.version, status: backlogItems.status }).from(backlogItems).where(inArray(backlogItems.id, workers.map((w) => w.id)));
  for (const w of workers) {
    const row = current.find((r) => r.id === w.id)!;
    w.version = row.version;
    w.status = row.status as StatusWorker["status"];
  }
  return { figures: { matching, explain, inProcess, inProcessLoad, serverVersion: version?.v ?? "?" }, workers };
}

/** One POST on a keep-alive agent (node:http costs this process a fraction of what fetch does). */
function post(agent: Agent, url: string, cookie: string, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      // Origin as a browser sends it: the route wrapper refuses a cookie-authenticated write without it (403).
      { method: "POST", agent, headers: { cookie, origin: new URL(url).origin, "content-type": "application/json", "content-length": Buffer.byteLength(body) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }));
        res.on("error", reject);
      },
    );
    req.setTimeout(30_000, () => req.destroy(new Error("request timed out")));
    req.on("error", reject);
    req.end(body);
  });
}

/**
 * The status change: CONCURRENCY workers on keep-alive connections, each owning one item, posting
 * {version, status} and taking the new version from the answer. A request is never abandoned
 * mid-flight (autocannon drops them at the deadline), so the versions stay in step.
 */
async function statusLoad(base: string, cookie: string, workers: StatusWorker[], seconds: number): Promise<HttpResult> {
  const latencies: number[] = [];
  const statusCodes: Record<string, number> = {};
  let otherErrors = 0;
  const deadline = performance.now() + seconds * 1000;
  const startedAt = performance.now();
  const agent = new Agent({ keepAlive: true, maxSockets: workers.length });
  await Promise.all(
    workers.map(async (w) => {
      while (performance.now() < deadline) {
        const started = performance.now();
        try {
          const res = await post(agent, `${base}/api/v1/items/${w.id}/status`, cookie, JSON.stringify({ version: w.version, status: flip(w.status) }));
          const text = res.text;
          latencies.push(performance.now() - started);
          statusCodes[res.status] = (statusCodes[res.status] ?? 0) + 1;
          if (res.status >= 200 && res.status < 300) {
            const body = JSON.parse(text) as { version: number; status: StatusWorker["status"] };
            w.version = body.version;
            w.status = body.status;
          } else if (res.status === 409) {
            await resync(base, cookie, w);
          } else {
            await new Promise((r) => setTimeout(r, 50)); // counted as non-2xx; do not spin on a failing server
          }
        } catch {
          otherErrors++;
          await resync(base, cookie, w).catch(() => {});
        }
      }
    }),
  );
  agent.destroy();
  // A refused write is fast and would pass for a good figure: any answer but 2xx (or a 409, resynced) voids the run.
  const refused = Object.entries(statusCodes).filter(([code]) => !code.startsWith("2") && code !== "409");
  if (refused.length) throw new Error(`status changes were refused (${refused.map(([c, n]) => `${c}×${n}`).join(", ")}): the figures would measure the refusal`);
  return httpResult(latencies, statusCodes, otherErrors, (performance.now() - startedAt) / 1000);
}

/** After a 409 (never expected: each worker owns its item), reread the item's version through the list endpoint. */
async function resync(base: string, cookie: string, w: StatusWorker) {
  const res = await fetch(`${base}/api/v1/items?project=${w.projectSlug}&q=${encodeURIComponent(w.key)}&size=100`, { headers: { cookie } });
  const page = (await res.json()) as { rows?: { id: string; version: number; status: string }[] };
  const row = page.rows?.find((r) => r.id === w.id);
  if (!row) throw new Error(`cannot find item ${w.key} to resync its version`);
  log(`warning: item ${w.key} was at version ${row.version}, not ${w.version}`);
  w.version = row.version;
  w.status = row.status as StatusWorker["status"];
}

// ── One driver, end to end ───────────────────────────────────────────────────────────────────

interface EndpointReport {
  key: EndpointKey;
  endpoint: string;
  target: number;
  http: HttpResult;
  /** The same endpoint from a single connection: its latency without queueing. */
  serial?: HttpResult;
  db: Summary;
  dbLabel: string;
  sql?: Summary;
  dbUnderLoad?: Summary & { requests: number };
  ratio: number;
  met: boolean;
}

interface DriverReport {
  driver: Driver;
  label: string;
  serverVersion: string;
  matching: number;
  endpoints: EndpointReport[];
  explain: DbFigures["explain"];
  serverLog: string[];
}

// Each driver's server, database and folder go when that driver is done (and on Ctrl-C).
const cleanups = cleanupStack("backlog-bench");

async function benchDriver(driver: Driver): Promise<DriverReport> {
  const label = driver === "postgres" ? "PostgreSQL" : "PGlite";
  log(`── ${label} ──`);
  const env = serverEnv(cleanups, "hb-backlog-bench-");
  const profileDir = cpuProfileDir(driver, new Date(), log);

  let server: Server | undefined;
  try {
    let handle: DbHandle;
    if (driver === "postgres") {
      const database = await throwawayDatabase(SERVER, "backlog");
      cleanups.add(database.drop);
      env.DATABASE_URL = database.url;
      handle = await openDb({ driver: "postgres", url: env.DATABASE_URL });
    } else {
      handle = await openDb({ driver: "pglite", dataDir: join(env.DATA_DIR!, "pglite") });
    }
    let measured;
    try {
      measured = await prepareAndMeasure(handle);
    } finally {
      await handle.close(); // before the server opens the same database (PGlite: one process only)
    }
    const { figures, workers } = measured;

    server = startServer(await freePort(), env, profileDir);
    const running = server;
    cleanups.add(() => stopServer(running));
    await waitForHealth(server);
    const cookie = await signIn(server.base, LEAD);
    log(`server up on ${server.base}, signed in as ${LEAD.email}`);

    const listPath = `/api/v1/items?${FILTER}`;
    const pagePath = `/backlog?${FILTER}`;
    const listOk = (body: string) => body.startsWith("{") && body.includes('"rows"');
    const pageOk = (body: string) => body.includes("<table");
    // One checked request each before the load.
    const first = await fetch(server.base + listPath, { headers: { cookie } });
    const firstBody = (await first.json()) as { rows?: unknown[]; total?: number };
    if (first.status !== 200 || !firstBody.rows?.length) throw new Error(`list endpoint answered ${first.status}: ${JSON.stringify(firstBody).slice(0, 300)}`);
    if (firstBody.total !== Math.min(figures.matching, 10_000)) throw new Error(`list endpoint counts ${firstBody.total}, the database ${figures.matching}`);
    const html = await fetch(server.base + pagePath, { headers: { cookie }, redirect: "manual" });
    const htmlBody = await html.text();
    if (html.status !== 200 || !pageOk(htmlBody)) throw new Error(`/backlog answered ${html.status} without the table (${htmlBody.length} bytes)`);
    log(`list JSON ${Buffer.byteLength(JSON.stringify(firstBody))} bytes, /backlog HTML ${Buffer.byteLength(htmlBody)} bytes`);

    const keys = endpointKeys();
    const load: Record<EndpointKey, (seconds: number, connections?: number) => Promise<HttpResult>> = {
      list: (seconds, connections) => cannon(running.base, listPath, cookie, seconds, listOk, connections),
      page: (seconds, connections) => cannon(running.base, pagePath, cookie, seconds, pageOk, connections),
      status: (seconds, connections) => statusLoad(running.base, cookie, workers.slice(0, connections), seconds),
    };
    if (WARMUP > 0) {
      log(`warming up each endpoint for ${WARMUP} s…`);
      for (const key of keys) await load[key](WARMUP);
    }
    log(`load: ${CONCURRENCY} concurrent, ${DURATION} s per endpoint`);
    const http: Partial<Record<EndpointKey, HttpResult>> = {};
    for (const key of keys) http[key] = await withCpu(running.child.pid, () => load[key](DURATION));
    const serial: Partial<Record<EndpointKey, HttpResult>> = {};
    if (SERIAL > 0) {
      log(`one connection, ${SERIAL} s per endpoint`);
      for (const key of keys) serial[key] = await withCpu(running.child.pid, () => load[key](SERIAL, 1));
    }
    await stopServer(server);

    const dbLabels: Record<EndpointKey, string> = {
      list: "listBacklog (page + count queries, count uncached)",
      page: "listBacklog + projects, users, views",
      status: "updateItem transaction (EXPLAIN cannot cover it)",
    };
    const endpoints = keys.map((key): EndpointReport => {
      const db = figures.inProcess[key];
      const result = http[key]!;
      return {
        key,
        endpoint: ENDPOINTS[key].label,
        target: ENDPOINTS[key].target,
        http: result,
        serial: serial[key],
        db,
        dbLabel: dbLabels[key],
        sql: key === "status" ? undefined : figures.explain.both,
        dbUnderLoad: figures.inProcessLoad[key],
        ratio: Math.round((result.latency.p95 / db.p95) * 10) / 10,
        met: result.latency.p95 <= ENDPOINTS[key].target && result.errors === 0,
      };
    });
    return { driver, label, serverVersion: figures.serverVersion, matching: figures.matching, endpoints, explain: figures.explain, serverLog: server.output.slice(-40) };
  } catch (error) {
    if (server) console.error(`[backlog-bench] server output (last lines):\n${server.output.slice(-40).join("\n")}`);
    throw error;
  } finally {
    await cleanups.run();
  }
}

// ── Report ───────────────────────────────────────────────────────────────────────────────────

function printReport(report: DriverReport) {
  const what = report.driver === "postgres" ? `PostgreSQL ${report.serverVersion}` : `PGlite ${machine().pglite} (PostgreSQL ${report.serverVersion})`;
  console.log(`\n${what} — ${ITEMS} items, the filter matches ${report.matching}`);
  console.table(
    report.endpoints.map((e) => ({
      endpoint: ENDPOINTS[e.key].short,
      requests: e.http.requests,
      "req/s": e.http.rps,
      errors: e.http.errors,
      "median ms": e.http.latency.median,
      "p95 ms": e.http.latency.p95,
      "p99 ms": e.http.latency.p99,
      "SQL med/p95": pair(e.sql, 2),
      "DB med/p95": pair(e.db, 2),
      [`DB@${CONCURRENCY} med/p95`]: pair(e.dbUnderLoad, 1),
      "c=1 med/p95": pair(e.serial?.latency),
      "CPU server/bench/machine": e.http.cpu ? `${e.http.cpu.server ?? "?"}% / ${e.http.cpu.bench}% / ${e.http.cpu.machine}%` : "—",
      "p95 / DB p95": `${e.ratio}×`,
      target: `≤ ${e.target}`,
      met: e.met ? "yes" : "NO",
    })),
  );
  for (const e of report.endpoints) {
    const codes = Object.entries(e.http.statusCodes).map(([c, n]) => `${c}×${n}`).join(", ");
    console.log(`  ${e.endpoint}: status codes ${codes || "none"}; DB = ${e.dbLabel}`);
  }
  console.log("  SQL = EXPLAIN (ANALYZE) planning + execution of backlogPageQuery + backlogCountQuery (no round trips);");
  console.log("  DB = the same data work in the bench process through the app's functions, one at a time;");
  console.log(`  DB@${CONCURRENCY} = that work from ${CONCURRENCY} concurrent callers in the bench process (no server running).`);
  console.log(`  c=1 = the endpoint from one connection for ${SERIAL} s after the load (latency without queueing).`);
  console.log(`  CPU during the load: next start and this process in % of one core, the whole machine in % of all ${os.cpus().length} cores.`);
  console.log(`  The status change has no SQL figure: EXPLAIN ANALYZE cannot cover its multi-statement transaction.`);
  console.log(`  EXPLAIN page query (median run: planning ${fmt(report.explain.plans.page["Planning Time"], 2)} ms, execution ${fmt(report.explain.plans.page["Execution Time"], 2)} ms):`);
  for (const line of outline(report.explain.plans.page.Plan)) console.log(`    ${line}`);
  console.log(`  EXPLAIN count query (planning ${fmt(report.explain.plans.count["Planning Time"], 2)} ms, execution ${fmt(report.explain.plans.count["Execution Time"], 2)} ms):`);
  for (const line of outline(report.explain.plans.count.Plan)) console.log(`    ${line}`);
}

export async function runBacklogBench() {
  const list = drivers();
  const startedAt = new Date();
  log(`${ITEMS} items / ${PROJECTS} projects; ${CONCURRENCY} concurrent for ${DURATION} s per endpoint (warm-up ${WARMUP} s); drivers ${list.join(", ")}`);
  return withCleanups(cleanups, async () => {
    await ensureBuild(log);
    const reports: DriverReport[] = [];
    for (const driver of list) reports.push(await benchDriver(driver));

    const info = machine();
    console.log(`\nBacklog benchmark, ${startedAt.toISOString()} — ${info.cpu}, ${info.memory}, ${info.os}, Node.js ${info.node}, PGlite ${info.pglite}`);
    console.log(`Query: ?${FILTER}; load from the bench process (a separate process from next start), ${CONCURRENCY} concurrent, ${DURATION} s each.`);
    for (const report of reports) printReport(report);

    const settings = { items: ITEMS, projects: PROJECTS, duration: DURATION, warmup: WARMUP, dbRuns: DB_RUNS, dbLoadSeconds: DB_LOAD, serialSeconds: SERIAL, concurrency: CONCURRENCY, filter: FILTER };
    writeResults("backlog", startedAt, { date: startedAt.toISOString(), machine: info, settings, drivers: reports }, log);
    return reports;
  });
}
