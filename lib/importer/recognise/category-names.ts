import { horizonLabel } from "../priority";
import { stateOnly } from "../status-words";
import { leadingStateOfHeading } from "./leading-state-headings";

// What a careful reader calls a group of work, from the headings above it:
//
// - any heading without a parenthesis that only says when: "Freeze (Mon)" → "Freeze".
// - a time box's name without its number and dates: "Phase 1 — Preparation (weeks 49–50)" →
//   "Preparation", "Milestone 2: Routing (Jan)" → "Routing", "Etap 3 – Wdrożenie (grudzień)" →
//   "Wdrożenie". The number orders the boxes and the dates schedule them; neither names the work.
// - a heading that only says "here is the work" ("Implementation plan", "Issues", "Tasks") above
//   headings or labels that name the groups is no group of its own: the items are in the named group
//   ("Issues" › "Warnings" → "Warnings"). With no named group below it, it stays the category.

/** Time-box words, in the languages of the vocabulary, then a number (or a Roman numeral). */
const TIMEBOX_HEAD =
  /^(?:phase|stage|step|milestone|sprint|wave|iteration|increment|release|fase|etapa|étape|jalon|hito|tappa|meilenstein|stufe|schritt|welle|etap|faza|krok|kamień milowy|этап|фаза|шаг|спринт|vaihe|steg|fas|etappe|mijlpaal|stap|giai đoạn|tahap|fáze|aşama|evre|שלב|المرحلة|مرحلة|φάση|στάδιο|चरण)\s+(?:\d+(?:\.\d+)?|[ivx]+)\s*(?:[:：—–|·-]\s*|\.\s+)(?=\S)/iu;

const MONTH =
  "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|stycze[nń]|luty|marzec|kwiecie[nń]|maj|czerwiec|lipiec|sierpie[nń]|wrzesie[nń]|październik|listopad|grudzie[nń]|январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[йя]|июн[ья]|июл[ья]|августа?|сентябр[ья]|октябр[ья]|ноябр[ья]|декабр[ья]";
const WEEKDAY =
  "mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|montag|dienstag|mittwoch|donnerstag|freitag|mo|di|mi|do|fr|lundi|mardi|mercredi|jeudi|vendredi|lunes|martes|miércoles|jueves|viernes|poniedziałek|wtorek|środa|czwartek|piątek|понедельник|вторник|среда|четверг|пятница|пн|вт|ср|чт|пт|måndag|tisdag|onsdag|torsdag|fredag";
/** "(weeks 49–50)", "(Jan)", "(19 Dec)", "(Q1 2027)", "(KW 3)", "(2027-01-15 → 2027-02-01)": when, not what. */
const WHEN_PAREN = new RegExp(
  `\\s*[(（](?:(?:weeks?|wk|kw|semaines?|semanas?|tydzie[nń]|tygodnie|недел[яи]|vecka|uke)\\.?\\s*\\d[\\d\\s–—,/-]*|(?:\\d{1,2}\\.?\\s*)?(?:${MONTH})\\.?(?:\\s*[–—-]\\s*(?:\\d{1,2}\\.?\\s*)?(?:${MONTH})\\.?)?(?:\\s+\\d{2,4})?|(?:${WEEKDAY})\\.?|Q[1-4](?:\\s+\\d{4})?|H[12](?:\\s+\\d{4})?|\\d{4}-\\d{2}(?:-\\d{2})?(?:\\s*(?:→|–|—|-|to)\\s*\\d{4}-\\d{2}(?:-\\d{2})?)?|\\d{1,2}[./]\\d{1,2}(?:[./]\\d{2,4})?(?:\\s*[–—-]\\s*\\d{1,2}[./]\\d{1,2}(?:[./]\\d{2,4})?)?)[)）]\\s*$`,
  "iu",
);

/**
 * A category segment named without its schedule: a time box without its number, any heading without a
 * closing parenthesis that only says when ("Freeze (Mon)", "Rollout (Feb)").
 */
/**
 * A period before the name: "Q1 — Foundations", "H2: Growth", "1º trimestre — Fundamentos", "2º semestre —
 * Crescimento", "2. Quartal: Ausbau", "3rd quarter – Scale". The period is the time box, not the name.
 */
