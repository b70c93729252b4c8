import { Worker } from "node:worker_threads";
import type { PGlite } from "@electric-sql/pglite";
import type { ErrorFields, Notice, QueryOptions, Reply, Request } from "./protocol";

// PGlite on its own thread (./worker.ts), behind an object drizzle's PGlite driver takes for a
// PGlite: query, exec, transaction and listen, each a message to the thread. What the driver
// passes that cannot cross a thread (per-type parser functions) it only ever uses to keep values as
// text, so the type ids cross instead. Errors come back with PostgreSQL's fields (code, constraint…).

type Results = Awaited<ReturnType<PGlite["query"]>>;
type Parsers = Record<number, (value: string, typeId: number) => unknown>;
type DriverQueryOptions = { rowMode?: "array" | "object"; parsers?: Parsers };

/** The part of PGlite (and of its transaction handle) that drizzle-orm/pglite uses. */
export interface ThreadQueries {
  query<T>(sql: string, params?: unknown[], options?: DriverQueryOptions): Promise<Results & { rows: T[] }>;
  exec(sql: string): Promise<Results[]>;
}

export interface PgliteThread extends ThreadQueries {
  transaction<T>(work: (tx: ThreadQueries & { rollback(): Promise<void>; closed: boolean }) => Promise<T>): Promise<T>;
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
  /** drizzle's migrator and the driver wait on this. */
  readonly waitReady: Promise<void>;
  /** Stops the thread as a crash would (tests: the next query starts a new one). */
  killThreadForTests(): Promise<void>;
}

/**
 * Inside Next (NEXT_RUNTIME is set) Turbopack bundles the worker's entry from this exact
 * `new Worker(new URL(…))` shape (as lib/offthread/pool.ts does). Elsewhere (Vitest, tsx scripts)
 * the entry is TypeScript source: Node runs it after registering tsx's loader in the new thread.
 */
function spawn(): Worker {
  if (process.env.NEXT_RUNTIME) return new Worker(new URL("./worker.ts", import.meta.url));
  const entry = JSON.stringify(new URL("./worker.ts", import.meta.url).href);
  return new Worker(`import("tsx/esm/api").then(({ register }) => { register(); return import(${entry}); });`, { eval: true });
}

function toError(fields: ErrorFields): Error {
  const error = Object.assign(new Error(fields.message), fields);
  if (fields.name) error.name = fields.name;
  return error;
}

const textTypes = (options: DriverQueryOptions | undefined): QueryOptions | undefined =>
  options && { rowMode: options.rowMode, textTypes: Object.keys(options.parsers ?? {}).map(Number) };

/** The thread died (a WebAssembly abort, out of memory): callers answer 503, as for a dropped connection (db/unavailable.ts). */
class ThreadGone extends Error {
  readonly code = "CONNECTION_CLOSED";
}

export async function openPgliteThread(dataDir?: string): Promise<PgliteThread> {
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  /** Listeners by our id: the channel, the callback, and the thread's id for it (it changes when the thread is restarted). */
  const listeners = new Map<number, { channel: string; onPayload: (payload: string) => void; remote: number }>();
  let nextId = 1;
  let nextListener = 1;
  let closed = false;
  let current: Worker | null = null;
  let starting: Promise<Worker> | null = null;

  const post = (worker: Worker, request: DistributiveOmit<Request, "id">) => {
    const id = nextId++;
    return new Promise<unknown>((resolve, reject) => {
      // Held while a reply is awaited, let go when none is: an idle database must not keep a script alive.
      if (!pending.size) worker.ref();
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...request, id });
    });
  };

  function spawnThread(): Worker {
    const worker = spawn();
    worker.on("message", (message: Reply | Notice) => {
      if ("notify" in message) {
        for (const l of listeners.values()) if (l.remote === message.listenerId) l.onPayload(message.payload);
        return;
      }
      const waiting = pending.get(message.id);
      pending.delete(message.id);
      if (!pending.size) worker.unref();
      if (message.ok) waiting?.resolve(message.value);
      else waiting?.reject(toError(message.error));
    });
    const gone = (error: Error) => {
      if (current !== worker) return;
      current = null;
      const failure = new ThreadGone(`the database thread stopped: ${error.message}`);
      for (const p of pending.values()) p.reject(failure);
      pending.clear();
      if (!closed) console.error(`[db] ${failure.message}; it is restarted on the next query`);
    };
    worker.on("error", gone);
    worker.on("exit", (code) => gone(new Error(`exit code ${code}`)));
    return worker;
  }

  /** The live thread, started (and its LISTENs renewed) if the last one died. */
  function thread(): Promise<Worker> {
    if (current) return Promise.resolve(current);
    starting ??= (async () => {
      const worker = spawnThread();
      current = worker;
      try {
        await post(worker, { op: "open", dataDir });
        for (const l of listeners.values()) l.remote = (await post(worker, { op: "listen", channel: l.channel })) as number;
        return worker;
      } catch (error) {
        current = null;
        await worker.terminate();
        throw error;
      } finally {
        starting = null;
      }
    })();
    return starting;
  }

  const ask = async <T>(request: DistributiveOmit<Request, "id">): Promise<T> => {
    if (closed) throw new ThreadGone("the database is closed");
    return (await post(await thread(), request)) as T;
  };

  const queries = (txId?: number): ThreadQueries => ({
    query: (sql, params, options) => ask({ op: "query", txId, sql, params, options: textTypes(options) }),
    exec: (sql) => ask({ op: "exec", txId, sql }),
  });

  await thread();
  return {
    ...queries(),
    waitReady: Promise.resolve(),
    async transaction(work) {
      const txId = await ask<number>({ op: "begin" });
      const tx = {
        ...queries(txId),
        closed: false,
        // drizzle's rollback throws its own error after calling this; the throw is what rolls back.
        rollback: async () => {},
      };
      let result;
      try {
        result = await work(tx);
      } catch (error) {
        tx.closed = true;
        await ask({ op: "finish", txId, commit: false }).catch(() => undefined);
        throw error;
      }
      tx.closed = true;
      await ask({ op: "finish", txId, commit: true });
      return result;
    },
    async listen(channel, onPayload) {
      const id = nextListener++;
      listeners.set(id, { channel, onPayload, remote: await ask<number>({ op: "listen", channel }) });
      return async () => {
        const l = listeners.get(id);
        listeners.delete(id);
        if (l && current) await ask({ op: "unlisten", listenerId: l.remote });
      };
    },
    async killThreadForTests() {
      await current?.terminate();
    },
    async close() {
      const worker = current;
      try {
        if (worker) await post(worker, { op: "close" });
      } finally {
        closed = true;
        current = null;
        await worker?.terminate();
      }
    },
  };
}

type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;
