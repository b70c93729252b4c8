import { dbOptionsFromEnv } from "@/db";
import { openDb, type DbHandle } from "@/db/client";

/** Opens the configured database (PGlite in DATA_DIR or DATABASE_URL), migrated, for a script. */
export async function openMigratedDb(): Promise<DbHandle> {
  const handle = await openDb(dbOptionsFromEnv());
  await handle.migrate();
  return handle;
}

export async function withDb<T>(fn: (handle: DbHandle) => Promise<T>): Promise<T> {
  const handle = await openMigratedDb();
  try {
    return await fn(handle);
  } finally {
    await handle.close();
  }
}
