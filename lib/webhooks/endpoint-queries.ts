import "server-only";
import { and, asc, count, desc, eq, inArray, isNull, lt } from "drizzle-orm";
import type { Db } from "@/db";
import { users } from "@/db/schema";
import { webhookAttempts, webhookEndpoints, webhookOutbox } from "@/db/schema-webhooks";

// What the admin pages show about webhooks: each endpoint with its queue and its latest attempt,
// and an endpoint's delivery log (events latest first, each with every attempt). Never the secret.

export type DeliveryState = "delivered" | "queued" | "retrying" | "abandoned";

export type EndpointSummary = {
  id: string;
  url: string;
  description: string;
  format: "json" | "slack";
  events: string[];
  enabled: boolean;
  disabledReason: string | null;
  failingSince: Date | null;
  createdAt: Date;
  createdByName: string | null;
  /** Events waiting to be sent (first try or a retry). */
  queued: number;
  last: { at: Date; status: number | null; error: string | null; ok: boolean } | null;
};

const endpointColumns = {
  id: webhookEndpoints.id,
  url: webhookEndpoints.url,
  description: webhookEndpoints.description,
  format: webhookEndpoints.format,
  events: webhookEndpoints.events,
  enabled: webhookEndpoints.enabled,
  disabledReason: webhookEndpoints.disabledReason,
  failingSince: webhookEndpoints.failingSince,
  createdAt: webhookEndpoints.createdAt,
  createdByName: users.name,
};

/** An admin registers a handful of endpoints; the page shows at most this many. */
export const MAX_LISTED_ENDPOINTS = 200;

async function summarise(db: Db, rows: Omit<EndpointSummary, "queued" | "last">[]): Promise<EndpointSummary[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const queued = await db
    .select({ endpointId: webhookOutbox.endpointId, n: count() })
    .from(webhookOutbox)
    .where(and(inArray(webhookOutbox.endpointId, ids), isNull(webhookOutbox.deliveredAt), isNull(webhookOutbox.abandonedAt)))
    .groupBy(webhookOutbox.endpointId);
  const queuedBy = new Map(queued.map((q) => [q.endpointId, Number(q.n)]));
  // The latest attempt of each endpoint: one indexed look per endpoint (there are few).
  const lasts = await Promise.all(
    ids.map((id) =>
      db
        .select({ at: webhookAttempts.at, status: webhookAttempts.status, error: webhookAttempts.error, delivered: webhookOutbox.deliveredAt })
        .from(webhookAttempts)
        .innerJoin(webhookOutbox, eq(webhookOutbox.id, webhookAttempts.outboxId))
        .where(eq(webhookOutbox.endpointId, id))
        .orderBy(desc(webhookAttempts.id))
        .limit(1),
    ),
  );
  return rows.map((r, i) => {
    const last = lasts[i]![0];
    return {
      ...r,
      queued: queuedBy.get(r.id) ?? 0,
      last: last ? { at: last.at, status: last.status, error: last.error, ok: last.status !== null && last.status >= 200 && last.status < 300 } : null,
    };
  });
}

export async function listEndpoints(db: Db): Promise<EndpointSummary[]> {
  const rows = await db
    .select(endpointColumns)
    .from(webhookEndpoints)
    .leftJoin(users, eq(users.id, webhookEndpoints.createdBy))
    .orderBy(asc(webhookEndpoints.createdAt), asc(webhookEndpoints.id))
    .limit(MAX_LISTED_ENDPOINTS);
  return summarise(db, rows);
}

export async function getEndpoint(db: Db, id: string): Promise<EndpointSummary | null> {
  const rows = await db.select(endpointColumns).from(webhookEndpoints).leftJoin(users, eq(users.id, webhookEndpoints.createdBy)).where(eq(webhookEndpoints.id, id));
  const [one] = await summarise(db, rows);
  return one ?? null;
}

export type AttemptRow = { id: number; at: Date; status: number | null; durationMs: number; excerpt: string; error: string | null };

export type DeliveryRow = {
  id: number;
  eventId: string;
  eventType: string;
  createdAt: Date;
  state: DeliveryState;
  nextAttemptAt: Date | null;
  finishedAt: Date | null;
  lastError: string | null;
  attempts: AttemptRow[];
};

export const DELIVERY_PAGE = 50;
/** Attempts shown per event: a day of back-off is about a dozen; older ones are summarised by the count. */
const ATTEMPTS_SHOWN = 30;

/** One page of an endpoint's deliveries, latest first; `before` is the previous page's last id. */
export async function deliveryLog(db: Db, endpointId: string, before?: number): Promise<{ rows: DeliveryRow[]; next: number | null }> {
  const events = await db
    .select()
    .from(webhookOutbox)
    .where(and(eq(webhookOutbox.endpointId, endpointId), before ? lt(webhookOutbox.id, before) : undefined))
    .orderBy(desc(webhookOutbox.id))
    .limit(DELIVERY_PAGE + 1);
  const page = events.slice(0, DELIVERY_PAGE);
  const attempts = page.length
    ? await db
        .select()
        .from(webhookAttempts)
        .where(inArray(webhookAttempts.outboxId, page.map((e) => e.id)))
        .orderBy(desc(webhookAttempts.id))
        .limit(page.length * ATTEMPTS_SHOWN)
    : [];
  const byEvent = new Map<number, AttemptRow[]>();
  for (const a of attempts) {
    const list = byEvent.get(a.outboxId) ?? [];
    list.push({ id: a.id, at: a.at, status: a.status, durationMs: a.durationMs, excerpt: a.excerpt, error: a.error });
    byEvent.set(a.outboxId, list);
  }
  const rows = page.map((e): DeliveryRow => {
    const state: DeliveryState = e.deliveredAt ? "delivered" : e.abandonedAt ? "abandoned" : e.attempts > 0 ? "retrying" : "queued";
    return {
      id: e.id,
      eventId: e.eventId,
      eventType: e.eventType,
      createdAt: e.createdAt,
      state,
      nextAttemptAt: state === "queued" || state === "retrying" ? e.nextAttemptAt : null,
      finishedAt: e.deliveredAt ?? e.abandonedAt,
      lastError: e.lastError,
      attempts: byEvent.get(e.id) ?? [],
    };
  });
  return { rows, next: events.length > DELIVERY_PAGE ? page.at(-1)!.id : null };
}
