import { cleanHeading, parseStatus } from "../clean";
import type { Section } from "../context";
import { horizonLabel } from "../priority";
import { modalBucket } from "./modal-buckets";

// What a heading's own words say about the section under it, beyond the task/notes words of
// sections.ts: a board column ("List: Doing") holds cards in that state; a triage bucket ("Must fix
// before GA", "Won't fix", "Afgevallen") holds work at a priority or in a state; an objective
// ("Objective 1: …") groups key results and initiatives; "Not bugs", "Order states" hold no work.

/** "List: Backlog", "Column: Doing", "Lane: Review": a board's column, named after the state of its cards. */
const BOARD_COLUMN = /^\W*(?:list|column|lane|swim ?lane)\s*:\s*(.+)$/i;

/** "Objective 1: …", "Goal 2 — …", "O1: …": a grouping of key results and initiatives, never an item itself. */
export const OBJECTIVE = /^\W*(?:objective|objectif|objetivo|ziel|doelstelling|goal|O)\s*\d+(?:\.\d+)*\s*[:.)\-–—]\s*\S/i;

/**
 * A bucket of work set aside: "Won't fix", "Not doing this quarter", "Dropped", "Parked",
 * "Afgevallen", "Verworfen", "Descartado". The words open the heading; what follows only says when.
 */
