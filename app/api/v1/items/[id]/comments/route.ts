import { getDb } from "@/db";
import { API } from "@/lib/api/catalog";
import { itemIdParam } from "@/lib/api/item-response";
import { defineRoute } from "@/lib/auth/route";
import { addComment } from "@/lib/backlog/comment-service";
import { fail } from "@/lib/result";

export const dynamic = "force-dynamic";

// POST /api/v1/items/{id}/comments { body } — the item page's comment box, for scripts (comments:write).
export const POST = defineRoute(API.addComment.action, API.addComment, async ({ body }, { actor, params }) => {
  const itemId = itemIdParam(params);
  if (!itemId) return fail("not_found", "No item with that id.");
  const comment = await addComment(await getDb(), actor!, { itemId, body });
  return Response.json({ id: comment.id, itemId, body, createdAt: comment.createdAt }, { status: 201, headers: { "cache-control": "no-store" } });
});
