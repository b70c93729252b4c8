import { commentColumn } from "./comment-columns";
import { answersNo, answerState } from "./done-answers";
import { isLetterLevelColumn, letterLevel } from "./letter-levels";
import { isIssueKey } from "./tracker-keys";
import { isImpactRating } from "./impact-columns";
import { isRemedyHeader } from "./remedy-columns";
import { isRankColumn } from "./rank-columns";
import { namesDebt } from "./debt-registers";
import { isKeyCode } from "./priority-order";
import { isWhoHeader } from "./who-columns";
import { parseSeverity } from "../clean";
import { isPriorityField, isSeverityField, isStatusField, isTitleField } from "../field-names";
import { findPriorityLabel, horizonLabel } from "../priority";
import { namesDependencies } from "./dependency-tables";
import { stateLead } from "./state-cells";
import { isRequirementLevelCell, requirementLevelLabel } from "./requirement-keywords";

// What each column of a table holds, read the way a person reads a table they have never seen:
// first by its header word (in the languages plans are written in), then, for a header we do not
// know, by what its cells hold (states, priority words, @handles, ticket keys).

/** Column index per role; -1 when the table has none. */
export interface TableColumns {
  key: number;
  title: number;
  status: number;
  /** A yes/no column ("Done?", "Fixed"): done or not, nothing finer. */
  done: number;
  priority: number;
  severity: number;
  risk: number;
  effort: number;
  owner: number;
  description: number;
  /** Time columns of a status matrix ("v1.9", "Jun", "Q3", "Sprint 4"), left to right. */
  periods: number[];
  /** The title header names the rows as tasks ("Task", "Aufgabe", "タスク"): rows are work even untracked. */
  titleSaysTask: boolean;
  /** The title header names something that is not work: a risk, question, decision, term. */
  titleSaysNotWork: boolean;
}

