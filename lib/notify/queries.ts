import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { watches } from "@/db/schema-notifications";
import type { WatchSubject } from "@/lib/domain/notifications";

/**
 * Whether this person follows the subject, as its Watch button shows it: their explicit choice if
 * they made one (or were made to watch by creating, being assigned, commenting, being mentioned),
 * else `implicit` (an item's assignee follows it without a row).
 */
export async function watchState(db: Db, userId: string, subjectType: WatchSubject, subjectId: string, implicit = false): Promise<boolean> {
  const [row] = await db
    .select({ watching: watches.watching })
    .from(watches)
    .where(and(eq(watches.userId, userId), eq(watches.subjectType, subjectType), eq(watches.subjectId, subjectId)));
  return row ? row.watching : implicit;
}
