import "server-only";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { users } from "@/db/schema";
import { webhookAttempts, webhookEndpoints, webhookOutbox } from "@/db/schema-webhooks";
import type { WebhookEvent } from "@/lib/domain/webhooks";
import { deliver } from "@/lib/notify/deliver-service";
import { nextAttemptAt } from "./backoff";
import { shownUrl } from "./shown-url";

// The outbox's moves. A change queues its event for every enabled endpoint that wants it, inside
// the change's own transaction. Workers on any instance claim due rows with FOR UPDATE SKIP LOCKED
// and a lease (so two instances never deliver one row at once, and a worker that dies leaves the
// lease to run out), then record each attempt: delivered, retried after the back-off, or given up
// after about a day — and an endpoint failing for a day is switched off.

export const LEASE_MS = 60_000;
export type OutboxRow = typeof webhookOutbox.$inferSelect;

type EventData = Record<string, unknown>;
type NewRow = typeof webhookOutbox.$inferInsert;

/** Told on commit that something was queued, so an instance's worker delivers at once instead of at its next poll. */
export const WAKE_CHANNEL = "hb_webhooks";

/** The enabled endpoints subscribed to any of `types`, with their subscriptions: one small query (none, usually). */
export async function endpointsWanting(tx: Tx | Db, types: readonly WebhookEvent[]) {
  if (!types.length) return [];
  return tx
    .select({ id: webhookEndpoints.id, events: webhookEndpoints.events })
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.enabled, true), sql`${webhookEndpoints.events} ?| ${`{${types.join(",")}}`}::text[]`));
}

/** Writes outbox rows (a thousand per statement) and wakes the workers of every instance when the transaction commits. */
export async function insertOutbox(tx: Tx | Db, rows: readonly NewRow[]) {
  if (!rows.length) return;
  for (let i = 0; i < rows.length; i += 1000) await tx.insert(webhookOutbox).values(rows.slice(i, i + 1000));
  await tx.execute(sql`select pg_notify(${WAKE_CHANNEL}, '')`);
}

/**
 * Queues events of one type for each enabled endpoint that subscribed to it (a reminder pass's
 * overdue items are one call). `payloads` may be a function, called only when someone wants the
 * event (so a change nobody listens to costs one small query). Returns how many rows were queued.
 */
export async function queueWebhookEvents(tx: Tx | Db, type: WebhookEvent, payloads: readonly EventData[] | (() => Promise<readonly EventData[]>), now = new Date()): Promise<number> {
  const endpoints = await endpointsWanting(tx, [type]);
  if (!endpoints.length) return 0;
  const list = typeof payloads === "function" ? await payloads() : payloads;
  const rows = endpoints.flatMap((e) => list.map((payload) => ({ endpointId: e.id, eventType: type, payload: { ...payload }, createdAt: now, nextAttemptAt: now })));
  await insertOutbox(tx, rows);
  return rows.length;
}

/** One event: `queueWebhookEvents` with a single payload. */
export async function queueWebhookEvent(tx: Tx | Db, type: WebhookEvent, data: EventData | (() => Promise<EventData>), now = new Date()): Promise<number> {
  return queueWebhookEvents(tx, type, typeof data === "function" ? async () => [await data()] : [data], now);
}

/** Claims up to `limit` due rows for `leaseMs`, each counted as an attempt. */
export async function claimDueEvents(db: Db, limit = 20, leaseMs = LEASE_MS, now = new Date()): Promise<OutboxRow[]> {
  const at = now.toISOString();
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: webhookOutbox.id })
      .from(webhookOutbox)
      .where(
        sql`${webhookOutbox.deliveredAt} is null and ${webhookOutbox.abandonedAt} is null and ${webhookOutbox.nextAttemptAt} <= ${at}::timestamptz and (${webhookOutbox.lockedUntil} is null or ${webhookOutbox.lockedUntil} < ${at}::timestamptz)`,
      )
      .orderBy(webhookOutbox.nextAttemptAt, webhookOutbox.id)
      .limit(limit)
      .for("update", { skipLocked: true });
    if (!due.length) return [];
    return tx
      .update(webhookOutbox)
      .set({ lockedUntil: new Date(now.getTime() + leaseMs), attempts: sql`${webhookOutbox.attempts} + 1`, firstAttemptAt: sql`coalesce(${webhookOutbox.firstAttemptAt}, ${at}::timestamptz)` })
      .where(sql`${webhookOutbox.id} in (${sql.join(due.map((d) => sql`${d.id}`), sql`, `)})`)
      .returning();
  });
}

export type AttemptOutcome = { status: number | null; ok: boolean; durationMs: number; excerpt: string; error: string | null };

/**
 * Records one attempt by the worker holding attempt number `row.attempts` (a worker whose lease ran
 * out and was overtaken records nothing): the log row, then delivered / retry later / given up, and
 * the endpoint's failing streak (a day of failures disables it). Returns what became of the row.
 */
