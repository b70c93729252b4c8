// The browser's share of issue #21: for each route, the JavaScript a cold load transfers and the RSC
// prefetches it sets off. A production build (`next start`) over a throwaway PostgreSQL database
// holding the demo data, Chromium driven through playwright-core (no bundled browser), one fresh
// browser context per route so nothing comes from the HTTP cache. Per route:
//   - first-load JS: bytes on the wire (gzip as `next start` sends it, CDP's encodedDataLength less
//     the response headers) of the scripts the HTML names, i.e. what the page needs to hydrate;
//   - lazy JS: the other scripts fetched until the network is quiet (next/dynamic chunks, e.g. a
//     chart drawn after hydration), reported apart so a deferral cannot hide them;
//   - RSC prefetches (requests with `Next-Router-Prefetch`): in all, the distinct URLs they ask for
//     (path and search, `_rsc` cache-buster ignored; for a dynamic route Next 16 asks twice per URL,
//     once for the route tree and once for the loading boundary), and exact repeats (the same URL
//     and segment header asked again).
// Signed in as the lead; /admin pages as the admin (a lead may not open them); /login signed out.
//
//   BENCH_ONLY=bundle npm run bench
// Switches: BENCH_DATABASE_URL (the server to create the throwaway database on), CHROMIUM_PATH,
// BENCH_ROUTES (comma-separated route labels to measure, e.g. "/,metric page"), BENCH_QUIET_MS
// (network quiet time that ends a load, default 1500), BENCH_KEEP_BUILD=1 (measure the build in
// .next as it is, even if the sources changed since: the "before" of a change to the sources).
import os from "node:os";
import { asc, eq } from "drizzle-orm";
import { chromium, type Browser, type CDPSession } from "playwright-core";
import { openDb } from "@/db/client";
import { DEMO_PASSWORD } from "@/db/demo/users";
import { backlogItems, metrics, projects, runbooks } from "@/db/schema";
import { webhookEndpoints } from "@/db/schema-webhooks";
import { cleanupStack, withCleanups, writeResults } from "./harness";
import { startDemoServer } from "./demo-server";
import { machine, signIn } from "./server";
import { envInt } from "./stats";

const SERVER = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const QUIET_MS = envInt("BENCH_QUIET_MS", 1500);
const TARGET_KB = 150;
const log = (message: string) => console.log(`[bundle-bench] ${message}`);
const cleanups = cleanupStack("bundle-bench");

type Who = "lead" | "admin" | "signed out";
export interface Route {
  label: string;
  path: string;
  who: Who;
}
export interface RouteFigures extends Route {
  status: number;
  firstLoadJs: number;
  lazyJs: number;
  scripts: number;
  prefetches: number;
  prefetchUrls: number;
  repeatedPrefetches: number;
  prefetched: string[];
  /** Every script and prefetch request, for the results file: what to cut next. */
  detail: { url: string; bytes: number; afterLoad: boolean; key?: string }[];
}