const PERIOD_HEAD =
  /^(?:Q[1-4]|H[12]|\d(?:º|ª|°|er|re|e|st|nd|rd|th|\.)?\s*(?:trimestre|semestre|quarter|half|quartal|halbjahr|kwartaal|kvartal|kwartał|квартал|полугодие|cuatrimestre|quadrimestre))(?:\s+\d{4})?\s*(?:[:：—–|·-]\s*|\.\s+)(?=\S)/iu;

export function timeboxName(segment: string): string {
  const head = segment.match(TIMEBOX_HEAD) ?? segment.match(PERIOD_HEAD);
  const name = (head ? segment.slice(head[0].length) : segment).replace(WHEN_PAREN, "").trim();
  return name || segment;
}

/** Headings that only say "the work is below" ("Implementation plan", "Issues", "Aufgaben"), in several languages. */
const CONTAINER =
  /^(?:(?:the\s+)?(?:implementation|action|execution|rollout|migration|delivery|work)\s+plan|plan|tasks?|to-?dos?|backlog|issues?|findings|action items|work items|next steps|deliverables|work|aufgaben|maßnahmen|umsetzung(?:splan)?|tâches|actions|plan d'action|plan de mise en œuvre|tareas|acciones|plan de implementación|attività|azioni|taken|acties|uppgifter|att göra|åtgärder|zadania|działania|plan wdrożenia|задачи|план работ|план внедрения|toimenpiteet|tehtävät|tiltak|oppgaver|opgaver|handlinger|tarefas|ações|opatření|feladatok|intézkedések|görevler|aksiyonlar|завдання|заходи|タスク|課題|任务|改善項目|対応項目|実施項目|作業項目|việc cần làm|công việc|nhiệm vụ|งานที่ต้องทำ|รายการงาน)$/iu;

/** A heading that is a state and nothing else: "Done", "Erledigt seit letzter Sitzung" — not "Phase 1 — Preparation ✅". */
const namesOnlyState = (raw: string | undefined): boolean => !!raw && (stateOnly(raw) !== null || leadingStateOfHeading(raw) !== null);

/** Whether a heading's segment only says "the work is below" ("Tasks", "Aufgaben", "Backlog"). */
// "**Feladatok:**", "**Tasks:**": a bold label over the list keeps its colon; it says the same.
export const isContainerName = (segment: string): boolean => CONTAINER.test(segment.trim().replace(/\s*[:：]$/u, ""));

/**
 * The item's category path from the sections above it: a section that only says "the work is below"
 * gives no segment when a deeper section or label names the group.
 *
 * A deeper heading that is a state ("Aufgaben" › "Erledigt seit letzter Sitzung", "Tasks" › "Done
 * this week") names no group: it sorts the same work by how far it got, beside siblings such as
 * "Sofort" / "Later" that give no segment at all, so the container stays the group of all of them.
 */
export function categoryPath(stack: readonly { segments: readonly string[]; raw?: string }[]): string[] {
  const segments = stack.map((s) => s.segments.filter(Boolean));
  const isContainer = (own: string[]) => own.length === 1 && isContainerName(own[0]!);
  return stack.flatMap((section, i) => {
    const own = segments[i]!;
    if (!isContainer(own)) return own;
    // Named below ("Issues" › "Warnings"), or above ("Objective 2" › "Tasks"): the named group is the category.
    const namedBelow = segments.slice(i + 1).some((deeper, j) => deeper.length > 0 && !namesOnlyState(stack[i + 1 + j]!.raw));
    const namedAbove = segments.slice(0, i).some((upper) => upper.length > 0 && !isContainer(upper));
    return namedBelow || namedAbove ? [] : own;
  });
}

/** "Maybe later", "Maybe / someday", "Vielleicht später": a horizon said with a hedge. */
const HEDGE = /^\W*(?:maybe|perhaps|vielleicht|peut-être|quizás|tal vez|talvez|forse|misschien|kanske|może)\s*(?:[/,|–—-]\s*)?(?=\p{L})/iu;

/**
 * The horizon of a hedged heading ("Maybe later" → "Later"): its entries are work at that horizon,
 * and the heading, not being only a priority, stays their category.
 */
export function hedgedHorizon(heading: string): string | null {
  const hedge = heading.match(HEDGE);
  return hedge ? horizonLabel(heading.slice(hedge[0].length)) : null;
}
