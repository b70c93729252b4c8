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

export async function openPgliteThread(dataDir?: string): Promise<PgliteThread> {
  const worker = spawn();
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  const listeners = new Map<number, (payload: string) => void>();
  let nextId = 1;
  let dead: Error | null = null;

  worker.on("message", (message: Reply | Notice) => {
    if ("notify" in message) return listeners.get(message.listenerId)?.(message.payload);
    const waiting = pending.get(message.id);
    pending.delete(message.id);
    if (!pending.size) worker.unref();
    if (message.ok) waiting?.resolve(message.value);
    else waiting?.reject(toError(message.error));
  });
  const fail = (error: Error) => {
    dead = error;
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`the database thread exited (code ${code})`)));

  const ask = <T>(request: DistributiveOmit<Request, "id">): Promise<T> => {
    if (dead) return Promise.reject(dead);
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      // Held while a reply is awaited, let go when none is: an idle database must not keep a script alive.
      if (!pending.size) worker.ref();
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      worker.postMessage({ ...request, id });
    });
  };

  const queries = (txId?: number): ThreadQueries => ({
    query: (sql, params, options) => ask({ op: "query", txId, sql, params, options: textTypes(options) }),
    exec: (sql) => ask({ op: "exec", txId, sql }),
  });

  await ask({ op: "open", dataDir });
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
      const listenerId = await ask<number>({ op: "listen", channel });
      listeners.set(listenerId, onPayload);
      return async () => {
        listeners.delete(listenerId);
        await ask({ op: "unlisten", listenerId });
      };
    },
    async close() {
      try {
        await ask({ op: "close" });
      } finally {
        await worker.terminate();
      }
    },
  };
}

type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;
