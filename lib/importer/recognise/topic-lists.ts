import type { List, RootContent } from "mdast";
import { nearestOrTitleKind, type ParseContext } from "../context";
import { isHeading } from "../markdown";
import { sectionFromHeading } from "../sections";
import { isTaskList } from "./lists";

// Minutes and status notes open with a numbered run of topics — "1. **PostgreSQL upgrade** Agreed
// for January. Nikos prepares a plan." — and gather what is to be done under a section of its own
// ("## Actions", "## Ενέργειες", "## Next steps"), or under a heading over a list of boxes. The topics carry bold titles like a plan's
// numbered items, but they are what was discussed: a decision, an observation, good news. Only the
// nearest heading decides whether a list is work (corpus README): a numbered list under no heading
// that names work (nor a title that does), in a document that has such a section elsewhere, is its
// topics. A document without any work section keeps reading its numbered bold list as the work.

/** Whether the document has a section that names work or holds a task list (boxes), besides its title. */
export function hasWorkSection(nodes: RootContent[], titleNode: RootContent | undefined): boolean {
  let underHeading = false;
  for (const n of nodes) {
    if (isHeading(n)) {
      underHeading = n !== titleNode;
      if (underHeading && sectionFromHeading(n).kind === "tasks") return true;
    } else if (underHeading && n.type === "list" && isTaskList(n)) return true;
  }
  return false;
}

/** Whether a numbered list is the discussion's topics (see above). */
export function isTopicList(list: List, ctx: ParseContext, workSection: boolean): boolean {
  return workSection && !!list.ordered && !isTaskList(list) && ctx.stack.length === 0 && nearestOrTitleKind(ctx) === null;
}
