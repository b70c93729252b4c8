import type { SQL } from "drizzle-orm";
import type { Db, Tx } from "@/db";

/** Rows of a raw SQL query. db.execute answers an array (postgres.js) or `{ rows }` (PGlite). */
export async function queryRows<T = Record<string, unknown>>(db: Db | Tx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}
