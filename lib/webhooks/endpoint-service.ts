import "server-only";
import { randomBytes } from "node:crypto";
import { and, count, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { webhookEndpoints, webhookOutbox } from "@/db/schema-webhooks";
import { appendAudit } from "@/lib/audit-log/append";
import type { UserActor } from "@/lib/domain/actors";
import { TEST_EVENT } from "@/lib/domain/webhooks";
import { getEnv } from "@/lib/env";
import { refusedUrl } from "@/lib/net/outbound-guard";
import { fail } from "@/lib/result";
import { actorJson } from "./item-events-service";
import { abandonQueued, WAKE_CHANNEL } from "./outbox-service";
import { shownUrl } from "./shown-url";
import type { CreateEndpointInput, UpdateEndpointInput } from "./schemas";

// An admin's endpoints: registered with a secret shown once, changed (a re-enabled endpoint starts
// a fresh failing streak; a disabled one's queue is closed), deleted, sent a test event, or asked to
// deliver an earlier event again. Each change is one audit row naming the address as shownUrl
// shows it (a Slack or Discord address carries its own secret), never the signing secret.

type Endpoint = typeof webhookEndpoints.$inferSelect;

const newSecret = () => `whsec_${randomBytes(24).toString("base64url")}`;
const side = (e: Pick<Endpoint, "url" | "description" | "format" | "events" | "enabled">) => ({ url: shownUrl(e.url), description: e.description, format: e.format, events: [...e.events], enabled: e.enabled });

/** The row is written with its returned ids here; the workers are woken on commit as for any queued event. */
const wake = (tx: Parameters<Parameters<Db["transaction"]>[0]>[0]) => tx.execute(sql`select pg_notify(${WAKE_CHANNEL}, '')`);

/** Refuses an address no delivery could reach (loopback, private… unless allowed), with the reason. */
function checkUrl(url: string) {
  const reason = refusedUrl(new URL(url), { allowHosts: getEnv().WEBHOOK_ALLOWED_HOSTS });
  if (reason) fail("invalid", `URL: ${reason}`, { fieldErrors: { url: [reason] } });
}

/**
 * Each change is queued once per endpoint that wants it, in the change's own transaction: the count
 * is bounded so a bulk edit of a thousand items stays a bounded write.
 */
export const MAX_ENDPOINTS = 50;

export async function createEndpoint(db: Db, actor: UserActor, input: CreateEndpointInput, now = new Date()) {
  checkUrl(input.url);
  const secret = newSecret();
  return db.transaction(async (tx) => {
    // Serialises registrations, so two at once cannot both pass the count.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('webhook-endpoints'))`);
    const [{ n }] = (await tx.select({ n: count() }).from(webhookEndpoints)) as [{ n: number }];
    if (Number(n) >= MAX_ENDPOINTS) return fail("invalid", `At most ${MAX_ENDPOINTS} webhooks can be registered; delete one you no longer use first.`);
    const [row] = await tx
      .insert(webhookEndpoints)
      .values({ url: input.url, description: input.description, format: input.format, events: input.events, secret, createdBy: actor.userId, createdAt: now, updatedAt: now })
      .returning();
    await appendAudit(tx, actor, { action: "webhook.create", entityType: "webhook", entityId: row!.id, after: side(row!) });
    return { id: row!.id, secret };
  });
}

export async function updateEndpoint(db: Db, actor: UserActor, input: UpdateEndpointInput, now = new Date()) {
  if (input.url) checkUrl(input.url);
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, input.id)).for("update");
    if (!row) return fail("not_found", "That webhook no longer exists.");
    const patch: Partial<typeof webhookEndpoints.$inferInsert> = {};
    if (input.url !== undefined && input.url !== row.url) patch.url = input.url;
    if (input.description !== undefined && input.description !== row.description) patch.description = input.description;
    if (input.format !== undefined && input.format !== row.format) patch.format = input.format;
    if (input.events !== undefined && JSON.stringify([...input.events].sort()) !== JSON.stringify([...row.events].sort())) patch.events = input.events;
    if (input.enabled !== undefined && input.enabled !== row.enabled) {
      patch.enabled = input.enabled;
      // Switched back on: a fresh start. Switched off: what is still queued is not sent.
      if (input.enabled) Object.assign(patch, { failingSince: null, disabledReason: null });
      else await abandonQueued(tx, row.id, now, "endpoint disabled by an admin");
    }
    const secret = input.rotateSecret ? newSecret() : null;
    if (secret) patch.secret = secret;
    const changed = Object.keys(patch).filter((k) => !["secret", "failingSince", "disabledReason"].includes(k)) as (keyof ReturnType<typeof side>)[];
    if (!changed.length && !secret) return { id: row.id, secret: null };
    await tx.update(webhookEndpoints).set({ ...patch, updatedAt: now }).where(eq(webhookEndpoints.id, row.id));
    const before = Object.fromEntries(changed.map((k) => [k, side(row)[k]]));
    const after = { ...Object.fromEntries(changed.map((k) => [k, side({ ...row, ...patch } as Endpoint)[k]])), url: shownUrl(patch.url ?? row.url), ...(secret ? { secretRotated: true } : {}) };
    await appendAudit(tx, actor, { action: "webhook.update", entityType: "webhook", entityId: row.id, before, after });
    return { id: row.id, secret };
  });
}

