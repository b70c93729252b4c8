import { z } from "zod";
import { getDb } from "@/db";
import { defineRoute } from "@/lib/auth/route";
import { API } from "@/lib/api/catalog";
import { setItemStatus } from "@/lib/backlog/service";
import { fail } from "@/lib/result";

export const dynamic = "force-dynamic";

// POST /api/v1/items/{id}/status  { version, status, blockedReason? }
// The same status change as the table's inline control, for scripts; 409 with the current values
// when `version` is stale.
export const POST = defineRoute(API.setItemStatus.action, API.setItemStatus, async (input, { actor, params }) => {
  const id = z.uuid().safeParse(params.id);
  if (!id.success) return fail("not_found", "No item with that id.");
  return setItemStatus(await getDb(), actor!, { ...input, id: id.data });
});
