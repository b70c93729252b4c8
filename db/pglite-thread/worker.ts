import { parentPort } from "node:worker_threads";
import type { PGlite, Transaction } from "@electric-sql/pglite";
import { ERROR_FIELDS, type ErrorFields, type QueryOptions, type Reply, type Request } from "./protocol";

// The thread that owns the embedded database (started by ./client.ts). PGlite runs PostgreSQL's
// executor in WebAssembly on the thread that calls it; here, that is not the thread rendering pages,
// so on a two-core machine a query and a page render run side by side. One PGlite, one connection:
// a transaction holds it (PGlite queues every other query until it ends), exactly as in-thread.

let db: PGlite | null = null;
let nextTx = 1;
let nextListener = 1;
/** Open transactions: their PGlite handle and how to end them. */
const txs = new Map<number, { tx: Transaction; end: (commit: boolean) => void; ended: Promise<void> }>();
const listeners = new Map<number, () => Promise<void>>();

const post = (reply: Reply) => parentPort!.postMessage(reply);

function errorFields(error: unknown): ErrorFields {
  if (!(error instanceof Error)) return { message: String(error) };
  const fields: ErrorFields = { message: error.message, name: error.name };
  for (const f of ERROR_FIELDS) {
    const v = (error as unknown as Record<string, unknown>)[f];
    if (v !== undefined && (typeof v === "string" || typeof v === "number")) fields[f] = v;
  }
  return fields;
}

function queryOptions(options: QueryOptions | undefined) {
  if (!options) return undefined;
  const keep = (value: string) => value;
  return { rowMode: options.rowMode, parsers: Object.fromEntries((options.textTypes ?? []).map((oid) => [oid, keep])) };
}

const target = (txId: number | undefined) => {
  if (txId === undefined) return db!;
  const open = txs.get(txId);
  if (!open) throw new Error("the transaction has already ended");
  return open.tx;
};

async function handle(request: Request): Promise<unknown> {
  switch (request.op) {
    case "open": {
      const { PGlite } = await import("@electric-sql/pglite");
      db = await PGlite.create(request.dataDir);
      return null;
    }
    case "query": {
      const result = await target(request.txId).query(request.sql, request.params, queryOptions(request.options));
      return { rows: result.rows, fields: result.fields, affectedRows: result.affectedRows };
    }
    case "exec":
      return (await target(request.txId).exec(request.sql)).map((r) => ({ rows: r.rows, fields: r.fields, affectedRows: r.affectedRows }));
    case "begin":
      return begin();
    case "finish": {
      const open = txs.get(request.txId);
      if (!open) throw new Error("the transaction has already ended");
      open.end(request.commit);
      await open.ended;
      return null;
    }
    case "listen": {
      const listenerId = nextListener++;
      listeners.set(listenerId, await db!.listen(request.channel, (payload) => parentPort!.postMessage({ notify: true, listenerId, payload })));
      return listenerId;
    }
    case "unlisten": {
      const stop = listeners.get(request.listenerId);
      listeners.delete(request.listenerId);
      await stop?.();
      return null;
    }
    case "close":
      await db?.close();
      db = null;
      return null;
  }
}

/** Starts a transaction and answers with its id once PGlite has begun it; it ends when "finish" says. */
function begin(): Promise<number> {
  const txId = nextTx++;
  return new Promise<number>((started, failed) => {
    let end!: (commit: boolean) => void;
    const decided = new Promise<boolean>((resolve) => (end = resolve));
    const entry = { tx: null as unknown as Transaction, end, ended: Promise.resolve() };
    entry.ended = db!
      .transaction(async (tx) => {
        entry.tx = tx;
        txs.set(txId, entry);
        started(txId);
        // Throwing rolls the transaction back; returning commits it.
        if (!(await decided)) throw new RolledBack();
      })
      .then(
        () => undefined,
        (error: unknown) => {
          if (!(error instanceof RolledBack)) throw error;
        },
      )
      .finally(() => txs.delete(txId));
    // A BEGIN that failed never reached the callback (after it, "finish" reports the outcome).
    entry.ended.catch(failed);
  });
}

class RolledBack extends Error {}

parentPort!.on("message", (request: Request) => {
  handle(request).then(
    (value) => post({ id: request.id, ok: true, value }),
    (error: unknown) => post({ id: request.id, ok: false, error: errorFields(error) }),
  );
});