export async function deleteEndpoint(db: Db, actor: UserActor, id: string) {
  return db.transaction(async (tx) => {
    const [row] = await tx.delete(webhookEndpoints).where(eq(webhookEndpoints.id, id)).returning();
    if (!row) return fail("not_found", "That webhook no longer exists.");
    await appendAudit(tx, actor, { action: "webhook.delete", entityType: "webhook", entityId: row.id, before: side(row) });
    return { id: row.id };
  });
}

/** Queues a "ping" for this endpoint alone, delivered like any event (even to a disabled one: that is how an admin checks it before switching it back on). */
export async function sendTestEvent(db: Db, actor: UserActor, id: string, now = new Date()) {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id));
    if (!row) return fail("not_found", "That webhook no longer exists.");
    const [queued] = await tx
      .insert(webhookOutbox)
      .values({ endpointId: row.id, eventType: TEST_EVENT, payload: { summary: "a test event sent from the admin page", actor: actorJson(actor) }, createdAt: now, nextAttemptAt: now })
      .returning({ id: webhookOutbox.id, eventId: webhookOutbox.eventId });
    await wake(tx);
    await appendAudit(tx, actor, { action: "webhook.test", entityType: "webhook", entityId: row.id, after: { url: shownUrl(row.url), eventId: queued!.eventId } });
    return { deliveryId: queued!.id, eventId: queued!.eventId };
  });
}

/** Delivers an earlier event again, with the same event id (a receiver that deduplicates sees it once). */
export async function redeliver(db: Db, actor: UserActor, deliveryId: number, now = new Date()) {
  return db.transaction(async (tx) => {
    const [old] = await tx
      .select({ outbox: webhookOutbox, url: webhookEndpoints.url })
      .from(webhookOutbox)
      .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookOutbox.endpointId))
      .where(eq(webhookOutbox.id, deliveryId))
      // Two quick clicks: the second waits here, then finds the first's copy still queued.
      .for("update", { of: webhookOutbox });
    if (!old) return fail("not_found", "That delivery no longer exists.");
    const [pending] = await tx
      .select({ id: webhookOutbox.id })
      .from(webhookOutbox)
      .where(and(eq(webhookOutbox.eventId, old.outbox.eventId), eq(webhookOutbox.endpointId, old.outbox.endpointId), isNull(webhookOutbox.deliveredAt), isNull(webhookOutbox.abandonedAt)));
    if (pending) return fail("conflict", "That event is still queued for delivery.");
    const [queued] = await tx
      .insert(webhookOutbox)
      .values({ endpointId: old.outbox.endpointId, eventId: old.outbox.eventId, eventType: old.outbox.eventType, payload: old.outbox.payload, createdAt: old.outbox.createdAt, nextAttemptAt: now })
      .returning({ id: webhookOutbox.id });
    await wake(tx);
    await appendAudit(tx, actor, { action: "webhook.redeliver", entityType: "webhook", entityId: old.outbox.endpointId, after: { url: shownUrl(old.url), eventId: old.outbox.eventId, eventType: old.outbox.eventType } });
    return { deliveryId: queued!.id, endpointId: old.outbox.endpointId };
  });
}
