import type { RootContent } from "mdast";
import { plainText } from "../markdown";

// "Bram presented the three options from last month's write-up:" then a numbered list: the
// sentence that introduces a list says what its entries are. When it calls them options,
// alternatives, proposals, questions or risks, or says they are not committed to ("Ideas (not
// committed to anything):") or not decided ("Things we talked about but did NOT decide:"), they are
// things weighed or asked, not work —
// whatever the heading above says (a list with checkboxes still says so itself).

const NON_WORK_NOUNS =
  /\b(?:options?|alternatives?|approaches|choices|proposals|possibilities|candidates|scenarios|questions|risks|concerns|assumptions|trade-?offs|pros and cons|not (?:to-?dos?|tasks?|action items?|work items?)|no action(?: needed)?|not committed|uncommitted|did not decide|not (?:yet )?decided|undecided|nicht entschieden|noch offen|pas (?:encore )?décidée?s?|no decidid[oa]s?|sin decidir|non decis[oei]|niet besloten|inte beslutade?|no commitments?|nicht (?:verbindlich|zugesagt)|unverbindlich|sans engagement|non engag[ée]e?s|sin compromiso|no comprometid[oa]s|sem compromisso|non impegnativ[oei]|niezobowiązując\w*|keine (?:Aufgaben|To-?dos?)|pas des (?:tâches|actions)|no son tareas|не задачи|opties|alternativen|optionen|opciones|alternativas|options possibles)\b/i;

/** True when `node` is a paragraph ending in a colon that names the list after it as options, questions or risks. */
/** "Steps to mitigate the", "Actions for the open": words before a non-work noun that aim work at it. */
export const aimsAtIt = (before: string) => /\b(?:to|for|against|address(?:ing)?|mitigat\w*|reduc\w*|fix\w*|resolv\w*|answer\w*|clos\w*|tackl\w*)\s+(?:\S+\s+){0,3}$/i.test(before);

export function introducesNonWork(node: RootContent | undefined): boolean {
  if (node?.type !== "paragraph") return false;
  const text = plainText(node);
  if (!/:\s*$/.test(text) || text.length > 300) return false;
  // Only the sentence that leads into the list counts, not an earlier one in the same paragraph.
  const last = text.split(/(?<=[.!?])\s+/).at(-1) ?? text;
  const noun = last.match(NON_WORK_NOUNS);
  if (!noun) return false;
  // "Steps to address the risks:", "Actions for the open questions:": work aimed at them, not the things themselves.
  return !aimsAtIt(last.slice(0, noun.index));
}
