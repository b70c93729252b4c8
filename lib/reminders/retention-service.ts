import "server-only";
import { and, inArray, isNotNull, lt, or, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { mailOutbox, notifications } from "@/db/schema-notifications";

// What the inbox and the e-mail queue keep: a read entry for 90 days, an unread one for a year (an
// inbox nobody opens does not grow without end), and a queued message's row for 30 days after it
// was sent or given up (long enough to answer "did that e-mail go out?"). Run hourly by the
// scheduler on every instance: deleting the same old rows twice is harmless. Deletes go in batches
// so a first run over years of history never holds a long transaction.

export const RETENTION = { readDays: 90, unreadDays: 365, mailDays: 30 } as const;
const BATCH = 5000;
const DAY_MS = 86_400_000;

async function inBatches(remove: () => Promise<number>): Promise<number> {
  let total = 0;
  for (let i = 0; i < 200; i++) {
    const removed = await remove();
    total += removed;
    if (removed < BATCH) break;
  }
  return total;
}

export async function pruneNotifications(db: Db, now = new Date()) {
  const readBefore = new Date(now.getTime() - RETENTION.readDays * DAY_MS);
  const unreadBefore = new Date(now.getTime() - RETENTION.unreadDays * DAY_MS);
  const mailBefore = new Date(now.getTime() - RETENTION.mailDays * DAY_MS);
  // An entry's queued messages go with it (the foreign key cascades).
  const entries = await inBatches(async () => {
    const old = db
      .select({ id: notifications.id })
      .from(notifications)
      .where(or(and(lt(notifications.updatedAt, readBefore), isNotNull(notifications.readAt)), lt(notifications.updatedAt, unreadBefore)))
      .limit(BATCH);
    return (await db.delete(notifications).where(inArray(notifications.id, old)).returning({ id: notifications.id })).length;
  });
  const mail = await inBatches(async () => {
    const old = db
      .select({ id: mailOutbox.id })
      .from(mailOutbox)
      .where(sql`coalesce(${mailOutbox.sentAt}, ${mailOutbox.failedAt}) < ${mailBefore.toISOString()}`)
      .limit(BATCH);
    return (await db.delete(mailOutbox).where(inArray(mailOutbox.id, old)).returning({ id: mailOutbox.id })).length;
  });
  return { entries, mail };
}
