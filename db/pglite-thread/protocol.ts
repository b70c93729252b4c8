// Messages between the request thread and the thread that owns PGlite (./worker.ts, ./client.ts).
// Only plain data crosses: drizzle's per-query parsers are functions, but the ones it passes are all
// "keep the text as it is" for a few type ids, so the ids travel and the worker rebuilds them.

export type QueryOptions = { rowMode?: "array" | "object"; /** Type ids whose values stay as PostgreSQL's text. */ textTypes?: number[] };

export type Request =
  | { id: number; op: "open"; dataDir?: string }
  | { id: number; op: "query"; txId?: number; sql: string; params?: unknown[]; options?: QueryOptions }
  | { id: number; op: "exec"; txId?: number; sql: string }
  | { id: number; op: "begin" }
  | { id: number; op: "finish"; txId: number; commit: boolean }
  | { id: number; op: "listen"; channel: string }
  | { id: number; op: "unlisten"; listenerId: number }
  | { id: number; op: "close" };

/** PGlite's errors carry PostgreSQL's fields (code, constraint…); the app reads them, so they travel. */
export type ErrorFields = { message: string; name?: string; [field: string]: unknown };

export type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: ErrorFields };

export type Notice = { notify: true; listenerId: number; payload: string };

export const ERROR_FIELDS = ["code", "detail", "hint", "severity", "constraint", "table", "column", "schema", "dataType", "position", "where", "routine"] as const;