/** The routes, with the detail pages' addresses read from the seeded database. */
export async function benchRoutes(url: string): Promise<Route[]> {
  const handle = await openDb({ driver: "postgres", url });
  try {
    const db = handle.db;
    const [item] = await db
      .select({ key: backlogItems.key, project: projects.slug })
      .from(backlogItems)
      .innerJoin(projects, eq(projects.id, backlogItems.projectId))
      .orderBy(asc(projects.slug), asc(backlogItems.key))
      .limit(1);
    const [metric] = await db.select({ key: metrics.key }).from(metrics).orderBy(asc(metrics.key)).limit(1);
    const [runbook] = await db.select({ slug: runbooks.slug }).from(runbooks).orderBy(asc(runbooks.slug)).limit(1);
    const [webhook] = await db.select({ id: webhookEndpoints.id }).from(webhookEndpoints).limit(1);
    if (!item || !metric || !runbook) throw new Error("the demo seed has no item, metric or runbook");
    const list: Route[] = [
      { label: "/", path: "/", who: "lead" },
      { label: "/backlog", path: "/backlog", who: "lead" },
      { label: "item page", path: `/backlog/${item.project}/${encodeURIComponent(item.key)}`, who: "lead" },
      { label: "/matrix", path: "/matrix", who: "lead" },
      { label: "/matrix/policy", path: "/matrix/policy", who: "lead" },
      { label: "/metrics", path: "/metrics", who: "lead" },
      { label: "metric page", path: `/metrics/${encodeURIComponent(metric.key)}`, who: "lead" },
      { label: "metric edit", path: `/metrics/${encodeURIComponent(metric.key)}/edit`, who: "lead" },
      { label: "/runbooks", path: "/runbooks", who: "lead" },
      { label: "runbook page", path: `/runbooks/${encodeURIComponent(runbook.slug)}`, who: "lead" },
      { label: "runbook edit", path: `/runbooks/${encodeURIComponent(runbook.slug)}/edit`, who: "lead" },
      { label: "/triage", path: "/triage", who: "lead" },
      { label: "/import", path: "/import", who: "lead" },
      { label: "/inbox", path: "/inbox", who: "lead" },
      { label: "/account", path: "/account", who: "lead" },
      { label: "/api-docs", path: "/api-docs", who: "lead" },
      { label: "/admin/users", path: "/admin/users", who: "admin" },
      { label: "/admin/audit", path: "/admin/audit", who: "admin" },
      { label: "/admin/tokens", path: "/admin/tokens", who: "admin" },
      { label: "/admin/webhooks", path: "/admin/webhooks", who: "admin" },
      ...(webhook ? [{ label: "webhook page", path: `/admin/webhooks/${webhook.id}`, who: "admin" as const }] : []),
      { label: "/login", path: "/login", who: "signed out" },
    ];
    const only = process.env.BENCH_ROUTES?.split(",").map((s) => s.trim()).filter(Boolean);
    return only?.length ? list.filter((r) => only.includes(r.label)) : list;
  } finally {
    await handle.close();
  }
}

/** The route a prefetch asks for: path and search without Next's `_rsc` cache-buster. */
function prefetchTarget(url: string): string {
  const u = new URL(url);
  u.searchParams.delete("_rsc");
  return u.pathname + u.search;
}

