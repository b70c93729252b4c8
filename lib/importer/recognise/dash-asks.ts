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
  /^(?:update|delete|remove|show|chunk|split|add|fix|order|replace|rename|merge|move|drop|document|test|check|use|make|write|switch|upgrade|bump|migrate|batch|paginate|cache|revert|archive|deprecate|rewrite|refactor|simplify|log|expose|return|reject|validate|retry|profile|enforce|investigate|disable|enable|configure)(?![\p{L}])/iu;
const MAX_WORDS = 6;
/**
 * "— remove it if the box is decommissioned", "— remove `Disallow: /` from staging config before
 * go-live": an imperative with its condition or its deadline runs a little longer.
 */
const CONDITIONAL = /(?<![\p{L}])(?:if|unless|once|when|as soon as|before|until)(?![\p{L}])/iu;
const MAX_CONDITIONAL_WORDS = 10;
/**
 * "— только после закрытия квартала", "— only after the freeze": a condition the work waits on is part
 * of the task (a careful reader keeps it), not a remark about it. A bare date bound ("— не раніше
 * 01.03", "not before March") is when, a remark like any schedule, and goes.
 */
const ONLY_WHEN =
  /^(?:only (?:after|when|if|once)|только (?:после|когда|если)|лише (?:після|коли|якщо)|тільки (?:після|коли|якщо)|nur (?:nach|wenn|falls)|erst (?:nach|wenn)|seulement (?:après|quand|si)|uniquement (?:après|si)|solo (?:después|cuando|si|dopo|quando|se)|sólo (?:después|cuando|si)|só (?:depois|quando|se)|soltanto dopo|alleen (?:na|als)|endast (?:efter|när|om)|bara (?:efter|när|om)|kun (?:etter|når|hvis|efter)|tylko (?:po|gdy|jeśli)|dopiero po)(?![\p{L}])/iu;
/**
 * "— restrângere la VPN", "— aggiornare la documentazione": the long infinitive a Romanian or Italian
 * plan names the work with (-are, -ere, -ire). Seven letters at least, and not English words that end
 * the same ("software", "somewhere", "entire", "severe", "aware").
 */
const LONG_INFINITIVE = /^\p{Ll}{4,}(?:are|ere|ire|âre)(?![\p{L}])/u;
const NOT_INFINITIVE = /^(?:\p{Ll}*(?:ware|where)|entire|severe|sincere|aware|beware|nightmare|welfare|therefore|elsewhere|sapphire|empire|umpire|vampire)(?![\p{L}])/iu;

/** "— decide whether to raise the threshold", "— confirm if …": asking for a decision on the work, with what it is about. */
const DECIDE = /^(?:decide|confirm|agree|choose|pick|clarify|check) (?:whether|if|on|between|which)(?![\p{L}])/iu;
/**
 * "– gärna något från etiketten good-first-issue", "— preferably one with tests", "— idealerweise vor
 * dem Release": how the writer would like the work done says what to do, not a remark about it.
 */
const PREFERABLY =
  /^(?:preferably|ideally|gärna|helst|gerne|gern|vorzugsweise|idealerweise|de préférence|idéalement|preferiblemente|idealmente|preferibilmente|preferencialmente|bij voorkeur|liefst|mieluiten|najlepiej|preferowan[iy]e|желательно|бажано|tercihen)(?![\p{L}])/iu;

/** "(test timezones!)": the clause opens with a verb of the work, an instruction. */
export const opensWithWorkVerb = (clause: string): boolean => IMPERATIVE.test(clause.replace(/[*_`]/g, "").trim());

/** Whether the clause after the dash asks for the work (and so belongs to the title). */
export function asksToDo(clause: string): boolean {
  const t = clause.replace(/[*_`]/g, "").trim();
  // "— firmware must be 4.32 before go-live": what the thing must be is the task (recognise/dash-requirements.ts).
  if (PLEASE.test(t) || statesRequirement(t) || ONLY_WHEN.test(t) || PREFERABLY.test(t)) return true;
  const words = t.split(/\s+/).length;
  if (/[.!]$/.test(t)) return false;
  if (DECIDE.test(t)) return words <= MAX_CONDITIONAL_WORDS;
  if (LONG_INFINITIVE.test(t) && !NOT_INFINITIVE.test(t)) return words <= MAX_WORDS;
  return IMPERATIVE.test(t) && (words <= MAX_WORDS || (CONDITIONAL.test(t) && words <= MAX_CONDITIONAL_WORDS));
}
