import "server-only";
import { inArray, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { checklistItems } from "@/db/schema";

/** Checklist progress (done / total) for a page of items: one grouped query, never one per row. */
export async function checklistProgress(db: Db, ids: string[]): Promise<Map<string, { done: number; total: number }>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({
      itemId: checklistItems.itemId,
      done: sql<number>`count(*) filter (where ${checklistItems.done})::int`,
      total: sql<number>`count(*)::int`,
    })
    .from(checklistItems)
    .where(inArray(checklistItems.itemId, ids))
    .groupBy(checklistItems.itemId);
  return new Map(rows.map((r) => [r.itemId, { done: r.done, total: r.total }]));
}
