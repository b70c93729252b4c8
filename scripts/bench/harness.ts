// What every HTTP benchmark does around its measurements, written once: undoing what it set up
// (also on Ctrl-C), the environment `next start` runs with on a throwaway data folder, the folder
// for the server's CPU profile (BENCH_CPU_PROF=1), and the results file in .bench/.
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";

export type Log = (message: string) => void;

export interface Cleanups {
  add(step: () => Promise<void> | void): void;
  /** Runs and forgets every step added so far, the last added first; a failing step is reported and the rest still run. */
  run(): Promise<void>;
}

/** `name` (e.g. "matrix-bench") prefixes the report of a failed step. */
export function cleanupStack(name: string): Cleanups & { name: string } {
  const steps: (() => Promise<void> | void)[] = [];
  return {
    name,
    add: (step) => void steps.push(step),
    async run() {
      while (steps.length) {
        await Promise.resolve()
          .then(steps.pop()!)
          .catch((error: unknown) => console.error(`[${name}] cleanup failed: ${(error as Error).message}`));
      }
    },
  };
}

/**
 * Runs `bench`, then the cleanups. A SIGINT or SIGTERM meanwhile runs them at once and exits with
 * 130, so an interrupted run leaves no server, database or folder behind.
 */
export async function withCleanups<T>(cleanups: Cleanups & { name: string }, bench: () => Promise<T>): Promise<T> {
  const onSignal = (signal: NodeJS.Signals) => {
    console.error(`[${cleanups.name}] ${signal}: cleaning up…`);
    void cleanups.run().finally(() => process.exit(130));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    return await bench();
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    await cleanups.run();
  }
}

/**
 * The environment for `next start`: production, demo mode, a fresh AUTH_SECRET, DATABASE_URL when
 * given (else PGlite) and a new data folder (DATA_DIR, named from `folderPrefix`) that `cleanups` removes.
 */
export function serverEnv(cleanups: Cleanups, folderPrefix: string, databaseUrl?: string): NodeJS.ProcessEnv {
  const dataDir = mkdtempSync(join(os.tmpdir(), folderPrefix));
  cleanups.add(() => rmSync(dataDir, { recursive: true, force: true }));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    AUTH_TRUST_HOST: "true",
    DEMO_MODE: "true",
    DATA_DIR: dataDir,
  };
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  else delete env.DATABASE_URL;
  return env;
}

/** "2026-11-22T233000Z": a time for file names. */
const fileStamp = (at: Date): string => `${at.toISOString().slice(0, 19).replace(/:/g, "")}Z`;

/**
 * With BENCH_CPU_PROF=1, the folder in .bench/ the server writes its V8 CPU profile to on exit
 * (for startServer); otherwise undefined. Profiling slows the server down, so the log says so.
 */
export function cpuProfileDir(label: string, at: Date, log: Log): string | undefined {
  if (process.env.BENCH_CPU_PROF !== "1") return undefined;
  // Node's own profiler (Next's NEXT_CPU_PROF would write to .next-profiles/ in the project).
  const dir = join(process.cwd(), ".bench", `cpu-${label}-${fileStamp(at)}`);
  mkdirSync(dir, { recursive: true });
  log(`the server writes its CPU profile to ${dir} (figures of this run are not representative)`);
  return dir;
}

/** Writes a run's results to .bench/<name>-<start time>.json and says where. */
export function writeResults(name: string, startedAt: Date, results: unknown, log: Log): string {
  mkdirSync(".bench", { recursive: true });
  const file = join(".bench", `${name}-${fileStamp(startedAt)}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  log(`results written to ${file}`);
  return file;
}
