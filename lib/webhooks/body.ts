import type { WebhookFormat } from "@/lib/domain/webhooks";

// What a receiver gets. JSON: `{id, type, createdAt, data}`, the id stable across retries (also in
// the X-Health-Backlog-Delivery header, so a receiver can drop a duplicate). Slack: `{text, blocks}`
// for an incoming-webhook URL, one line in words with a link when the event names one.

export type Envelope = { id: string; type: string; createdAt: string; data: Record<string, unknown> };

const str = (v: unknown) => (typeof v === "string" ? v : typeof v === "number" ? String(v) : "");

/** The event in one line of words ("P0-006 Add tracing: status not_started → in_progress"). */
export function eventLine(envelope: Envelope): string {
  const d = envelope.data;
  const item = (d.item ?? {}) as Record<string, unknown>;
  const subject = [str(item.key), str(item.title)].filter(Boolean).join(" ") || str((d.runbook as Record<string, unknown> | undefined)?.title) || str((d.metric as Record<string, unknown> | undefined)?.name);
  const detail = str(d.summary);
  return `${envelope.type}${subject ? ` — ${subject}` : ""}${detail ? `: ${detail}` : ""}`.slice(0, 500);
}

/** Slack's mrkdwn treats &, < and > specially; everything else is shown as written. */
const slackEscape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function webhookBody(format: WebhookFormat, envelope: Envelope): string {
  if (format === "json") return JSON.stringify(envelope);
  const line = slackEscape(eventLine(envelope));
  const url = str(envelope.data.url);
  const text = url && /^https?:\/\//.test(url) ? `${line} <${slackEscape(url)}|Open>` : line;
  return JSON.stringify({ text, blocks: [{ type: "section", text: { type: "mrkdwn", text } }] });
}
