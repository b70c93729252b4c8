import { z } from "zod";
import { TEST_EVENT, WEBHOOK_EVENT_LABELS } from "@/lib/domain/webhooks";
import { DELIVERED_TYPES, envelopeSchema } from "@/lib/webhooks/payload-schemas";

// The OpenAPI document's `webhooks` section (OpenAPI 3.1): what this server posts to a registered
// endpoint, one entry per event type, the bodies generated from lib/webhooks/payload-schemas.ts
// (the schemas the delivery tests check every body against).

type Json = Record<string, unknown>;

const HEADERS = {
  "X-Health-Backlog-Event": "The event type",
  "X-Health-Backlog-Delivery": "The event's id, the same on every retry and redelivery: drop a duplicate",
  "X-Health-Backlog-Signature": "`t=<unix seconds>,v1=<hex>`: HMAC-SHA256 of `<t>.<raw body>` keyed with the endpoint's secret (one `v1` per secret while it is rotated). JSON format only",
};

function schemaOf(type: (typeof DELIVERED_TYPES)[number]): Json {
  const out = z.toJSONSchema(envelopeSchema(type), { io: "output", unrepresentable: "any", target: "draft-2020-12" }) as Json;
  delete out.$schema;
  return out;
}

export function webhookOperations(): Json {
  return Object.fromEntries(
    DELIVERED_TYPES.map((type) => [
      type,
      {
        post: {
          operationId: `webhook_${type.replace(/\W/g, "_")}`,
          summary: type === TEST_EVENT ? "The test event an admin sends from the webhook's page" : WEBHOOK_EVENT_LABELS[type],
          description:
            "Posted to each enabled endpoint subscribed to it (Admin → Webhooks), signed as the README's “Webhooks” shows; answered 2xx, it is delivered, otherwise retried with back-off (30 s doubling to 4 h) for about a day. Endpoints in the Slack format get `{ text, blocks }` instead.",
          parameters: Object.entries(HEADERS).map(([name, description]) => ({ name, in: "header", required: name !== "X-Health-Backlog-Signature", description, schema: { type: "string" } })),
          requestBody: { required: true, content: { "application/json": { schema: schemaOf(type) } } },
          responses: { "2XX": { description: "Delivered" }, default: { description: "Not delivered: retried later" } },
        },
      },
    ]),
  );
}
