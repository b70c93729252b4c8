// The app under test for the HTTP benchmarks: a production build (rebuilt only when stale), `next
// start` on a free port, its health check and shutdown, a signed-in session cookie, a throwaway
// PostgreSQL database, and the machine the figures were taken on.
import { randomBytes } from "node:crypto";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import { join } from "node:path";
import postgres from "postgres";
import { buildIsCurrent, recordBuild, sourceStamp } from "../lib/build-stamp";
import { bin, run } from "../lib/run";

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface Server {
  child: ChildProcess;
  base: string;
  output: string[];
  exited: Promise<void>;
}

/** `next start` on 127.0.0.1:port; with `profileDir`, under node --cpu-prof writing there on exit. */
export function startServer(port: number, env: NodeJS.ProcessEnv, profileDir?: string): Server {
  const args = ["start", "-H", "127.0.0.1", "-p", String(port)];
  // --cpu-prof is not allowed in NODE_OPTIONS: run Next's CLI script under node with the flag.
  const child = profileDir
    ? spawn(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${profileDir}`, join(process.cwd(), "node_modules", "next", "dist", "bin", "next"), ...args], { env, stdio: ["ignore", "pipe", "pipe"] })
    : spawn(bin("next"), args, { env, stdio: ["ignore", "pipe", "pipe"] });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(...chunk.toString().split("\n").filter(Boolean));
    if (output.length > 400) output.splice(0, output.length - 400);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return { child, base: `http://127.0.0.1:${port}`, output, exited };
}

export async function waitForHealth(server: Server, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  let last = "";
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`next start exited with ${server.child.exitCode}:\n${server.output.slice(-30).join("\n")}`);
    try {
      const res = await fetch(`${server.base}/api/health`);
      last = `${res.status} ${await res.text()}`;
      if (res.status === 200) return;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`/api/health did not answer 200 within ${timeoutMs / 1000} s (last: ${last})`);
}

export async function stopServer(server: Server) {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  server.child.kill("SIGTERM");
  const timer = setTimeout(() => server.child.kill("SIGKILL"), 15_000);
  await server.exited;
  clearTimeout(timer);
}

// ── Sign-in through Auth.js's own endpoints ─────────────────────────────────────────────────

const cookiePairs = (res: Response) => res.headers.getSetCookie().map((c) => c.split(";")[0]!);

/** csrf token + cookie, then the credentials callback; returns the session cookie header. */
export async function signIn(base: string, user: { email: string; password: string }): Promise<string> {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiePairs(csrfRes).join("; ") },
    body: new URLSearchParams({ email: user.email, password: user.password, csrfToken, callbackUrl: `${base}/backlog` }),
  });
  await res.arrayBuffer();
  const session = cookiePairs(res).filter((c) => c.startsWith("authjs.session-token"));
  if (!session.length) throw new Error(`sign-in failed: ${res.status} → ${res.headers.get("location")}`);
  const cookie = session.join("; ");
  const check = (await (await fetch(`${base}/api/auth/session`, { headers: { cookie } })).json()) as { user?: { email?: string } } | null;
  if (check?.user?.email !== user.email) throw new Error(`signed in, but the session is ${JSON.stringify(check)}`);
  return cookie;
}

// ── Build and machine ────────────────────────────────────────────────────────────────────────

/** `next build` unless the build stamp matches the sources (the same stamp `npm run demo` uses). */
export async function ensureBuild(log: (message: string) => void) {
  const stamp = sourceStamp();
  if (buildIsCurrent(stamp)) return log("production build is current");
  log("production build is stale: next build…");
  const buildDir = mkdtempSync(join(os.tmpdir(), "hb-bench-build-"));
  try {
    const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DATA_DIR: buildDir, DEMO_MODE: "true", AUTH_TRUST_HOST: "true" };
    delete env.DATABASE_URL;
    await run(bin("next"), ["build"], env);
    recordBuild(stamp);
  } finally {
    rmSync(buildDir, { recursive: true, force: true });
  }
}

export function machine() {
  const cpus = os.cpus();
  let pglite = "?";
  try {
    pglite = (JSON.parse(readFileSync(join(process.cwd(), "node_modules", "@electric-sql", "pglite", "package.json"), "utf8")) as { version: string }).version;
  } catch {}
  return {
    cpu: `${cpus[0]?.model ?? "?"} × ${cpus.length}`,
    memory: `${Math.round(os.totalmem() / 1024 ** 3)} GiB`,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    pglite,
  };
}

/** A database of its own on `server` for one run; `drop` removes it (closing connections) and the admin connection. */
export async function throwawayDatabase(server: string, label: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = postgres(server, { max: 1, onnotice: () => {} });
  const name = `hb_bench_${label}_${randomBytes(4).toString("hex")}`;
  try {
    await admin.unsafe(`create database "${name}"`);
  } catch (error) {
    await admin.end();
    throw error;
  }
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      try {
        await admin.unsafe(`drop database if exists "${name}" with (force)`);
      } finally {
        await admin.end();
      }
    },
  };
}
