"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { defineAction } from "@/lib/auth/action";
import { createEndpoint, deleteEndpoint, redeliver, sendTestEvent, updateEndpoint } from "./endpoint-service";
import { createEndpointSchema, endpointIdSchema, redeliverSchema, updateEndpointSchema } from "./schemas";

// The admin's webhook page: every change goes through the one policy check ("webhooks.manage",
// admins) and the service's own audit row. A secret leaves the server only in the answer to the
// action that made it.

const refresh = (id?: string) => {
  revalidatePath("/admin/webhooks");
  if (id) revalidatePath(`/admin/webhooks/${id}`);
};

export const createWebhookAction = defineAction("webhooks.manage", createEndpointSchema, async (input, actor) => {
  const created = await createEndpoint(await getDb(), actor, input);
  refresh();
  return created;
});

export const updateWebhookAction = defineAction("webhooks.manage", updateEndpointSchema, async (input, actor) => {
  const updated = await updateEndpoint(await getDb(), actor, input);
  refresh(updated.id);
  return updated;
});

export const deleteWebhookAction = defineAction("webhooks.manage", endpointIdSchema, async ({ id }, actor) => {
  const deleted = await deleteEndpoint(await getDb(), actor, id);
  refresh();
  return deleted;
});

export const sendTestWebhookAction = defineAction("webhooks.manage", endpointIdSchema, async ({ id }, actor) => {
  const sent = await sendTestEvent(await getDb(), actor, id);
  refresh(id);
  return sent;
});

export const redeliverWebhookAction = defineAction("webhooks.manage", redeliverSchema, async ({ deliveryId }, actor) => {
  const queued = await redeliver(await getDb(), actor, deliveryId);
  refresh(queued.endpointId);
  return queued;
});