// Headers are matched lower-cased, without emphasis or a trailing "?" / ":".
const KEY = /^(?:(?:issue|ticket|work item|story|bug|task)[ -]?(?:key|id|#|no\.?|number)|id|#|key|ticket|ref|no\.?|nr\.?|n[º°o]\.?|number|num|n[úu]mero|num[ée]ro|nummer|č\.?|čís(?:lo|\.)|kulcs|番号|編號|编号|ลำดับ|ลำดับที่|ที่)$/u;
/** Headers that say each row is a task to do. */
const TASK_TITLE =
  /^(?:tasks?|to-?dos?|actions?|action items?|work items?|deliverables?|aufgaben?|ma(?:ß|ss)nahmen?|vorhaben|t[âa]ches?|actions? à mener|tareas?|acci[óo]n(?:es)?|attivit[àa]|compiti|compito|azioni|azione|taken|taak|acties?|actiepunten?|tarefas?|a[çc][ãa]o|a[çc][õo]es|タスク|作業|対応|課題|やること|任务|任務|待办|할 일|작업)$/u;
/** Headers that name the thing each row is about ("Finding", "Package", "Test", "Titel"). */
const THING_TITLE =
  /^(?:title|items?|findings?|stor(?:y|ies)|summary|name|issues?|features?|initiatives?|problems?|packages?|pakete?|paketi|pakiet|pakket|paquet|paquete|pacote|pacchetto|balíček|csomag|пакет|dependenc(?:y|ies)|upgrades?|bugs?|defects?|tests?|test cases?|failing tests?|specs?|cards?|epics?|requirements?|improvements?|debt|titel|thema|punkt|titre|sujet|élément|t[íi]tulo|elemento|titolo|voce|onderwerp|item|件名|タイトル|項目|内容|标题|名称|事项|问题|問題|ปัญหา|ประเด็น|หัวข้อ|รายการ)$/u;
const TITLE_INSIDE = /task|title|item|finding|aufgabe|t[âa]che|tarea|titel|titolo|t[íi]tulo|titre|taak|タスク/u;
const STATUS = /status|state|progress|estado|statut|^stand$|^stato$|^staat$|^situa[çc][ãa]o$|^situaci[óo]n$|^état$|状態|ステータス|状况|状态|進捗|进度/u;
/** A yes/no column that says whether the row is done ("Done?", "Fixed", "Erledigt"). */
const DONE = /^(?:[✓✔✅☑]|done|completed?|fixed|resolved|finished|shipped|erledigt|fertig|fait|terminé|hecho|hecha|fatto|completato|klaar|gedaan|gedoen|feito|klart|gjort|valmis|zrobione|hotovo|готово|сделано|bitti|tamam|selesai|済|完了|完成)$/u;
const PRIORITY = /priori|^prio$|^pri\.?$|優先|优先|우선/u;
const SEVERITY = /severity|^sev$|impact level|schweregrad|gravedad|gravit[ée]|gravit[àa]|gravidade|ernst|深刻度|重要度|严重/u;
const RISK = /^(?:risk|risiko|riesgo|risque|rischio|risico|risco|リスク|风险)$/u;
const EFFORT = /effort|estimate|hours|size|days|aufwand|sch[äa]tzung|esfuerzo|estimaci[óo]n|estimation|stima|schatting|inspanning|estimativa|工数|見積|工时|估算/u;
const OWNER = /owner|assignee|assigned|^dri$|zugewiesen|asignad|assegnat|toegewezen|atribu[íi]d|responsib|responsab|verantwortlich|zust[äa]ndig|^who$|^lead$|referente|incaricato|eigenaar|dono|odpovídá|zodpovídá|felelős|担当|负责|負責|담당/u;
const DESCRIPTION = /description|details|notes|context|beschreibung|descripci[óo]n|descrizione|beschrijving|descri[çc][ãa]o|poznámk|megjegyzés|説明|描述/u;
/**
 * (问题 / 問題 is "issue" as much as "question": a column of them names the issues of an issue list,
 * 问题清单, so it is a thing title; a column of questions is 疑问 or 待确认问题.)
 * Headers naming rows that are not work (README: risks, questions, decisions, lessons are not items):
 * a risk register or decision log stays reference even with an Owner or Status column.
 */
const NOT_WORK =
  /^(?:risks?|threats?|(?:open )?questions?|decisions?|assumptions?|lessons?(?: learned)?|observations?|what went well|went well|terms?|glossary|concerns?|risiko|risiken|riesgos?|risques?|rischi|rischio|risico'?s|frage|fragen|preguntas?|domande|domanda|vragen|vraag|entscheidung(?:en)?|decisi[óo]n(?:es)?|décisions?|decisioni|decisione|besluit(?:en)?|リスク|懸念|質問|決定事項|风险|疑问|待确认问题|决定)$/u;

/**
 * Headers that explain a row rather than name it: never the title while another column can be.
 * "Impact" in any language (影响, 영향, Auswirkung) says what the problem costs, not what to do.
 */
const EXPLANATION =
  /why|reason|cause|rationale|notes?|comments?|remarks?|details|description|context|impact|justification|background|outcome|result|grund|begr[üu]ndung|anmerkung|motivo|raz[óo]n|raison|causa|motivazione|opmerking|reden|oorzaak|auswirkung|wpływ|влияние|вплив|備考|理由|原因|备注|影響|影响|后果|後果|영향|원인|비고/u;

/**
 * Headers of a status matrix's time columns: "v1.9", "2.0", "Jun", "Sep 2026", "Q3", "Sprint 4", "Release 3",
 * "Week 2" in the languages of a rota ("Uke 2", "Woche 2", "Semaine 2", "Vecka 2").
 * A month is its name or abbreviation, so "Decision", "Market" or "Mayor" are no months.
 */
export const PERIOD = /^(?:v\d+(?:\.\d+)*|\d+(?:\.\d+)+|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?:\s+\d{2,4})?|q[1-4](?:\s+\d{2,4})?|(?:sprint|release|week|r|woche|kw|semaine|semana|settimana|week|vecka|uke|uge|viikko|tydzień|týden|hét|hafta|minggu|tuần)\s*\d+|\d{4}-\d{2}(?:-\d{2})?)$/i;

const normalise = (header: string) => header.toLowerCase().replace(/[*_`]/g, "").replace(/[?:]+$/, "").trim();
const words = (cell: string) => cell.trim().split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
/** Empty, or a dash people write for "nothing here". */
const blank = (cell: string) => /^[\s—–\-/.]*$/.test(cell);

/** A yes/no cell: "yes", "no", "✓", "✗", "x", "ja", "sí", "oui", "non"… */
const YES = /^(?:yes|y|true|ja|sí|si|oui|sì|はい|是|[x✓✔✅☑]|\[[xX✓]\])\uFE0F?$/iu;
/** A date, in the forms plans write them: "2026-05-01", "1 May", "May 3", "03/05", "Sep 2026". */
const MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
export const DATE = new RegExp(
  `^(?:\\d{4}-\\d{2}(?:-\\d{2})?|\\d{1,2}[./]\\d{1,2}(?:[./]\\d{2,4})?|\\d{1,2}\\.?\\s+${MONTH}(?:\\s+\\d{4})?|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|${MONTH}\\s+\\d{4}|(?:\\d{4}年)?\\d{1,2}月(?:\\d{1,2}日)?)$`,
  "iu",
);
/** A header that asks whether each row is done ("Done", "Fixed"): rows that are work, not policies. */
export const isDoneHeader = (header: string) => DONE.test(header.trim().toLowerCase());

/** A cell under a "Done" header that says it is done: a yes, a tick, or the date it was done. */
export const saysDone = (cell: string) => YES.test(cell.trim()) || DATE.test(cell.trim());
const NO = /^(?:no|n|false|nein|non|nee|não|nao|いいえ|否|[✗✘❌⬜]|\[ \])\uFE0F?$/iu;

/**
 * A header this module reads as naming a column ("Status", "Task name", "Assignee", "Prioridad"):
 * how a row of labels pasted without table syntax (recognise/plain-rows.ts) is told from a row of data.
 */
export function namesColumn(rawHeader: string): boolean {
  const h = normalise(rawHeader);
  return [KEY, TASK_TITLE, THING_TITLE, TITLE_INSIDE, STATUS, DONE, PRIORITY, SEVERITY, EFFORT, OWNER, DESCRIPTION].some((p) => p.test(h)) || isTitleField(h) || isStatusField(h) || isPriorityField(h) || isSeverityField(h);
}

/** At least two filled cells, and nearly all (≥ 80%) of them pass the test. */
function mostly(cells: string[], test: (cell: string) => boolean, least = 2): boolean {
  const filled = cells.filter((c) => !blank(c));
  return filled.length >= least && filled.filter(test).length >= filled.length * 0.8;
}

/** Two or more cells, every one a ticket key ("OPS-12", "#4410"), no two alike. */
function onlyKeys(cells: string[]): boolean {
  const keys = cells.map((x) => x.trim());
  return keys.length >= 2 && keys.every((x) => isIssueKey(x.replace(/^#(?=[A-Z])/, ""))) && new Set(keys).size === keys.length;
}

/**
 * The title column by content, when no header names it: the first column not already given a role
 * and not an explanation ("Why", "Cause", "Notes") whose cells read like titles — most of them two
 * words or more, three on average (an "Area" column of single words is not it).
 */
function freeTextColumn(columns: string[][], candidates: number[]): number {
  for (const c of candidates) {
    const counts = columns[c]!.map(words);
    const average = counts.reduce((a, b) => a + b, 0) / Math.max(counts.length, 1);
    if (average >= 3 && counts.filter((n) => n >= 2).length * 2 > counts.length) return c;
  }
  return -1;
}

/** The column whose filled, mostly distinct cells hold the most words on average (more than one). */
function wordiestColumn(columns: string[][], candidates: number[]): number {
  let best = -1;
  let most = 1;
  for (const c of candidates) {
    const cells = columns[c]!.map((x) => x.trim());
    if (cells.length === 0 || cells.some(blank) || new Set(cells).size < cells.length * 0.8) continue;
    const average = cells.reduce((n, x) => n + words(x), 0) / cells.length;
    if (average > most) [best, most] = [c, average];
  }
  return best;
}

/**
 * A column of distinct identifiers — file paths, test names, package or service names — is the title
 * of a table of things to fix (a failing-tests list): every row filled, no two alike, not numbers.
 */
function identifierColumn(columns: string[][], candidates: number[]): number {
  return (
    candidates.find((c) => {
      const cells = columns[c]!.map((x) => x.trim());
      return cells.length > 0 && cells.every((x) => !blank(x) && /\p{L}/u.test(x)) && new Set(cells).size === cells.length;
    }) ?? -1
  );
}

/**
 * Of the columns whose header names the thing (Epic | Story, Component | Issue), the title is the one
 * whose cells are all different — a column that repeats a value groups the rows — then the wordier.
 */
function bestNamed(headers: string[], columns: string[][], taken: Set<number>): number {
  // "Tech debt", "Technische Schulden": a debt register's rows (recognise/debt-registers.ts).
  const named = headers.map((h, c) => (!taken.has(c) && (THING_TITLE.test(h) || namesDebt(h)) ? c : -1)).filter((c) => c >= 0);
  const score = (c: number) => {
    const cells = columns[c]!.map((x) => x.trim()).filter(Boolean);
    return (new Set(cells).size === cells.length ? 1000 : 0) + cells.reduce((n, x) => n + words(x), 0) / Math.max(cells.length, 1);
  };
  const best = named.reduce((a, c) => (a < 0 || score(c) > score(a) ? c : a), -1);
  if (best >= 0) taken.add(best);
  return best;
}

/**
 * Every column's role in a table, from its header row and its body cells. `cellIsStatus` reads a
 * cell as a state through the document's legend.
 */
export function tableColumns(
  rawHeaders: string[],
  rows: string[][],
  cellIsStatus: (cell: string) => boolean,
  cellIsPriority: (cell: string) => boolean = (cell) => findPriorityLabel(cell) !== null,
): TableColumns {
  const headers = rawHeaders.map(normalise);
  const columns = headers.map((_, c) => rows.map((r) => r[c] ?? ""));
  const taken = new Set<number>();
  const byHeader = (pattern: RegExp | ((header: string) => boolean), filter: (c: number) => boolean = () => true) => {
    const matches = typeof pattern === "function" ? pattern : (h: string) => pattern.test(h);
    const i = headers.findIndex((h, c) => !taken.has(c) && matches(h) && filter(c));
    if (i >= 0) taken.add(i);
    return i;
  };
  let key = byHeader(KEY);
  // A column of nothing but distinct ticket keys ("DATA-401", "#88") is the rows' key whatever its
  // header says ("Epic", "Story", "Issue"): a key names no work, the title is another column.
  const keyByContent = key < 0 ? headers.findIndex((_, c) => onlyKeys(columns[c]!)) : -1;
  if (keyByContent >= 0) {
    key = keyByContent;
    taken.add(key);
  }
  // "Task", "Attività", "タスク": the vocabulary's title names count as task headers in every language.
  const taskTitle = byHeader((h) => TASK_TITLE.test(h) || isTitleField(h));
  let title0 = taskTitle >= 0 ? taskTitle : bestNamed(headers, columns, taken);
  // "Task name", "Action item", "Finding title": a title word inside a longer header.
  if (title0 < 0) title0 = byHeader(TITLE_INSIDE, (c) => !EXPLANATION.test(headers[c]!));
  const priority = byHeader((h) => PRIORITY.test(h) || isPriorityField(h));
  let severity = byHeader((h) => SEVERITY.test(h) || isSeverityField(h));
  // An audit's "Impact" column of Critical / Serious / Moderate / Minor rates its findings (recognise/impact-columns.ts).
  // In a tech-debt register ("Debt | Impact | Effort") the impact is the debt's harm, beside its effort too.
  const rowsAreDebt = title0 >= 0 && namesDebt(headers[title0]!);
  if (priority < 0 && severity < 0) severity = byHeader((h) => h.length > 0, (c) => isImpactRating(headers[c]!, columns[c]!, headers, { rowsAreDebt }));
  // "Risk: High" ranks an upgrade's rows; a Risk column of sentences is a risk register's subject.
  const risk = byHeader(RISK, (c) => mostly(columns[c]!, (x) => words(x) <= 2 && (parseSeverity(x) !== null || findPriorityLabel(x) !== null)));
  const periods = headers.map((h, i) => (PERIOD.test(h) ? i : -1)).filter((i) => i >= 0);
  periods.forEach((i) => taken.add(i));
  // Under a "Done" header, yes/no marks or dates — a single ✅ among empty cells is enough.
  // People answer with more than yes and no: "no – waiting", "partly", "not needed" (recognise/done-answers.ts).
  const done = byHeader(DONE, (c) => mostly(columns[c]!, (x) => saysDone(x) || NO.test(x.trim()) || answersNo(x) || answerState(x) !== null, 1));
  let status = byHeader((h) => STATUS.test(h) || isStatusField(h));
  const effort = byHeader(EFFORT);
  let owner = byHeader((h) => OWNER.test(h) || isWhoHeader(h));
  const description = byHeader(DESCRIPTION);

  // Headers we do not know, read by their cells: short state words, @handles.
  const unknown = () => headers.map((_, c) => c).filter((c) => !taken.has(c) && !EXPLANATION.test(headers[c]!));
  if (status < 0 && periods.length < 2) {
    // One column of states is the rows' status; several are a matrix of marks (per environment).
    // A state may go on with a remark after a dash ("Won't fix — accepted by client"): recognise/state-cells.ts.
    const stateColumns = unknown().filter((c) => mostly(columns[c]!, (x) => words(stateLead(x)) <= 3 && cellIsStatus(stateLead(x))));
    status = stateColumns.length === 1 ? stateColumns[0]! : -1;
    if (status >= 0) taken.add(status);
  }
  if (owner < 0) {
    owner = unknown().find((c) => mostly(columns[c]!, (x) => /^@[\w.-]+$/.test(x.trim()))) ?? -1;
    if (owner >= 0) taken.add(owner);
  }
  let byContentPriority = -1;
  if (priority < 0 && severity < 0 && risk < 0) {
    // "Interest", "Urgency", "Business value" of High / Low: a rank by another name (recognise/rank-columns.ts).
    byContentPriority = unknown().find((c) => isRankColumn(headers[c]!, columns[c]!, headers, cellIsPriority)) ?? -1;
    // An unnamed column of priority words ("P1", "High") ranks the rows; a named one ("Impact") does not.
    if (byContentPriority < 0) byContentPriority = unknown().find((c) => !headers[c] && mostly(columns[c]!, (x) => words(x) <= 2 && cellIsPriority(x))) ?? -1;
    // A column of MoSCoW or horizon words alone ("Must", "Won't", "Now", "Later") ranks the rows
    // whatever its header ("Bucket", "Phase"): these words name nothing else in a cell of their own.
    if (byContentPriority < 0) byContentPriority = unknown().find((c) => mostly(columns[c]!, (x) => words(x) <= 2 && horizonLabel(x.trim()) !== null && !/\p{N}/u.test(x))) ?? -1;
    // "H / M / L" initials, whatever the header ("Rating"): High, Medium, Low (recognise/letter-levels.ts).
    if (byContentPriority < 0) byContentPriority = unknown().find((c) => isLetterLevelColumn(columns[c]!)) ?? -1;
    // "Level": MUST / SHOULD / MAY, a requirement schedule's binding column (recognise/requirement-keywords.ts).
    if (byContentPriority < 0) byContentPriority = unknown().find((c) => mostly(columns[c]!, isRequirementLevelCell)) ?? -1;
    if (byContentPriority >= 0) taken.add(byContentPriority);
  }
  let keyColumn = key;
  if (keyColumn < 0 && !taken.has(0) && mostly(columns[0] ?? [], (x) => isIssueKey(x.trim().replace(/^#(?=[A-Z])/, "")) || /^\d+$/.test(x.trim())) && new Set(columns[0]).size === rows.length) {
    keyColumn = 0;
    taken.add(0);
  }

  let title = title0;
  // With no header row at all (rows pasted without one, recognise/plain-rows.ts), the title is the
  // wordiest column of names left: every cell filled, nearly all different ("Fix login", "Dark mode").
  if (title < 0 && headers.every((h) => !h)) title = wordiestColumn(columns, unknown());
  // "Gap | Remediation": with no header naming the row, the column of what to do is its title (recognise/remedy-columns.ts).
  if (title < 0) title = byHeader(isRemedyHeader);
  // "| Type | Comment |" of TODO / FIXME rows: the code's comment is the row (recognise/comment-columns.ts).
  if (title < 0) title = commentColumn(headers, columns, headers.map((_, c) => c).filter((c) => !taken.has(c)));
  if (title < 0) title = freeTextColumn(columns, unknown());
  // Identifiers name the rows only of a table that tracks their state (a list of failing tests).
  if (title < 0 && (status >= 0 || done >= 0)) title = identifierColumn(columns, unknown());
  // Last resort, as before: a "Description" column is the title when nothing else names the row.
  if (title < 0 && description >= 0) title = description;
  // Keys alone: they name the rows after all.
  if (title < 0 && keyByContent >= 0) {
    title = keyByContent;
    keyColumn = -1;
  }

  // With no "Description" column, an explanation in words ("Cause", "Why") describes the row.
  const explanation = () =>
    headers.findIndex((h, c) => c !== title && !taken.has(c) && EXPLANATION.test(h) && columns[c]!.filter((x) => words(x) >= 2).length * 2 >= rows.length);
  return {
    key: keyColumn,
    title,
    status,
    done,
    priority: priority >= 0 ? priority : byContentPriority,
    severity,
    risk,
    effort,
    owner,
    description: description >= 0 && description !== title ? description : explanation(),
    periods,
    titleSaysTask: title >= 0 && title === taskTitle,
    titleSaysNotWork: title >= 0 && (NOT_WORK.test(headers[title]!) || namesDependencies(headers[title]!, headers)),
  };
}

/**
 * The priority label a priority column's cell gives: its word ("High", "P1"), or, for a bare number
 * ("1", "2"), the numbered scale the column name implies ("Priority 1"; trackers such as Azure DevOps
 * number priorities 1–4, most urgent first). A cell of another column keeps its words.
 */
export function priorityCellLabel(text: string, column: "priority" | "other", order?: Map<string, unknown>): string | null {
  // A code the document's key defines ("Priority key: A = … (urgent)") stays the code: the key maps it (recognise/priority-keys.ts).
  const code = text.replace(/[*_`]/g, "").trim();
  if (isKeyCode(code) && order?.has(code.toLowerCase())) return code;
  const found = findPriorityLabel(text) ?? letterLevel(text);
  if (found) return found;
  // A MoSCoW or horizon word alone in a priority column ("Must", "Won't", "Later") ranks the row as
  // the same word does as a heading; in another column it is just a word.
  const horizon = column === "priority" ? horizonLabel(text.trim()) : null;
  if (horizon) return horizon;
  if (column === "priority" && isRequirementLevelCell(text)) return requirementLevelLabel(text);
  const n = text.trim().match(/^([0-9])$/);
  return n && column === "priority" ? `Priority ${n[1]}` : null;
}
