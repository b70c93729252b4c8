import { sql } from "drizzle-orm";
import type { DbHandle } from "@/db";
import { drizzleMigrations } from "@/db/migrations-table";

export type Health =
  | { status: "ok"; db: "ok"; driver: DbHandle["driver"]; migrations: number }
  | { status: "error"; db: "down"; driver: DbHandle["driver"] };

/**
 * Probes the database with a real query; never throws. The cause of an outage is logged, not
 * returned: the endpoint is public and connection errors name hosts and ports.
 */
export async function checkHealth(getHandle: () => Promise<DbHandle>, driver: DbHandle["driver"], timeoutMs = 3000): Promise<Health> {
  try {
    const probe = (async () => {
      const handle = await getHandle();
      await handle.db.execute(sql`select 1`);
      const [row] = await handle.db.select({ n: sql<number>`count(*)::int` }).from(drizzleMigrations);
      return { status: "ok", db: "ok", driver: handle.driver, migrations: row?.n ?? 0 } as const;
    })();
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs).unref?.());
    return await Promise.race([probe, timeout]);
  } catch (error) {
    console.error("[health] database down:", error instanceof Error ? error.message : error);
    return { status: "error", db: "down", driver };
  }
}
