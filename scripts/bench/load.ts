// HTTP load for the benchmarks: autocannon GETs with every response's latency recorded, the result
// in one shape (HttpResult), and how busy the server, the bench process and the machine were.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import { summarise, type Summary } from "./stats";

// ── autocannon (no bundled types; only the part of its programmatic API used here) ───────────

interface CannonRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  onResponse?: (status: number, body: string) => void;
}
interface CannonOptions {
  url: string;
  connections: number;
  duration: number;
  pipelining: number;
  timeout?: number;
  requests: CannonRequest[];
}
interface CannonResult {
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
}
interface CannonInstance {
  on(event: "response", fn: (client: unknown, status: number, bytes: number, ms: number) => void): CannonInstance;
}
type Autocannon = (options: CannonOptions, done: (error: Error | null, result: CannonResult) => void) => CannonInstance;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

// ── Results ──────────────────────────────────────────────────────────────────────────────────

export interface HttpResult {
  /** CPU used while it ran: the server process and this process in % of one core, the machine in % of all cores. */
  cpu?: { server?: number; bench: number; machine: number };
  requests: number;
  errors: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  rps: number;
  latency: Summary;
}

export function httpResult(latencies: number[], statusCodes: Record<string, number>, otherErrors: number, seconds: number): HttpResult {
  const non2xx = Object.entries(statusCodes).reduce((n, [code, count]) => (code.startsWith("2") ? n : n + count), 0);
  return {
    requests: latencies.length,
    errors: non2xx + otherErrors,
    non2xx,
    statusCodes,
    rps: Math.round((latencies.length / seconds) * 10) / 10,
    latency: summarise(latencies, 1),
  };
}

/** autocannon: `connections` connections, pipelining 1; every response's latency via the 'response' event. */
export function cannon(base: string, path: string, cookie: string, seconds: number, bodyOk: (body: string) => boolean, connections = 10): Promise<HttpResult> {
  const latencies: number[] = [];
  const statusCodes: Record<string, number> = {};
  let badBodies = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections,
        duration: seconds,
        pipelining: 1,
        timeout: 30,
        requests: [
          {
            method: "GET",
            path,
            headers: { cookie },
            onResponse: (status, body) => {
              if (status === 200 && !bodyOk(body)) badBodies++;
            },
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error);
        resolve(httpResult(latencies, statusCodes, result.errors + badBodies, result.duration));
      },
    );
    instance.on("response", (_client, status, _bytes, ms) => {
      latencies.push(ms);
      statusCodes[status] = (statusCodes[status] ?? 0) + 1;
    });
  });
}

// ── CPU ──────────────────────────────────────────────────────────────────────────────────────

/** utime + stime of a process in ms (Linux /proc; undefined elsewhere). */
function processCpuMs(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10; // clock ticks of 10 ms (USER_HZ = 100)
  } catch {
    return undefined;
  }
}

function cpuSnapshot(pid: number | undefined) {
  let busy = 0;
  let all = 0;
  for (const { times } of os.cpus()) {
    busy += times.user + times.nice + times.sys + times.irq;
    all += times.user + times.nice + times.sys + times.irq + times.idle;
  }
  const self = process.cpuUsage();
  return { at: performance.now(), busy, all, self: (self.user + self.system) / 1000, server: processCpuMs(pid) };
}

/** Runs one load and records how busy the server, this process and the machine were meanwhile. */
export async function withCpu(pid: number | undefined, run: () => Promise<HttpResult>): Promise<HttpResult> {
  const before = cpuSnapshot(pid);
  const result = await run();
  const after = cpuSnapshot(pid);
  const wall = after.at - before.at;
  const pct = (v: number) => Math.round(v * 100);
  result.cpu = {
    server: before.server !== undefined && after.server !== undefined ? pct((after.server - before.server) / wall) : undefined,
    bench: pct((after.self - before.self) / wall),
    machine: pct((after.busy - before.busy) / Math.max(1, after.all - before.all)),
  };
  return result;
}