export async function recordAttempt(db: Db, row: OutboxRow, outcome: AttemptOutcome, now = new Date(), random: () => number = Math.random): Promise<"delivered" | "retry" | "abandoned" | "overtaken"> {
  return db.transaction(async (tx) => {
    const [held] = await tx
      .select({ id: webhookOutbox.id })
      .from(webhookOutbox)
      .where(and(eq(webhookOutbox.id, row.id), eq(webhookOutbox.attempts, row.attempts), isNull(webhookOutbox.deliveredAt), isNull(webhookOutbox.abandonedAt)))
      .for("update");
    if (!held) return "overtaken";
    await tx.insert(webhookAttempts).values({ outboxId: row.id, at: now, status: outcome.status, durationMs: outcome.durationMs, excerpt: outcome.excerpt.slice(0, 2048), error: outcome.error?.slice(0, 500) ?? null });
    const last = { lastStatus: outcome.status, lastError: outcome.error?.slice(0, 500) ?? null, lockedUntil: null };
    if (outcome.ok) {
      await tx.update(webhookOutbox).set({ ...last, deliveredAt: now }).where(eq(webhookOutbox.id, row.id));
      await tx.update(webhookEndpoints).set({ failingSince: null }).where(eq(webhookEndpoints.id, row.endpointId));
      return "delivered";
    }
    const next = nextAttemptAt(row.firstAttemptAt ?? now, row.attempts, now, random);
    await tx
      .update(webhookOutbox)
      .set({ ...last, ...(next ? { nextAttemptAt: next } : { abandonedAt: now }) })
      .where(eq(webhookOutbox.id, row.id));
    await failing(tx, row.endpointId, now, next ? null : (row.firstAttemptAt ?? now));
    return next ? "retry" : "abandoned";
  });
}

/**
 * An endpoint that has failed for a day without one success is switched off and its queue closed:
 * its failing streak is a day old, or an event was just given up (after about a day of tries) and
 * nothing succeeded since that event's first try.
 */
async function failing(tx: Tx, endpointId: string, now: Date, gaveUpSince: Date | null) {
  const [endpoint] = await tx
    .update(webhookEndpoints)
    .set({ failingSince: sql`coalesce(${webhookEndpoints.failingSince}, ${now.toISOString()}::timestamptz)` })
    .where(eq(webhookEndpoints.id, endpointId))
    .returning({ failingSince: webhookEndpoints.failingSince, enabled: webhookEndpoints.enabled });
  if (!endpoint?.enabled || !endpoint.failingSince) return;
  const aDay = now.getTime() - endpoint.failingSince.getTime() >= 24 * 3_600_000;
  const gaveUp = gaveUpSince !== null && endpoint.failingSince.getTime() <= gaveUpSince.getTime();
  if (!aDay && !gaveUp) return;
  await tx
    .update(webhookEndpoints)
    .set({ enabled: false, disabledReason: `failing since ${endpoint.failingSince.toISOString()}`, updatedAt: now })
    .where(eq(webhookEndpoints.id, endpointId));
  await abandonQueued(tx, endpointId, now, "endpoint disabled after a day of failures");
  await tellAdmins(tx, endpointId, endpoint.failingSince, now);
}

/** Every enabled administrator hears that an endpoint was switched off (in the app, and by e-mail as they chose). */
async function tellAdmins(tx: Tx, endpointId: string, failingSince: Date, now: Date) {
  const [endpoint] = await tx.select({ url: webhookEndpoints.url }).from(webhookEndpoints).where(eq(webhookEndpoints.id, endpointId));
  const admins = await tx.select({ id: users.id }).from(users).where(and(eq(users.role, "admin"), eq(users.disabled, false)));
  if (!endpoint || !admins.length) return;
  await deliver(
    tx,
    null,
    admins.map((a) => ({
      userId: a.id,
      kind: "webhook_disabled" as const,
      subjectType: "webhook" as const,
      subjectId: endpointId,
      detail: { webhook: { id: endpointId, url: shownUrl(endpoint.url).slice(0, 300), failingSince: failingSince.toISOString() } },
      burstKey: `webhook_disabled:${endpointId}:${failingSince.toISOString()}`,
    })),
    now,
  );
}

/** Closes what is still queued for an endpoint (disabled, or switched off by an admin). */
export async function abandonQueued(tx: Tx | Db, endpointId: string, now: Date, reason: string) {
  await tx
    .update(webhookOutbox)
    .set({ abandonedAt: now, lastError: reason, lockedUntil: null })
    .where(and(eq(webhookOutbox.endpointId, endpointId), isNull(webhookOutbox.deliveredAt), isNull(webhookOutbox.abandonedAt)));
}

/** One row closed without sending (its endpoint was disabled or deleted after it was queued). */
export async function abandonRow(db: Db, row: Pick<OutboxRow, "id">, reason: string, now = new Date()) {
  await db.update(webhookOutbox).set({ abandonedAt: now, lastError: reason, lockedUntil: null }).where(and(eq(webhookOutbox.id, row.id), isNull(webhookOutbox.deliveredAt)));
}

/** The endpoints of a claimed batch, by id (one query however many rows). */
export async function endpointsByIds(db: Db, ids: readonly string[]) {
  const rows = ids.length ? await db.select().from(webhookEndpoints).where(inArray(webhookEndpoints.id, [...new Set(ids)])) : [];
  return new Map(rows.map((e) => [e.id, e]));
}
