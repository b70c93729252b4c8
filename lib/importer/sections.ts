import { withoutOrdinalPhase } from "./recognise/ordinal-phases";
import { asksHowSuccessIsKnown } from "./recognise/success-checks";
import { namesWork } from "./recognise/work-headings";
import type { Heading } from "mdast";
import { cleanHeading, headingStatus, parseEffortHours, parseStatus } from "./clean";
import type { Section } from "./context";
import { isPriorityField, isStatusField } from "./field-names";
import { lineOf, plainText } from "./markdown";
import { findPriorityLabel, horizonLabel, isLevelWordOnly, NO_PRIORITY_HEADING, onlyGlossedLevel, stripPriorityLabel } from "./priority";
import { hedgedHorizon, timeboxName } from "./recognise/category-names";
import { groupName } from "./recognise/group-names";
import { severityHeading } from "./recognise/severity-codes";
import { namesTargets } from "./recognise/metric-words";
import { refineSection } from "./recognise/heading-roles";
import { namesRecommendations } from "./recognise/recommendation-headings";
import { namesReviewBucket } from "./recognise/review-buckets";
import { taskHeadingKind, withoutRomanceTodo } from "./recognise/task-headings";
import { workLabelKind } from "./recognise/work-labels";
import { deniesWork } from "./recognise/denied-work";
import { isGlossedNotes } from "./recognise/glossed-headings";
import { leadingStateOfHeading } from "./recognise/leading-state-headings";
import { namesCarriedWork } from "./recognise/carried-headings";
import { namesAgreedActions } from "./recognise/agreed-action-headings";
import { isLegendHeading } from "./recognise/legend-headings";
import { opensWithTimebox } from "./recognise/timebox-headings";
import { opensWithQuarter } from "./recognise/quarter-headings";
import { namesDiscussion } from "./recognise/discussion-topics";
import { importanceHeading } from "./recognise/importance-headings";
import { slashHeadingState } from "./recognise/slash-state-headings";
import { glossedPriority } from "./recognise/glossed-priority";
import { proposalPartKind } from "./recognise/more-section-words";
import { namesComingWeek } from "./recognise/coming-week";
import { asksForHelp } from "./recognise/help-wanted";
import { asksWhatsNext } from "./recognise/whats-next";
import { recountsThePast } from "./recognise/recounting-headings";
import { namesIngredients } from "./recognise/ingredient-headings";
import { namesTripReport } from "./recognise/trip-reports";
import { namesSupplies } from "./recognise/supply-lists";
import { updateSectionKind } from "./recognise/update-sections";
import { introducesRemainingWork } from "./recognise/remaining-work";
import { opensWithDebt } from "./recognise/debt-headings";
import { namesComingPeriod } from "./recognise/coming-periods";
import { eisenhowerQuadrant } from "./recognise/eisenhower-quadrants";

