import { sql } from "drizzle-orm";
import { bigint, bigserial, boolean, check, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { WebhookEvent, WebhookFormat } from "@/lib/domain/webhooks";
import { users } from "./schema";

// Webhooks (lib/webhooks): the endpoints admins register, the outbox of events to deliver (written in
// the transaction of the change, so an event is never lost and never sent for a change that rolled
// back), and the log of each attempt.

export const webhookEndpoints = pgTable(
  "webhook_endpoints",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    url: text("url").notNull(),
    description: text("description").notNull().default(""),
    format: text("format").notNull().$type<WebhookFormat>().default("json"),
    events: jsonb("events").notNull().$type<WebhookEvent[]>(),
    // Used to sign (HMAC needs the secret itself); shown once when set, never again.
    secret: text("secret").notNull(),
    enabled: boolean("enabled").notNull().default(true),
    // Why it was switched off ("failing since …"), shown on the admin page.
    disabledReason: text("disabled_reason"),
    // The first failure of the current run of failures; cleared by a success. A day of it disables the endpoint.
    failingSince: timestamp("failing_since", { withTimezone: true }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("webhook_endpoints_format", sql`${t.format} in ('json', 'slack')`)],
);

/** One event for one endpoint: delivered once, retried with back-off, or given up after about a day. */
export const webhookOutbox = pgTable(
  "webhook_outbox",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    endpointId: uuid("endpoint_id")
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: "cascade" }),
    // A stable id the receiver sees (X-Health-Backlog-Delivery): a retried event keeps it, so a receiver can dedupe.
    eventId: uuid("event_id").notNull().defaultRandom(),
    eventType: text("event_type").notNull(),
    payload: jsonb("payload").notNull().$type<Record<string, unknown>>(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    attempts: integer("attempts").notNull().default(0),
    firstAttemptAt: timestamp("first_attempt_at", { withTimezone: true }),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
    // Given up (a day of failures, or the endpoint was disabled or deleted meanwhile).
    abandonedAt: timestamp("abandoned_at", { withTimezone: true }),
    lastStatus: integer("last_status"),
    lastError: text("last_error"),
  },
  (t) => [
    index("webhook_outbox_due_idx").on(t.nextAttemptAt, t.id).where(sql`${t.deliveredAt} is null and ${t.abandonedAt} is null`),
    index("webhook_outbox_endpoint_idx").on(t.endpointId, t.createdAt),
  ],
);

/** Each attempt, for the endpoint's delivery log (status, how long, what the receiver said). */
export const webhookAttempts = pgTable(
  "webhook_attempts",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    outboxId: bigint("outbox_id", { mode: "number" })
      .notNull()
      .references(() => webhookOutbox.id, { onDelete: "cascade" }),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    status: integer("status"),
    durationMs: integer("duration_ms").notNull(),
    excerpt: text("excerpt").notNull().default(""),
    error: text("error"),
  },
  (t) => [index("webhook_attempts_outbox_idx").on(t.outboxId, t.at)],
);
