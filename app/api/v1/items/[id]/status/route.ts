import { z } from "zod";
import { getDb } from "@/db";
import { defineRoute } from "@/lib/auth/route";
import { setStatusSchema } from "@/lib/backlog/schemas";
import { updateItem } from "@/lib/backlog/service";
import { fail } from "@/lib/result";

export const dynamic = "force-dynamic";

const bodySchema = setStatusSchema.omit({ id: true });

// POST /api/v1/items/{id}/status  { version, status, blockedReason? }
// The same status change as the table's inline control, for scripts; 409 with the current values
// when `version` is stale.
export const POST = defineRoute("items.setStatus", { input: "json", schema: bodySchema, maxBytes: 16 * 1024 }, async (input, { actor, params }) => {
  const id = z.uuid().safeParse(params.id);
  if (!id.success) return fail("not_found", "No item with that id.");
  return updateItem(
    await getDb(),
    actor!,
    { id: id.data, version: input.version, changes: { status: input.status, ...(input.blockedReason !== undefined ? { blockedReason: input.blockedReason } : {}) } },
    "item.status",
  );
});
