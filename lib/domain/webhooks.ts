// What other systems can hear about (issue #20), named once: the endpoint form, the outbox, the
// payloads and the API document all take a WebhookEvent. Pure data.

export const WEBHOOK_EVENTS = [
  "item.created",
  "item.updated",
  "item.status_changed",
  "item.overdue",
  "comment.created",
  "metric.threshold_crossed",
  "runbook.review_due",
  "import.completed",
] as const;

export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** How a body is shaped: our signed JSON, or `{text, blocks}` for a Slack incoming-webhook URL. */
export const WEBHOOK_FORMATS = ["json", "slack"] as const;
export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number];

/** The test event an admin sends from the endpoint's page: delivered like any other, never queued by a change. */
export const TEST_EVENT = "ping" as const;

/** How the endpoint form names each event, and what it carries. */
export const WEBHOOK_EVENT_LABELS: Record<WebhookEvent, string> = {
  "item.created": "An item is created (by hand, the API or an import)",
  "item.updated": "An item's fields change (each with its previous value)",
  "item.status_changed": "An item moves to another status",
  "item.overdue": "An item passes its due date",
  "comment.created": "Someone comments on an item",
  "metric.threshold_crossed": "A metric crosses its warning or critical target",
  "runbook.review_due": "A runbook is due for review",
  "import.completed": "An import finishes",
};
