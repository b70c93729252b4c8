import { getDb } from "@/db";
import { API } from "@/lib/api/catalog";
import { writeVersion } from "@/lib/api/if-match";
import { itemIdParam, itemResponse } from "@/lib/api/item-response";
import { defineRoute, errorResponse } from "@/lib/auth/route";
import { itemValuesById } from "@/lib/backlog/item-queries";
import { updateItem } from "@/lib/backlog/service";
import { projectIdOf } from "@/lib/projects/queries";
import { fail } from "@/lib/result";

export const dynamic = "force-dynamic";

// GET /api/v1/items/{id} — one item with its version as an ETag.
export const GET = defineRoute(API.getItem.action, API.getItem, async (_input, { params }) => {
  const id = itemIdParam(params);
  const item = id ? await itemValuesById(await getDb(), id) : null;
  return item ? itemResponse(item) : fail("not_found", "No item with that id.");
});

// PATCH /api/v1/items/{id} { …fields } + If-Match: "3" — the item page's edit, for scripts
// (items:write); a stale version answers 409 with the current values.
export const PATCH = defineRoute(API.updateItem.action, API.updateItem, async ({ version: bodyVersion, project, ...changes }, { actor, params, request }) => {
  const id = itemIdParam(params);
  if (!id) return fail("not_found", "No item with that id.");
  const versioned = writeVersion(request.headers.get("if-match"), bodyVersion);
  if ("error" in versioned) return errorResponse(versioned.error);
  const db = await getDb();
  const projectId = project === undefined ? undefined : await projectIdOf(db, project);
  if (projectId === null) return fail("invalid", `project: no project '${project!.slice(0, 200)}'`, { fieldErrors: { project: ["no such project"] } });
  const item = await updateItem(db, actor!, { id, version: versioned.version, changes: { ...changes, ...(projectId ? { projectId } : {}) } });
  return itemResponse(item);
});
