import { getDb } from "@/db";
import { defineRoute, errorResponse } from "@/lib/auth/route";
import { API } from "@/lib/api/catalog";
import { writeVersion } from "@/lib/api/if-match";
import { itemIdParam, itemResponse } from "@/lib/api/item-response";
import { setItemStatus } from "@/lib/backlog/service";
import { fail } from "@/lib/result";

export const dynamic = "force-dynamic";

// POST /api/v1/items/{id}/status  { status, blockedReason?, version? } (+ If-Match: "3")
// The same status change as the table's inline control, for scripts; 409 with the current values
// when the version is stale.
export const POST = defineRoute(API.setItemStatus.action, API.setItemStatus, async ({ version: bodyVersion, ...input }, { actor, params, request }) => {
  const id = itemIdParam(params);
  if (!id) return fail("not_found", "No item with that id.");
  const versioned = writeVersion(request.headers.get("if-match"), bodyVersion);
  if ("error" in versioned) return errorResponse(versioned.error);
  return itemResponse(await setItemStatus(await getDb(), actor!, { ...input, id, version: versioned.version }));
});
