import type { List } from "mdast";
import { nearestKind, type ParseContext } from "../context";
import { plainText } from "../markdown";
import { readEntry } from "./entry";
import { leadingStateLabel } from "./state-labels";
import { LEADING_STATE_MARK } from "./state-marks";

// "# Infra backlog Q1" → "## Networking" → a plain list: a document titled as a backlog or a task
// list (not a retro or a sprint, whose lists are observations), split into areas, holds its work under the area headings. A plain list under a heading that
// names no kind is not work on its own (it could be notes, links, a glossary), but a careful reader
// takes it as work when the document's title says it is a backlog and the list itself tracks state:
// an entry crossed out as finished, or opened with a state ("**Blocked:** …", "✅ …"), or ticked.

/** A title that names a backlog, a task list or a plan, not a time box alone ("Sprint 9 retro"). */
const BACKLOG_TITLE = /(?<![\p{L}])(?:backlog|to-?dos?|tasks?|task list|work items|plan|plans|planning|planung|plano|piano|plan de trabajo|план|roadmap|aufgaben|tâches|tareas|attività|tarefas|taken|zadania|задачи|tehtävät|uppgifter)(?![\p{L}])|タスク|任务|任務|待办|할 일|計画|计划|計劃|계획|로드맵/iu;

const titled = new WeakMap<ParseContext, boolean>();
/** Whether the document's title (its single leading level-1 heading) names a backlog. */
function titledBacklog(ctx: ParseContext): boolean {
  let named = titled.get(ctx);
  if (named === undefined) {
    named = ctx.titleKind === "tasks" && BACKLOG_TITLE.test(ctx.text.match(/^ {0,3}#[ \t]+(.+)$/m)?.[1] ?? "");
    titled.set(ctx, named);
  }
  return named;
}

/** Whether a plain list under a neutral heading is the backlog's work (see above). */
export function isBacklogAreaList(list: List, ctx: ParseContext): boolean {
  if (nearestKind(ctx) !== null || !titledBacklog(ctx)) return false;
  return list.children.some((item) => {
    const first = item.children[0];
    if (first?.type !== "paragraph") return false;
    // The state opens the entry: a remark further on ("— fixed in a day") is a retro's observation.
    const text = plainText(first);
    return readEntry(first, { people: ctx.people, legend: ctx.legend }).struck === true || leadingStateLabel(text) !== null || LEADING_STATE_MARK.test(text) || item.checked === true;
  });
}
