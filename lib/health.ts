import { sql } from "drizzle-orm";
import type { DbHandle } from "@/db";
import { drizzleMigrations } from "@/db/migrations-table";

export type Health =
  | { status: "ok"; db: "ok"; driver: DbHandle["driver"]; migrations: number }
  | { status: "error"; db: "down"; driver: DbHandle["driver"] | null; message: string };

/** Probes the database with a real query; never throws. */
export async function checkHealth(getHandle: () => Promise<DbHandle>, timeoutMs = 3000): Promise<Health> {
  let driver: DbHandle["driver"] | null = null;
  try {
    const probe = (async () => {
      const handle = await getHandle();
      driver = handle.driver;
      await handle.db.execute(sql`select 1`);
      const [row] = await handle.db.select({ n: sql<number>`count(*)::int` }).from(drizzleMigrations);
      return { status: "ok", db: "ok", driver: handle.driver, migrations: row?.n ?? 0 } as const;
    })();
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs).unref?.());
    return await Promise.race([probe, timeout]);
  } catch (error) {
    return { status: "error", db: "down", driver, message: error instanceof Error ? error.message : String(error) };
  }
}
