import { z } from "zod";
import { PRIORITIES, STATUSES } from "@/lib/domain/items";
import { TEST_EVENT, WEBHOOK_EVENTS, type WebhookEvent } from "@/lib/domain/webhooks";

// What each event's `data` holds, for receivers: the OpenAPI document's `webhooks` section is
// generated from these, and the delivery tests parse every body a receiver gets with them (strict:
// a field added to a payload without being documented here fails the tests). Pure.

const url = z.url().optional().meta({ description: "The page in the app, when APP_URL is set" });
const summary = z.string().meta({ description: "The event in a few words (what the Slack format shows)" });

const actor = z
  .discriminatedUnion("type", [
    z.object({ type: z.literal("user"), id: z.uuid(), name: z.string(), email: z.string() }).strict(),
    z.object({ type: z.literal("token"), id: z.uuid(), name: z.string() }).strict(),
    z.object({ type: z.literal("system"), name: z.string() }).strict(),
  ])
  .meta({ id: "WebhookActor", description: "Who made the change: a person, an API token (by name) or the system (an import, the reminder pass, the GitHub integration)" });

const item = z
  .object({
    id: z.uuid(),
    key: z.string().meta({ example: "P0-006" }),
    title: z.string(),
    project: z.string().meta({ description: "The project's slug" }),
    status: z.enum(STATUSES),
    priority: z.enum(PRIORITIES).nullable().meta({ description: "null: untriaged" }),
    assigneeId: z.uuid().nullable(),
    dueAt: z.iso.datetime().nullable(),
  })
  .strict()
  .meta({ id: "WebhookItem" });

const change = z.object({ from: z.unknown(), to: z.unknown() }).strict();

export const EVENT_DATA = {
  "item.created": z.object({ item, actor, url }).strict(),
  "item.updated": z
    .object({
      item,
      actor,
      url,
      changes: z.record(z.string(), change).meta({ description: "Each changed field (title, description, categoryPath, priority, status, blockedReason, severity, effortHours, impact, assigneeId, dueAt, projectId) with its previous and new value" }),
    })
    .strict(),
  "item.status_changed": z.object({ item, actor, url, from: z.enum(STATUSES), to: z.enum(STATUSES), summary }).strict(),
  "item.overdue": z.object({ item, url, summary }).strict(),
  "comment.created": z
    .object({ comment: z.object({ id: z.uuid(), body: z.string(), createdAt: z.iso.datetime() }).strict(), item: item.nullable(), actor, url, summary })
    .strict(),
  "metric.threshold_crossed": z
    .object({
      metric: z.object({ key: z.string(), name: z.string(), unit: z.string() }).strict(),
      from: z.enum(["ok", "warning", "critical", "no_data"]),
      to: z.enum(["ok", "warning", "critical", "no_data"]),
      value: z.number(),
      actor,
      url,
      summary,
    })
    .strict(),
  "runbook.review_due": z
    .object({ runbook: z.object({ id: z.uuid(), slug: z.string(), title: z.string(), ownerId: z.uuid().nullable(), reviewDueAt: z.iso.datetime() }).strict(), url, summary })
    .strict(),
  "import.completed": z
    .object({
      import: z.object({ id: z.string(), fileName: z.string(), created: z.number().int(), updated: z.number().int() }).strict(),
      project: z.object({ slug: z.string(), name: z.string() }).strict().nullable(),
      actor,
      url,
      summary,
    })
    .strict(),
} satisfies Record<WebhookEvent, z.ZodType>;

const PING_DATA = z.object({ summary, actor }).strict();

/** The JSON body of one delivery of `type` (the signed format; the Slack one is `{text, blocks}`). */
export function envelopeSchema(type: WebhookEvent | typeof TEST_EVENT) {
  return z
    .object({
      id: z.uuid().meta({ description: "The event's id, the same on every retry and redelivery (also in X-Health-Backlog-Delivery)" }),
      type: z.literal(type),
      createdAt: z.iso.datetime(),
      data: type === TEST_EVENT ? PING_DATA : EVENT_DATA[type],
    })
    .strict();
}

/** Every event type a receiver may get, the test event included. */
export const DELIVERED_TYPES = [...WEBHOOK_EVENTS, TEST_EVENT] as const;
