import type { List } from "mdast";
import type { ParseContext } from "../context";
import { isTaskList } from "./lists";

// A product spec (PRD) states what the product must do under "## Requirements" ("Must: - Work fully
// offline"), and plans the work that builds it elsewhere: under milestones, phases or a task list.
// A careful reader takes the requirements for the spec, not for backlog items, when the document has
// such a work section; without one, the requirement list is all the plan there is and stays work
// (a MoSCoW list of requirements ranks the backlog). Boxes ("- [ ] Must sync") are work anyway.

/** "Requirements", "Functional requirements", "Anforderungen", "要件", "需求": a spec's requirements, in the languages the importer reads. */
const REQUIREMENTS = new RegExp(
  "^(?:(?:functional|non-functional|nonfunctional|product|business|technical|system|user|key)\\s+)?requirements" +
    "|^(?:funktionale\\s+|fachliche\\s+|technische\\s+)?anforderungen|^exigences(?:\\s+fonctionnelles)?|^requisitos(?:\\s+funcionales|\\s+funcionais)?|^requisiti(?:\\s+funzionali)?" +
    "|^(?:functionele\\s+)?eisen|^vereisten|^krav(?:en|ene)?|^kravspecifikation|^vaatimukset|^wymagania|^požadavky|^követelmények|^cerințe|^gereksinimler" +
    "|^требования|^вимоги|^απαιτήσεις|^要件|^需求|^要求|^요구\\s?사항|^yêu cầu|^persyaratan|^kebutuhan",
  "iu",
);
/** What may follow the word: nothing, a parenthesis, or a separator and more ("Requirements (v1)", "Requirements: MVP"). */
const TAIL = /^(?:$|\s*[(（:：–—-])/u;

/** Whether a heading names a spec's requirements. */
export function namesRequirements(heading: string): boolean {
  const t = heading.slice(0, 120).replace(/[*_`]/g, "").replace(/^[^\p{L}]{0,12}/u, "").trim();
  const m = t.match(REQUIREMENTS);
  return !!m && TAIL.test(t.slice(m[0].length));
}

/** Whether the list stands in a spec's requirements section of a document that plans its work elsewhere (see above). */
export function isSpecRequirementList(list: List, ctx: ParseContext, workSection: boolean): boolean {
  if (!workSection || isTaskList(list, ctx.legend)) return false;
  const nearest = ctx.stack.at(-1);
  return !!nearest && namesRequirements(nearest.raw) && nearest.kind !== "tasks";
}
