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