// Sections of health targets, in the languages the importer reads ("Exit criteria" of a clean-up are its targets;
// "Budgets" and "Error budget" are bounds, not spending lists).
const METRICS =
  /\b(metrics?|kpis?|slos?|success criteria|exit criteria|go\/no-go criteria|launch criteria|targets|key results|okrs?|measures of success|(?:error |performance |perf )?budgets?(?: snapshot)?$|metriken|kennzahlen|erfolgskriterien|zielwerte|métriques|indicateurs|critères de succès|métricas|indicadores|metriche|indicatori|meetpunten|kpi's|succescriteria)\b|指標|指标|成功基準|지표/iu;
const LEGEND = /\b(legend|legende|legenda|leyenda|légende|status key|key to (?:the )?marks|definition of done|dod)\b/i;
const RANKING = /^\W*(?:critical|highest|high|medium|normal|low|lowest)\s+priority\W*$|^\W*priority\s*[:\-–—]\s*\w+\W*$/i;
const TASKS = /\b(to-?dos?|tasks?|backlog|roadmap|next steps|action items|work items|deliverables|improvements|follow[- ]?ups?|fixes|issues|findings to fix|nits|nitpicks?|carried over|carry[- ]overs?|committed|stretch(?: goals?)?|initiatives|(?:implementation|action|rollout|migration|execution|work) plan|plan of work|^\W*plan\W*$)\b/i;
/** Time boxes of a plan ("Q1 — Foundations", "Phase 2: Cutover", "Sprint 42", "H1 2027"): their lists are its work. */
const TIMEBOX = /^\W*(?:Q[1-4]\b|H[12]\s+\d{4}|phase\s+\d+|sprint\s+\d+|milestone\s+\d+|stage\s+\d+|week\s+\d+|month\s+\d+|phase\s+[ivx]+\b)/i;
/**
 * Sections whose lists are not work, whatever the headings above them say: questions, risks,
 * decisions, notes, assumptions, glossaries, findings, principles, background (issue 18, shape 3).
 */
const NOTES_WORDS =
  /(?:questions?|faq|alternatives?(?: considered)?|options considered|consequences|history|changelog|risks?|decisions?|notes?|assumptions?|glossary|terms|definitions?|findings|observations|principles|themes|values|context|background|why|motivation|rationale|goals?|non-goals|scope|out of scope|timeline|schedule|(?:upcoming |key )?(?:events|dates)|calendar|contacts?|owners|team|references?|reading|links|resources|(?:further )?reading(?: list)?|appendix|lessons|what went well|learnings|how we prioriti[sz]e|rules|process|conventions|guidelines|installation|install|usage|contributing|license|not (?:this|next) (?:quarter|year|half|sprint|release|cycle)|not now|parking lot|agenda|discussion(?: items| points| topics)?|topics(?: discussed)?|talking points|besprechungspunkte|diskussion|points discutés|temas tratados|обсуждение|dyskusja|(?:table of )?contents|tagesordnung|ordre du jour|orden del día|ordine del giorno|ordinea de zi|dagsorden|dagordning|esityslista|päevakord|darbotvarkė|darba kārtība|napirend|porządek obrad|dnevni red|hinweise|fragen|risiken|preguntas|riesgos|risker|risici|risikoer|rischi|risques|ryzyka|riskler|riskit|rizika|decisiones|contexto|hintergrund|entscheidungen|termine|veranstaltungen|kalender|calendrier|événements|calendario|eventos|fechas|datas|lesetipps|leseliste|lektüre|lectures|à lire|lecturas|leituras|letture|leestips|lees(?:lijst|tips))/.source;
// Anchored at the start or end of the heading ("Open questions", "Risks", "Triage rules"), so
// "Tribal knowledge about deploys" is not a note about the plan. A closing word counted out ("GPU
// quota per team", "Dashboards for each team") is what the work is divided by, not a section of notes.
const NOTES = new RegExp(`^\\W*(?:\\d+[.)]?\\s+)?(?:${NOTES_WORDS})\\b|(?<!\\b(?:per|each|every)\\s{1,3})\\b(?:${NOTES_WORDS})\\W*$`, "i");

export function kindOf(raw: string, priorityLabel: string | null, status: Section["status"]): Section["kind"] {
  // "## מקרא", "## Légende": the word for legend alone, in any language (recognise/legend-headings.ts).
  if (LEGEND.test(raw) || isLegendHeading(raw)) return "legend";
  // "Ideas (not tasks)": the heading says its content is not work (recognise/denied-work.ts).
  if (deniesWork(raw)) return "notes";
  // "범위 밖 (Out of scope)": the parenthesis names the section again, in another language (recognise/glossed-headings.ts).
  if (isGlossedNotes(raw, (name) => kindOf(name, null, null))) return "notes";
  // "Iniciativas", "Resultados clave", "Maßnahmen": an OKR label in any language (recognise/work-labels.ts).
  const labelled = workLabelKind(raw);
  if (labelled) return labelled;
  if (RANKING.test(raw)) return "ranking";
  // "## 目标", "## الهدف", "## Chỉ tiêu tháng đầu": a targets section in another language (recognise/metric-words.ts).
  // "Perf budget (Steam Deck, 800p)": a closing parenthesis only says where or when the targets hold.
  // "How we'll know it worked": the plan's success criteria (recognise/success-checks.ts).
  if (METRICS.test(raw) || METRICS.test(raw.replace(/\([^()]*\)\s*$/, "").trimEnd()) || namesTargets(raw) || asksHowSuccessIsKnown(raw)) return "metrics";
  // "Drawbacks", "Нерешена питања", "Критеријуми успеха": an RFC's parts in any language (recognise/more-section-words.ts).
  const part = proposalPartKind(raw);
  if (part) return part;
  // "## Aufgaben", "## Задачи", "## タスク" name the work; "Keine Aufgaben", "No action items" deny it (recognise/task-headings.ts).
  const named = taskHeadingKind(raw);
  if (named === "tasks" || (named === "notes" && !priorityLabel && !status)) return named;
  // "Actions from the last retro", "다음 스프린트로 이월": work carried between meetings (recognise/carried-headings.ts).
  if (namesCarriedWork(raw)) return "tasks";
  // "Actions décidées", "Agreed actions": a meeting's decided work (recognise/agreed-action-headings.ts).
  if (namesAgreedActions(raw)) return "tasks";
  // "Blockers", "Sugestões (pode ser em outro PR)": a code review's findings to act on (recognise/review-buckets.ts).
  if (namesReviewBucket(raw)) return "tasks";
  // "Recommendations (not tied to a finding)": what an audit asks the team to do (recognise/recommendation-headings.ts).
  if (namesRecommendations(raw)) return "tasks";
  // "Todos los equipos": Spanish "all", no to-do (recognise/task-headings.ts).
  if (TASKS.test(withoutRomanceTodo(raw))) return "tasks";
  // A horizon ("Short term", "Must have"), a priority ("P2: …") or a status heading ("Done", "Not doing") holds work.
  // "Giai đoạn 4: …", "Fase 2 — …": a time box in another language (recognise/timebox-headings.ts);
  // "1분기", "第一季度", "1. Quartal": a quarter in another language (recognise/quarter-headings.ts).
  if (priorityLabel || horizonLabel(raw) || status || TIMEBOX.test(raw) || opensWithTimebox(raw) || opensWithQuarter(raw) || NO_PRIORITY_HEADING.test(raw)) return "tasks";
  // "Next week", "Plan for next week": a status update's planned work (recognise/coming-week.ts).
  // "Next spring", "Tänä vuonna / ensi keväänä": the work of a period to come (recognise/coming-periods.ts).
  if (namesComingWeek(raw) || namesComingPeriod(raw)) return "tasks";
  // "Help wanted", "Good first issues": work a project asks newcomers to take (recognise/help-wanted.ts).
  // "What's next?", "Hvad sker der nu?": a newsletter's or report's forward look (recognise/whats-next.ts).
  if (asksForHelp(raw) || asksWhatsNext(raw)) return "tasks";
  // "Asks", "Numbers", "Wins", "Lowlights": an investor update's sections (recognise/update-sections.ts).
  const update = updateSectionKind(raw);
  if (update) return update;
  // "Nog te doen", "Still to do", "Noch zu tun": the work that remains, as a heading too (recognise/remaining-work.ts).
  // "Tekniska skulder vi tar om det finns tid": debt to pay off, whatever follows the words (recognise/debt-headings.ts).
  if (introducesRemainingWork(raw) || opensWithDebt(raw)) return "tasks";
  // "Work to get there", "Open work": the noun "work" naming the plan's work (recognise/work-headings.ts).
  if (namesWork(raw)) return "tasks";
  if (NOTES.test(raw)) return "notes";
  // "What we packed", "What I'd do differently": a report recounting its writer's past (recognise/recounting-headings.ts).
  // "Ingredients", "Zutaten": a recipe's list of what goes in (recognise/ingredient-headings.ts).
  // "Trip report: Cairngorms", "Tourenbericht": a journey already made, recounted (recognise/trip-reports.ts).
  // "Einkaufsliste Baumarkt", "Documenti che servono": goods to buy, papers to have (recognise/supply-lists.ts).
  if (recountsThePast(raw) || namesIngredients(raw) || namesTripReport(raw) || namesSupplies(raw)) return "notes";
  // "## 논의 사항", "## 議題", "## 讨论事项": a meeting's discussion in another language (recognise/discussion-topics.ts).
  if (namesDiscussion(raw)) return "notes";
  return null;
}

// documentShape's passes and then readHeading each read every heading (three readings of the same
// node): the reading is kept per node, and reused while its text, depth and line are unchanged.
const readings = new WeakMap<Heading, { raw: string; depth: number; line: number; section: Section }>();

/** What a heading means for the nodes under it: category, priority, status, and section kind. */
export function sectionFromHeading(node: Heading): Section {
  const raw = plainText(node);
  const line = lineOf(node);
  let kept = readings.get(node);
  if (!kept || kept.raw !== raw || kept.depth !== node.depth || kept.line !== line) {
    kept = { raw, depth: node.depth, line, section: readSection(node, raw) };
    readings.set(node, kept);
  }
  // A copy: callers adjust their own section (applySectionFields, list labels).
  return { ...kept.section, segments: [...kept.section.segments] };
}

function readSection(node: Heading, raw: string): Section {
  // "반드시 반영 (Must)": a priority word glossing the name (recognise/glossed-priority.ts).
  // "## Sev 1": a severity code heading (recognise/severity-codes.ts maps it on the document's scale).
  // "Urgent & important — do first", "Neither — don't do": an Eisenhower quadrant (recognise/eisenhower-quadrants.ts).
  const quadrant = eisenhowerQuadrant(raw);
  const worded = quadrant?.label ?? findPriorityLabel(raw, { headingOnly: true }) ?? glossedPriority(raw) ?? severityHeading(raw);
  // "### Критично", "### Бажано": a heading of one importance word is a priority, no category (recognise/importance-headings.ts).
  const importance = worded ? null : importanceHeading(raw);
  const priorityLabel = worded ?? importance;
  // "P0 — критично": the level glossing the P-token names no group either.
  const stripped = quadrant || importance || (priorityLabel && onlyGlossedLevel(raw)) || severityHeading(raw) ? "" : priorityLabel ? stripPriorityLabel(raw) : NO_PRIORITY_HEADING.test(raw) ? "" : raw;
  // "P1 - High", "P0: Critical priority": the token glossed by its own level word says the priority twice
  // and names no group; the entries keep the category of the heading above. A horizon after the token
  // ("P2 — Nice to have") still names the group.
  const withoutPriority = priorityLabel && stripped && (isLevelWordOnly(stripped) || importanceHeading(stripped)) ? "" : stripped;
  const segments = withoutPriority
    .split(/\s+[›»>]\s+/)
    // "1. fázis: Gyors győzelmek" → "Gyors győzelmek": an ordinal phase (recognise/ordinal-phases.ts).
    .map(withoutOrdinalPhase)
    .map(cleanHeading)
    // "Phase 1: Foundations", "Milestone 2 — Routing (Jan)" → the time box's name (recognise/category-names.ts).
    .map(timeboxName)
    // "一、代码冻结前", "Mål 1: …", "Fase A — …", "…（72 小时）" → the group's name (recognise/group-names.ts).
    .map(groupName)
    .filter(Boolean);
  // "Done since last triage": a state then when (recognise/leading-state-headings.ts). MoSCoW's "Won't
  // have", in any language (recognise/horizon-words.ts), also says its entries are not done.
  const status = quadrant?.status ?? headingStatus(raw) ?? leadingStateOfHeading(raw) ?? slashHeadingState(raw) ?? (horizonLabel(raw) === "Won't have" ? "wont_do" : null);
  // "Maybe later": a hedged horizon gives its priority and stays a category (recognise/category-names.ts).
  const hedged = priorityLabel ? null : hedgedHorizon(raw);
  if (hedged) return refineSection({ depth: node.depth, segments, priorityLabel: hedged, status, kind: kindOf(raw, null, status), raw, line: lineOf(node) });
  // Board columns, triage buckets, objectives and non-work sections (recognise/heading-roles.ts).
  return refineSection({ depth: node.depth, segments, priorityLabel, status, kind: quadrant ? "tasks" : kindOf(raw, priorityLabel, status), raw, line: lineOf(node) });
}

/** `**Status:** Done` / `**Priority:** P1` / `**Effort:** 2h each` under a heading: every item below inherits them. */
export function applySectionFields(section: Section, fields: { label: string; value: string }[]) {
  for (const { label, value } of fields) {
    const l = label.toLowerCase();
    if (isStatusField(l)) section.status = parseStatus(value) ?? section.status;
    else if (isPriorityField(l)) section.priorityLabel = findPriorityLabel(value) ?? (value || section.priorityLabel);
    else if (/effort|estimate/.test(l)) section.effortHours = parseEffortHours(value);
  }
  section.kind ??= "tasks";
}
