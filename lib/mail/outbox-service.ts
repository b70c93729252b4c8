import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { mailOutbox, type MailRow } from "@/db/schema-notifications";
import { backoffDelayMs } from "@/lib/time/backoff";

// The queue's moves. A worker claims due rows with FOR UPDATE SKIP LOCKED and a lease, in its own
// short transaction, so several app instances share the queue without sending a row twice while
// its lease holds; a worker that dies mid-send leaves the lease to run out and the row to be
// claimed again. Failed sends wait with exponential back-off and give up after MAX_ATTEMPTS
// (about a day).

export const LEASE_MS = 2 * 60_000;
export const MAX_ATTEMPTS = 12;

/** The wait after the n-th failed attempt: 1, 2, 4 … minutes, at most 4 hours (≈ 26 h over 12 attempts). */
export const backoffMs = (attempts: number) => backoffDelayMs({ firstMs: 60_000, maxMs: 4 * 3_600_000 }, attempts);

/** Claims up to `limit` due rows for `leaseMs`; each claim counts as an attempt. */
export async function claimDue(db: Db, limit = 20, leaseMs = LEASE_MS, now = new Date()): Promise<MailRow[]> {
  const until = new Date(now.getTime() + leaseMs);
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: mailOutbox.id })
      .from(mailOutbox)
      .where(
        sql`${mailOutbox.sentAt} is null and ${mailOutbox.failedAt} is null and ${mailOutbox.notBefore} <= ${now.toISOString()}::timestamptz and (${mailOutbox.lockedUntil} is null or ${mailOutbox.lockedUntil} < ${now.toISOString()}::timestamptz)`,
      )
      .orderBy(mailOutbox.notBefore, mailOutbox.id)
      .limit(limit)
      .for("update", { skipLocked: true });
    if (!due.length) return [];
    return tx
      .update(mailOutbox)
      .set({ lockedUntil: until, attempts: sql`${mailOutbox.attempts} + 1` })
      .where(sql`${mailOutbox.id} in (${sql.join(due.map((d) => sql`${d.id}`), sql`, `)})`)
      .returning();
  });
}

/**
 * Takes the row's lease again just before sending it, so a slow server part-way through a batch
 * never lets another worker claim what this one is about to send. False when the lease was lost.
 */
export async function renewLease(db: Db, row: Pick<MailRow, "id" | "attempts">, leaseMs = LEASE_MS, now = new Date()): Promise<boolean> {
  const renewed = await db
    .update(mailOutbox)
    .set({ lockedUntil: new Date(now.getTime() + leaseMs) })
    .where(and(eq(mailOutbox.id, row.id), eq(mailOutbox.attempts, row.attempts), isNull(mailOutbox.sentAt), sql`${mailOutbox.lockedUntil} > ${now.toISOString()}::timestamptz`))
    .returning({ id: mailOutbox.id });
  return renewed.length > 0;
}

/** Sent: done for good, whoever's lease it was (a late success still stops any further attempt). */
export async function markSent(db: Db, row: Pick<MailRow, "id">, now = new Date()) {
  await db.update(mailOutbox).set({ sentAt: now, lockedUntil: null, lastError: null }).where(and(eq(mailOutbox.id, row.id), isNull(mailOutbox.sentAt)));
}

/** Nothing to send any more (its entry was deleted): closed without a message. */
export async function markSkipped(db: Db, row: Pick<MailRow, "id">, reason: string, now = new Date()) {
  await db.update(mailOutbox).set({ failedAt: now, lockedUntil: null, lastError: reason.slice(0, 500) }).where(eq(mailOutbox.id, row.id));
}

/** A failed send: retried after the back-off, or given up after MAX_ATTEMPTS. Only the current lease holder (attempt number) records it. */
export async function markFailed(db: Db, row: Pick<MailRow, "id" | "attempts">, error: string, now = new Date()) {
  const giveUp = row.attempts >= MAX_ATTEMPTS;
  await db
    .update(mailOutbox)
    .set({ lockedUntil: null, lastError: error.slice(0, 500), ...(giveUp ? { failedAt: now } : { notBefore: new Date(now.getTime() + backoffMs(row.attempts)) }) })
    .where(and(eq(mailOutbox.id, row.id), eq(mailOutbox.attempts, row.attempts)));
}

/** Queues a digest for the window; its key makes a second pass (or instance) for the same window a no-op. */
export async function queueDigest(db: Db | Tx, userId: string, window: { start: Date; end: Date }) {
  const rows = await db
    .insert(mailOutbox)
    .values({ userId, kind: "digest", windowStart: window.start, windowEnd: window.end, dedupeKey: `digest:${userId}:${window.end.toISOString()}` })
    .onConflictDoNothing()
    .returning({ id: mailOutbox.id });
  return rows.length > 0;
}
