import { z } from "zod";
import { WEBHOOK_EVENTS, WEBHOOK_FORMATS, type WebhookEvent } from "@/lib/domain/webhooks";
import { withLabels } from "@/lib/validation/labels";
import { text } from "@/lib/validation/text";

// The admin's webhook forms. The URL's destination is checked again by the service against the
// outbound guard (a private address is refused with the reason), and at every delivery.

const event = z.enum(WEBHOOK_EVENTS as unknown as [WebhookEvent, ...WebhookEvent[]], { error: `choose from ${WEBHOOK_EVENTS.join(", ")}` });
const events = z
  .preprocess((v) => (v === undefined || v === "" ? [] : v), z.union([event, z.array(event).max(WEBHOOK_EVENTS.length * 2)]))
  .transform((v) => [...new Set(Array.isArray(v) ? v : [v])])
  .refine((v) => v.length > 0, "choose at least one event");
const url = text()
  .trim()
  .min(1, "enter the receiver's address")
  .max(2000, "at most 2,000 characters")
  .refine((v) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol), "must be an http:// or https:// address");

export const createEndpointSchema = withLabels(
  z.object({
    url,
    description: text().trim().max(200, "at most 200 characters").default(""),
    format: z.enum(WEBHOOK_FORMATS, { error: "json or slack" }).default("json"),
    events,
  }),
  { url: "URL", description: "Description", format: "Format", events: "Events" },
);

export const updateEndpointSchema = withLabels(
  z.object({
    id: z.uuid("Unknown webhook"),
    url: url.optional(),
    description: text().trim().max(200, "at most 200 characters").optional(),
    format: z.enum(WEBHOOK_FORMATS, { error: "json or slack" }).optional(),
    events: events.optional(),
    enabled: z.boolean().optional(),
    rotateSecret: z.boolean().optional(),
  }),
  { url: "URL", description: "Description", format: "Format", events: "Events", enabled: "Enabled" },
);

export const endpointIdSchema = z.object({ id: z.uuid("Unknown webhook") });
export const redeliverSchema = z.object({ deliveryId: z.coerce.number().int().positive("Unknown delivery") });

export type CreateEndpointInput = z.output<typeof createEndpointSchema>;
export type UpdateEndpointInput = z.output<typeof updateEndpointSchema>;
