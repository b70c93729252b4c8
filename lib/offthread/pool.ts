import { Worker } from "node:worker_threads";

// One worker thread for the server's CPU-heavy pure work (lib/worker/jobs.ts), so a 1 MB runbook's first view
// (seconds of Markdown parsing) never holds up other requests: the request thread only posts the
// text and awaits the answer. One thread because the machines this runs on have two cores and the
// request thread needs the other; jobs queue in order. A job that runs past its time limit is
// abandoned: the worker is terminated (the only way to stop synchronous code) and a new one
// started for the jobs behind it. Jobs never touch the database or shared state, so dropping one
// loses nothing.

/**
 * The jobs the worker runs, by name. lib/worker/jobs.ts, which imports them from their areas, adds
 * them here by declaration merging, so callers get their types without this module importing
 * those areas (which import it).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- empty here; lib/worker/jobs.ts fills it in
export interface OffThreadJobs {}

export type JobName = keyof OffThreadJobs & string;
type JobFunction<N extends JobName> = Extract<OffThreadJobs[N], (input: never) => unknown>;
export type JobInput<N extends JobName> = Parameters<JobFunction<N>>[0];
export type JobOutput<N extends JobName> = ReturnType<JobFunction<N>>;

export type JobRequest = { id: number; name: JobName; input: unknown };
export type JobReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string };

/** A job that ran out of time, or was refused because too many wait: callers fall back. */
export class OffThreadTimeout extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OffThreadTimeout";
  }
}

/** Jobs waiting at most; past this, new ones are refused at once (each may take seconds). */
const MAX_QUEUED = 100;

type Pending = { id: number; name: JobName; input: unknown; timeoutMs: number; resolve: (v: unknown) => void; reject: (e: Error) => void };

let worker: Worker | null = null;
let running: (Pending & { timer: ReturnType<typeof setTimeout> }) | null = null;
const queue: Pending[] = [];
let nextId = 1;

/**
 * Inside Next (NEXT_RUNTIME is set) Turbopack bundles the worker's entry from this exact
 * `new Worker(new URL(…))` shape. Elsewhere (Vitest, tsx scripts) the entry is TypeScript source:
 * Node runs it after registering tsx's loader in the new thread.
 */
function spawn(): Worker {
  if (process.env.NEXT_RUNTIME) return new Worker(new URL("../worker/worker.ts", import.meta.url));
  const entry = JSON.stringify(new URL("../worker/worker.ts", import.meta.url).href);
  return new Worker(`import("tsx/esm/api").then(({ register }) => { register(); return import(${entry}); });`, { eval: true });
}

function start(): Worker {
  const w = spawn();
  // An idle worker must not keep a script (seed, bench, test) alive.
  w.unref();
  w.on("message", (reply: JobReply) => {
    if (!running || reply.id !== running.id) return;
    const job = running;
    finish();
    if (reply.ok) job.resolve(reply.value);
    else job.reject(new Error(`${job.name}: ${reply.message}`));
  });
  w.on("error", (error) => crashed(w, error));
  w.on("exit", (code) => crashed(w, new Error(`the worker thread exited (code ${code})`)));
  return w;
}

function crashed(w: Worker, error: Error) {
  if (worker !== w) return; // already replaced (a timeout terminated it)
  worker = null;
  const job = running;
  finish();
  job?.reject(error);
}

function finish() {
  if (running) clearTimeout(running.timer);
  running = null;
  setImmediate(next);
}

function next() {
  if (running) return;
  const job = queue.shift();
  if (!job) return;
  worker ??= start();
  worker.ref();
  const timer = setTimeout(() => {
    const w = worker;
    worker = null; // crashed() ignores the exit of a worker we stopped on purpose
    running = null;
    void w?.terminate();
    job.reject(new OffThreadTimeout(`${job.name} took longer than ${job.timeoutMs} ms`));
    setImmediate(next);
  }, job.timeoutMs);
  running = { ...job, timer };
  worker.postMessage({ id: job.id, name: job.name, input: job.input });
}

/** Runs `jobs[name](input)` on the worker thread; rejects with OffThreadTimeout after `timeoutMs`. */
export function runOffThread<N extends JobName>(name: N, input: JobInput<N>, { timeoutMs = 30_000 }: { timeoutMs?: number } = {}): Promise<JobOutput<N>> {
  if (queue.length >= MAX_QUEUED) return Promise.reject(new OffThreadTimeout(`${name}: ${MAX_QUEUED} jobs already wait`));
  return new Promise<JobOutput<N>>((resolve, reject) => {
    queue.push({ id: nextId++, name, input, timeoutMs, resolve: resolve as (v: unknown) => void, reject });
    next();
  }).finally(() => {
    if (!running && queue.length === 0) worker?.unref();
  });
}
