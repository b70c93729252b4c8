// "examples folder is out of date — update or delete", "the screens need wall brackets – please
// order", "apply() runs in one transaction — chunk it": a spaced dash then a lower-case clause is
// usually a remark (why, when, what state: "— retries hide real bugs", "— see RFC 0012"), and the
// entry reader drops it from the title. But a clause that asks for the work itself — a request
// word ("please"), or a short imperative of the work's own verbs — says what to do: a careful
// reader keeps it in the title, where it is the task.

import { statesRequirement } from "./dash-requirements";

/** Request words opening a clause, in several languages. */
const PLEASE = /^(?:please|pls|plz|bitte|por favor|s'il (?:vous|te) pla[iî]t|svp|per favore|alsjeblieft|graag|prosz[eę]|пожалуйста|будь ласка|lütfen|vui lòng|tolong|kripya|please do)(?![\p{L}])/iu;

/** Verbs of work whose bare form opens an imperative (not "see", which points elsewhere). */
const IMPERATIVE =
  /^(?:update|delete|remove|show|chunk|split|add|fix|order|replace|rename|merge|move|drop|document|test|check|use|make|write|switch|upgrade|bump|migrate|batch|paginate|cache|revert|archive|deprecate|rewrite|refactor|simplify|log|expose|return|reject|validate|retry)(?![\p{L}])/iu;
const MAX_WORDS = 6;

/** Whether the clause after the dash asks for the work (and so belongs to the title). */
export function asksToDo(clause: string): boolean {
  const t = clause.replace(/[*_`]/g, "").trim();
  // "— firmware must be 4.32 before go-live": what the thing must be is the task (recognise/dash-requirements.ts).
  if (PLEASE.test(t) || statesRequirement(t)) return true;
  return IMPERATIVE.test(t) && t.split(/\s+/).length <= MAX_WORDS && !/[.!]$/.test(t);
}