const SET_ASIDE =
  /^\W*(?:won'?t\s+(?:fix|do|have)|will not (?:fix|do)|not doing|not fixing|dropped|parked|deferred|descoped|cancell?ed|rejected|afgevallen|geschrapt|verworfen|gestrichen|descartad[oa]s?|abandonn[ée]e?s?|scartat[ie]|annullat[ie])\b/i;

/**
 * A triage bucket named by urgency and a verb: "Must fix before GA", "Fix soon after GA", "Fix now",
 * "Do next". The horizon word is the priority, whatever qualifier follows ("before GA").
 */
// Any verb of follow-up work: reviews write "Must fix", "Should address", "Could improve", "Should consider".
const VERB = "fix|do|ship|address|handle|tackle|land|resolve|improve|change|consider|add|update|revisit|polish|refactor|tweak|clean up|follow up|look at|investigate|document|simplify|rework";
const HORIZON_WORD = "must|should|could|now|next|soon|later|someday|immediately";
// The verb is required ("Next steps" is not a bucket), before or after the horizon word.
const VERB_HORIZON = new RegExp(`^\\W*(?:(?:${VERB})\\s+(${HORIZON_WORD})|(${HORIZON_WORD})\\s+(?:${VERB}))\\b`, "i");
const HORIZON_OF: Record<string, string> = { soon: "Short term", immediately: "Immediate" };

/** Sections that hold no work whatever their lists look like: reports that are not bugs, state definitions, glossaries. */
const NOT_WORK_TERM =
  "not (?:a )?bugs?|non-bugs?|works as (?:intended|designed)|invalid|duplicates?|dupes?|by design|begrippen|woordenlijst|glossar|glosario|lexique|aanleiding|achtergrond|open vragen|risico'?s|" +
  // Glossaries in other languages (nb, sv, da, pt, it, pl, ru, uk, ja, zh, ko).
  "ordliste|ordlista|ordbog|begreper|begreber|glossário|glossario|słowniczek|słownik pojęć|słownik terminów|глоссарий|словник термінів|用語集|术语表|術語表|용어집|용어 정리|" +
  // Risks, background and non-goals in Korean, Japanese and Chinese ("리스크", "背景", "하지 않을 것" = what we will not do).
  "리스크|위험 요소|위험|배경|하지 않을 것|하지 않는 것|안 하는 것|범위 밖|범위 외|リスク|懸念事項|背景|やらないこと|対象外|风险|風險|背景|不做的事|不做|非目标|非目標|" +
  // Triage's set-aside reports in other languages: duplicates and "not a bug" (pl, de, fr, es, it, pt, nl, ru, uk, zh, ja, ko).
  "duplikaty|nie[- ]?błędy|nie błąd|duplikate|kein(?:e)? (?:bugs?|fehler)|doublons|pas (?:un |de )?bugs?|duplicad[oa]s?|no (?:es )?(?:un )?(?:bug|error)|duplicati|non (?:è )?(?:un )?bug|duplicatas|não (?:é )?(?:um )?bug|dubbele meldingen|geen bugs?|дубли(?:каты)?|не баги|не ошибки|не баг|дублікати|не помилки|重复|重複|不是缺陷|非缺陷|重複報告|バグではない|중복|버그 아님";
/** Whole headings of such terms, alone or joined ("Duplicates / not bugs", "Duplikaty i nie-błędy"), numbered or not ("4 Glossar"). */
// Not \W around the words: every letter of a non-Latin script is one.
const NOT_WORK = new RegExp(`^[^\\p{L}\\p{N}]*(?:\\d{1,2}(?:\\.\\d{1,2}){0,3}[.)]?\\s+)?(?:${NOT_WORK_TERM})(?:\\s*(?:[/&,+]|and|und|i|et|y|e|и|і)\\s*(?:${NOT_WORK_TERM}))*[^\\p{L}\\p{N}]*$`, "iu");
/** "Order states", "Ticket lifecycle", "Status definitions": what each state means — a legend, its rows are not work. */
const STATES = /^\W*(?:\p{L}+\s+)?(?:states|statuses|lifecycle|state machine|status definitions?|statussen|zustände|estados|états)\W*$/iu;

/** The state a board column's name says ("Doing" → in progress, "Review" → in progress, "Done ✔" → done). */
function columnStatus(name: string): Section["status"] {
  return parseStatus(name.replace(/[^\p{L}\p{M}\s'-]/gu, " ").trim());
}

/** Refines a section read from its heading's words; returns it changed in place. */
export function refineSection(section: Section): Section {
  const raw = section.raw;
  const column = raw.match(BOARD_COLUMN);
  if (column) {
    // The column's name is the category ("List: Done" → "Done", not "List" once the status is read off).
    section.segments = [cleanHeading(column[1]!)].filter(Boolean);
    section.status ??= columnStatus(column[1]!);
    section.kind = "tasks";
    return section;
  }
  if (OBJECTIVE.test(raw)) {
    // Its lists may be key results (metrics) or initiatives (task lists): the lists themselves decide.
    if (section.kind === "tasks" && !section.priorityLabel && !section.status) section.kind = null;
    return section;
  }
  if (STATES.test(raw)) {
    section.kind = "legend";
    return section;
  }
  if (NOT_WORK.test(raw)) {
    section.kind = "notes";
    return section;
  }
  // "Rejected alternatives" stays a note: what was weighed, not work set aside.
  if (SET_ASIDE.test(raw) && section.kind !== "notes") {
    section.status = "wont_do";
    section.kind = "tasks";
    return section;
  }
  const horizon = section.priorityLabel ? null : raw.match(VERB_HORIZON);
  if (horizon) {
    const word = (horizon[1] ?? horizon[2])!.toLowerCase();
    const label = HORIZON_OF[word] ?? horizonLabel(word);
    if (label) {
      section.priorityLabel = label;
      section.kind = "tasks";
    }
    return section;
  }
  // "Muss vor dem Release erledigt sein", "Should be done before launch", "Kann warten" (recognise/modal-buckets.ts).
  if (!section.priorityLabel && section.kind !== "notes") {
    const label = modalBucket(raw);
    if (label) {
      section.priorityLabel = label;
      section.kind = "tasks";
    }
  }
  return section;
}

/** A heading naming a key-result group: its field lines ("**KR 1.1** …") are targets, not a record's fields. */
export const isObjectiveHeading = (raw: string) => OBJECTIVE.test(raw);
