// Lighthouse's mobile performance score per page (issue #21's target: ≥ 90 on the pages a team
// lead and a stakeholder open). A production build (`next start`) over a throwaway PostgreSQL
// database holding the demo data, Debian's Chromium started through playwright-core with a
// DevTools port, and Lighthouse's own default (mobile) configuration: a mid-range phone's screen,
// its CPU simulated at 4× slower and a slow 4G network (Lighthouse's "simulated throttling", which
// replays the page's trace at those speeds, so the score depends less on this machine's load than a
// timed run would, but not on nothing: run it on a quiet machine). Signed in as the lead: the session
// cookie is put in the browser's own cookie jar, which Lighthouse leaves alone between runs (it
// clears caches and service workers, not cookies), so every request the page makes carries it.
// (Lighthouse's extraHeaders would not do: it reaches the document only, so the page's prefetches
// and fetches went out signed out, and Chromium sends the jar's cookies over it on later runs.)
// Each page is scored BENCH_RUNS times (default 3) and the median run is reported with its metrics.
//
//   BENCH_ONLY=lighthouse npm run bench
// Switches: BENCH_DATABASE_URL, CHROMIUM_PATH, BENCH_ROUTES (labels, as in bundle-bench.ts),
// BENCH_RUNS, BENCH_KEEP_BUILD=1 (score the build in .next as it is).
import os from "node:os";
import lighthouse, { type Flags, type Result } from "lighthouse";
import { chromium } from "playwright-core";
import { DEMO_PASSWORD } from "@/db/demo/users";
import { benchRoutes, type Route } from "./bundle-bench";
import { cleanupStack, withCleanups, writeResults } from "./harness";
import { startDemoServer } from "./demo-server";
import { freePort, machine, signIn } from "./server";
import { envInt } from "./stats";

const SERVER = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const RUNS = envInt("BENCH_RUNS", 3);
const TARGET = 90;
/** The pages issue #21 names, as bundle-bench.ts labels them. */
const DEFAULT_ROUTES = ["/", "/backlog", "/matrix", "/metrics", "metric page", "item page", "/runbooks"];
const log = (message: string) => console.log(`[lighthouse-bench] ${message}`);
const cleanups = cleanupStack("lighthouse-bench");

export interface LighthouseFigures {
  label: string;
  path: string;
  scores: number[];
  /** The median run's figures (ms, except CLS). */
  score: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  si: number;
  /** The median run's longest main-thread tasks (ms), what TBT is made of. */
  longTasks: number[];
  warnings: string[];
}

const audit = (lhr: Result, id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;

function figuresOf(route: Route, runs: Result[]): LighthouseFigures {
  const scored = runs.map((lhr) => ({ lhr, score: Math.round((lhr.categories.performance?.score ?? 0) * 100) }));
  const sorted = [...scored].sort((a, b) => a.score - b.score);
  const mid = sorted[Math.floor((sorted.length - 1) / 2)]!;
  const tasks = (mid.lhr.audits["long-tasks"]?.details as { items?: { duration: number }[] } | undefined)?.items ?? [];
  return {
    label: route.label,
    path: route.path,
    scores: scored.map((s) => s.score),
    score: mid.score,
    fcp: audit(mid.lhr, "first-contentful-paint"),
    lcp: audit(mid.lhr, "largest-contentful-paint"),
    tbt: audit(mid.lhr, "total-blocking-time"),
    cls: audit(mid.lhr, "cumulative-layout-shift"),
    si: audit(mid.lhr, "speed-index"),
    longTasks: tasks.map((t) => Math.round(t.duration)).slice(0, 5),
    warnings: mid.lhr.runWarnings,
  };
}

export function printLighthouseTable(rows: LighthouseFigures[]) {
  const ms = (n: number) => (Number.isFinite(n) ? Math.round(n).toString() : "—");
  console.log(
    [
      "| page | score (median of runs) | runs | FCP ms | LCP ms | TBT ms | CLS | Speed Index ms | longest tasks ms |",
      "|---|---|---|---|---|---|---|---|---|",
      ...rows.map((r) => `| ${r.label} | ${r.score}${r.score < TARGET ? " ✗" : ""} | ${r.scores.join(", ")} | ${ms(r.fcp)} | ${ms(r.lcp)} | ${ms(r.tbt)} | ${r.cls.toFixed(3)} | ${ms(r.si)} | ${r.longTasks.join(", ") || "—"} |`),
    ].join("\n"),
  );
}

export async function runLighthouseBench() {
  const startedAt = new Date();
  log(`machine: ${JSON.stringify(machine())}, load average ${os.loadavg().map((n) => n.toFixed(2)).join(" ")}`);
  await withCleanups(cleanups, async () => {
    const { server, databaseUrl } = await startDemoServer(cleanups, "lighthouse", SERVER, log);
    const chosen = process.env.BENCH_ROUTES ? undefined : DEFAULT_ROUTES;
    const list = (await benchRoutes(databaseUrl)).filter((r) => r.who === "lead" && (!chosen || chosen.includes(r.label)));
    const cookie = await signIn(server.base, { email: "lead@example.com", password: DEMO_PASSWORD });

    // Lighthouse drives the browser through its DevTools port.
    const port = await freePort();
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: [`--remote-debugging-port=${port}`, "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"] });
    cleanups.add(() => browser.close());
    const cdp = await browser.newBrowserCDPSession();
    const jar = cookie.split("; ").map((pair) => {
      const at = pair.indexOf("=");
      return { name: pair.slice(0, at), value: pair.slice(at + 1), domain: new URL(server.base).hostname, path: "/", httpOnly: true, sameSite: "Lax" as const };
    });
    const signedIn = () => cdp.send("Storage.setCookies", { cookies: jar });
    const flags: Flags = { port, output: "json", logLevel: "error", onlyCategories: ["performance"] };

    // One unscored run first, so the server's first-request work and caches are warm.
    await signedIn();
    await lighthouse(`${server.base}${list[0]!.path}`, flags);
    const rows: LighthouseFigures[] = [];
    for (const route of list) {
      const runs: Result[] = [];
      for (let i = 0; i < RUNS; i++) {
        await signedIn();
        const result = await lighthouse(`${server.base}${route.path}`, flags);
        if (!result) throw new Error(`Lighthouse returned nothing for ${route.path}`);
        if (result.lhr.runtimeError) throw new Error(`Lighthouse failed on ${route.path}: ${result.lhr.runtimeError.message}`);
        const requests = (result.lhr.audits["network-requests"]?.details as { items?: { url: string }[] } | undefined)?.items ?? [];
        const signedOut = [result.lhr.finalDisplayedUrl, ...requests.map((r) => r.url)].find((u) => new URL(u).pathname.startsWith("/login"));
        if (signedOut) throw new Error(`${route.path}: a request went to the sign-in page (${signedOut}): the session cookie did not reach it`);
        runs.push(result.lhr);
      }
      const figures = figuresOf(route, runs);
      log(`${route.label}: ${figures.score} (${figures.scores.join(", ")}), LCP ${Math.round(figures.lcp)} ms, TBT ${Math.round(figures.tbt)} ms`);
      rows.push(figures);
    }
    printLighthouseTable(rows);
    log(`load average after: ${os.loadavg().map((n) => n.toFixed(2)).join(" ")}`);
    writeResults("lighthouse-bench", startedAt, { startedAt, machine: machine(), runs: RUNS, rows }, log);
  });
}
