import "server-only";
import { join } from "node:path";
import { getEnv } from "@/lib/env";
import { openDb, type DbHandle, type DbOptions } from "./client";

export type { Db, DbHandle, Driver, Tx } from "./client";

/** The driver the environment asks for: DATABASE_URL → PostgreSQL, otherwise PGlite in DATA_DIR. */
export function dbOptionsFromEnv(): DbOptions {
  const env = getEnv();
  return env.DATABASE_URL
    ? { driver: "postgres", url: env.DATABASE_URL }
    : { driver: "pglite", dataDir: join(env.dataDir, "pglite"), thread: env.PGLITE_THREAD };
}

// One handle per process (PGlite must never be opened twice on one folder); survives dev hot reloads.
const g = globalThis as unknown as { __dbHandle?: Promise<DbHandle> };

export function getDbHandle(): Promise<DbHandle> {
  if (!g.__dbHandle) {
    g.__dbHandle = (async () => {
      const handle = await openDb(dbOptionsFromEnv());
      await handle.migrate();
      return handle;
    })();
    // A failed open (database down) must not poison the process: the next call retries.
    g.__dbHandle.catch(() => {
      g.__dbHandle = undefined;
    });
  }
  return g.__dbHandle;
}

export async function getDb() {
  return (await getDbHandle()).db;
}

/** Tests install their own database (in-memory PGlite or a throwaway PostgreSQL database). */
export function setDbHandleForTests(handle: DbHandle | undefined) {
  g.__dbHandle = handle ? Promise.resolve(handle) : undefined;
}
