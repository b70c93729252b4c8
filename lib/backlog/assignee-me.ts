import type { ActionError } from "@/lib/result";
import type { BacklogQuery } from "./filters";

// "assignee=me" means the signed-in person. An API token or the command line is nobody, so the filter
// would silently match no rows: a script asking for "my items" must hear why, not get an empty list.

export const ME_NEEDS_USER = "assignee=me means the signed-in user, and an API token or the command line has none: give the user's id (or none) instead.";

/** The refusal for "assignee=me" asked by a caller that is not a person, else null. */
export function assigneeMeRefusal(query: Pick<BacklogQuery, "assignee">, actorId: string | null): ActionError | null {
  if (query.assignee !== "me" || actorId) return null;
  return { code: "invalid", message: ME_NEEDS_USER, fieldErrors: { assignee: [ME_NEEDS_USER] } };
}
