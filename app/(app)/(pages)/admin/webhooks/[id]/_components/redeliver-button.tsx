"use client";

import { Button } from "@/components/ui/button";
import { useItemAction } from "@/components/use-item-action";
import { redeliverWebhookAction } from "@/lib/webhooks/actions";

/** Sends a finished event again with its own event id, so a receiver that deduplicates sees it once. */
export function RedeliverButton({ deliveryId, eventType }: { deliveryId: number; eventType: string }) {
  const { pending, run } = useItemAction();
  return (
    <Button size="sm" variant="secondary" disabled={pending} aria-label={`Redeliver ${eventType}`} onClick={() => run(() => redeliverWebhookAction({ deliveryId }), { success: "Queued for delivery again" })}>
      {pending ? "Queuing…" : "Redeliver"}
    </Button>
  );
}
