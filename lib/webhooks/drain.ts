import "server-only";
import type { Db } from "@/db";
import { TEST_EVENT } from "@/lib/domain/webhooks";
import { guardedPost } from "@/lib/net/guarded-post";
import { webhookBody } from "./body";
import { abandonRow, claimDueEvents, endpointsByIds, recordAttempt, LEASE_MS } from "./outbox-service";
import { SIGNATURE_HEADER, signatureHeader } from "./signature";

// One pass over the webhook outbox: claim what is due, post each event to its endpoint (signed,
// guarded, ten seconds at most), record the outcome. A few at a time, so one slow receiver does not
// hold up the others. The worker (lib/reminders/scheduler.ts) calls it every few seconds.

export const DELIVERY_HEADER = "X-Health-Backlog-Delivery";
export const EVENT_HEADER = "X-Health-Backlog-Event";
const LANES = 4;

export type DrainOptions = { limit?: number; allowHosts?: readonly string[]; now?: Date; timeoutMs?: number };

export async function drainWebhooksOnce(db: Db, options: DrainOptions = {}) {
  const rows = await claimDueEvents(db, options.limit ?? 20, LEASE_MS, options.now);
  if (!rows.length) return { claimed: 0, delivered: 0, failed: 0 };
  const endpoints = await endpointsByIds(db, rows.map((r) => r.endpointId));
  let delivered = 0;
  let failed = 0;
  let next = 0;
  const lane = async () => {
    while (next < rows.length) {
      const row = rows[next++]!;
      const endpoint = endpoints.get(row.endpointId);
      // A switched-off endpoint gets only an admin's test event (how they check it before switching it back on).
      if (!endpoint || (!endpoint.enabled && row.eventType !== TEST_EVENT)) {
        await abandonRow(db, row, "endpoint disabled", options.now);
        failed++;
        continue;
      }
      const body = webhookBody(endpoint.format, { id: row.eventId, type: row.eventType, createdAt: row.createdAt.toISOString(), data: row.payload });
      const headers: Record<string, string> = { [DELIVERY_HEADER]: row.eventId, [EVENT_HEADER]: row.eventType };
      // Slack URLs are secret themselves and Slack ignores our header; JSON receivers verify it.
      if (endpoint.format === "json") headers[SIGNATURE_HEADER] = signatureHeader(endpoint.secret, body);
      const result = await guardedPost(endpoint.url, body, headers, { allowHosts: options.allowHosts, timeoutMs: options.timeoutMs });
      const became = await recordAttempt(db, row, result, options.now ?? new Date());
      if (became === "delivered") delivered++;
      else if (became !== "overtaken") failed++;
    }
  };
  await Promise.all(Array.from({ length: Math.min(LANES, rows.length) }, lane));
  return { claimed: rows.length, delivered, failed };
}
