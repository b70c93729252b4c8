import { API } from "@/lib/api/catalog";
import { getDb } from "@/db";
import { defineRoute, errorResponse } from "@/lib/auth/route";
import { assigneeMeRefusal } from "@/lib/backlog/assignee-me";
import { parseBacklogQuery } from "@/lib/backlog/filters";
import { cachedCount } from "@/lib/backlog/count-cache";
import { listBacklog } from "@/lib/backlog/list-queries";
import { userIdOf } from "@/lib/domain/actors";

export const dynamic = "force-dynamic";

// GET /api/v1/items?project=&priority=&status=&severity=&assignee=&category=&overdue=&sla=&q=&sort=&dir=&page=&size=
// The backlog table's data. Unknown or malformed parameters are ignored and listed in `warnings`;
// assignee=me from an API token is refused (400) rather than answered with an empty list.
export const GET = defineRoute(API.listItems.action, API.listItems, async (params, { actor }) => {
  const { query, warnings } = parseBacklogQuery(params);
  const actorId = userIdOf(actor);
  const refusal = assigneeMeRefusal(query, actorId);
  if (refusal) return errorResponse(refusal);
  const page = await listBacklog(await getDb(), query, actorId, cachedCount(query, actorId));
  return { ...page, warnings };
});
