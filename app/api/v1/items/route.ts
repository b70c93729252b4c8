import { API } from "@/lib/api/catalog";
import { itemResponse } from "@/lib/api/item-response";
import { getDb } from "@/db";
import { defineRoute, errorResponse } from "@/lib/auth/route";
import { assigneeMeRefusal } from "@/lib/backlog/assignee-me";
import { DEFAULT_QUERY, queryOfView } from "@/lib/backlog/filters";
import { cachedCount } from "@/lib/backlog/count-cache";
import { listBacklog } from "@/lib/backlog/list-queries";
import { createItem } from "@/lib/backlog/service";
import { userIdOf } from "@/lib/domain/actors";
import { projectIdOf } from "@/lib/projects/queries";
import { fail } from "@/lib/result";

export const dynamic = "force-dynamic";

// GET /api/v1/items?project=&priority=&status=&severity=&assignee=&category=&overdue=&sla=&q=&sort=&dir=&page=&size=
// The backlog table's data. A malformed parameter is refused (400 naming it), as by every API
// endpoint; assignee=me from an API token is refused (400) rather than answered with an empty list.
// `warnings` stays, always empty, for clients written when bad values were ignored and listed there.
export const GET = defineRoute(API.listItems.action, API.listItems, async ({ page, size, ...view }, { actor }) => {
  const query = { ...queryOfView(view), page: page ?? DEFAULT_QUERY.page, size: size ?? DEFAULT_QUERY.size };
  const actorId = userIdOf(actor);
  const refusal = assigneeMeRefusal(query, actorId);
  if (refusal) return errorResponse(refusal);
  const result = await listBacklog(await getDb(), query, actorId, cachedCount(query, actorId));
  return { ...result, warnings: [] as string[] };
});

// POST /api/v1/items { project, title, … } — the new-item dialog for scripts (items:write).
export const POST = defineRoute(API.createItem.action, API.createItem, async ({ project, ...fields }, { actor }) => {
  const db = await getDb();
  const projectId = await projectIdOf(db, project);
  if (!projectId) return fail("invalid", `project: no project '${project.slice(0, 200)}'`, { fieldErrors: { project: ["no such project"] } });
  return itemResponse(await createItem(db, actor!, { ...fields, projectId }), 201);
});