/** One cold load of `route` in a fresh context, watched through CDP's Network domain. */
async function measure(browser: Browser, base: string, route: Route, cookies: Record<Exclude<Who, "signed out">, string>): Promise<RouteFigures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    if (route.who !== "signed out") {
      const pairs = cookies[route.who].split("; ").map((pair) => pair.split("=") as [string, string]);
      await context.addCookies(pairs.map(([name, ...rest]) => ({ name, value: rest.join("="), url: base })));
    }
    const page = await context.newPage();
    const cdp: CDPSession = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    let loaded = false;
    let lastActivity = Date.now();
    // Whether a request started after `load` is kept for the results file only.
    const requests = new Map<string, { url: string; afterLoad: boolean; script: boolean; prefetch?: string; key?: string; bytes?: number; headerBytes?: number }>();
    cdp.on("Network.requestWillBeSent", (e) => {
      lastActivity = Date.now();
      const headers = Object.fromEntries(Object.entries(e.request.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
      const prefetch = headers["next-router-prefetch"] ? prefetchTarget(e.request.url) : undefined;
      // Under the segment cache one route is fetched as a tree plus segments: a key names which.
      const key = prefetch ? `${prefetch} ${headers["next-router-segment-prefetch"] ?? ""}` : undefined;
      requests.set(e.requestId, { url: e.request.url.replace(base, ""), afterLoad: loaded, script: e.type === "Script", prefetch, key });
    });
    cdp.on("Network.responseReceived", (e) => {
      lastActivity = Date.now();
      const r = requests.get(e.requestId);
      if (!r) return;
      if (e.type === "Script") r.script = true;
      r.headerBytes = e.response.encodedDataLength; // what had arrived with the headers: the headers
    });
    cdp.on("Network.loadingFinished", (e) => {
      lastActivity = Date.now();
      const r = requests.get(e.requestId);
      if (r) r.bytes = e.encodedDataLength - (r.headerBytes ?? 0);
    });
    const response = await page.goto(base + route.path, { waitUntil: "load" });
    const html = (await response?.text()) ?? "";
    loaded = true;
    lastActivity = Date.now();
    const deadline = Date.now() + 15_000;
    while (Date.now() - lastActivity < QUIET_MS && Date.now() < deadline) await page.waitForTimeout(100);
    const scripts = [...requests.values()].filter((r) => r.script);
    // The HTML names every chunk hydration needs (script tags and the RSC payload's module chunks).
    const named = (r: { url: string }) => html.includes(new URL(r.url, base).pathname);
    const sum = (list: typeof scripts) => list.reduce((n, r) => n + (r.bytes ?? 0), 0);
    const prefetches = [...requests.values()].filter((r) => r.prefetch);
    const urls = new Set(prefetches.map((r) => r.prefetch));
    const keys = new Set(prefetches.map((r) => r.key));
    return {
      ...route,
      status: response?.status() ?? 0,
      firstLoadJs: sum(scripts.filter(named)),
      lazyJs: sum(scripts.filter((r) => !named(r))),
      scripts: scripts.length,
      prefetches: prefetches.length,
      prefetchUrls: urls.size,
      repeatedPrefetches: prefetches.length - keys.size,
      prefetched: [...urls].map(String).sort(),
      detail: [...requests.values()].filter((r) => r.script || r.prefetch).map((r) => ({ url: r.url, bytes: r.bytes ?? 0, afterLoad: r.afterLoad, key: r.key })),
    };
  } finally {
    await context.close();
  }
}

const kb = (n: number) => (n / 1024).toFixed(1);

export function printTable(rows: RouteFigures[]) {
  const lines = [
    "| route | as | first-load JS KB | lazy JS KB | scripts | RSC prefetches | URLs prefetched | repeats |",
    "|---|---|---|---|---|---|---|---|",
    ...rows.map((r) => `| ${r.label}${r.status === 200 ? "" : ` (${r.status})`} | ${r.who} | ${kb(r.firstLoadJs)}${r.firstLoadJs > TARGET_KB * 1024 ? " ✗" : ""} | ${kb(r.lazyJs)} | ${r.scripts} | ${r.prefetches} | ${r.prefetchUrls} | ${r.repeatedPrefetches} |`),
  ];
  console.log(lines.join("\n"));
}

export async function runBundleBench() {
  const startedAt = new Date();
  log(`machine: ${JSON.stringify(machine())}, load average ${os.loadavg().map((n) => n.toFixed(2)).join(" ")}`);
  await withCleanups(cleanups, async () => {
    const { server, databaseUrl } = await startDemoServer(cleanups, "bundle", SERVER, log);
    const list = await benchRoutes(databaseUrl);
    const cookies = {
      lead: await signIn(server.base, { email: "lead@example.com", password: DEMO_PASSWORD }),
      admin: await signIn(server.base, { email: "admin@example.com", password: DEMO_PASSWORD }),
    };
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"] });
    cleanups.add(() => browser.close());
    // One untimed load first, so the server's first-request compilation and caches are warm.
    await measure(browser, server.base, list[0]!, cookies);
    const rows: RouteFigures[] = [];
    for (const route of list) {
      const figures = await measure(browser, server.base, route, cookies);
      log(`${route.label}: ${kb(figures.firstLoadJs)} KB first-load JS, ${figures.prefetches} prefetches`);
      rows.push(figures);
    }
    printTable(rows);
    log(`load average after: ${os.loadavg().map((n) => n.toFixed(2)).join(" ")}`);
    writeResults("bundle-bench", startedAt, { startedAt, machine: machine(), rows }, log);
  });
}
