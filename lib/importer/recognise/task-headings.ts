import type { Section } from "../context";
import { MORE_TASK_WORDS } from "./more-section-words";
import { endsWithCjkTaskNoun } from "./cjk-task-headings";
import { CJK_ORDINAL } from "./group-names";

// "## Aufgaben", "## Tareas", "## Задачи", "## タスク", "## Nästa steg", "## Việc cần làm": a heading
// that says "the work is below" in another language than English, read as surely as "## Tasks" is
// (sections.ts: TASKS), not only by the low-confidence second reading. Three things keep it safe:
//  - the words are matched as the whole heading or its opening words in their own language (a
//    count, a colon and what follows it, or more words after a space may follow), never as a
//    substring, so "Aufgabenverteilung" or an English "Already taken" is no Dutch "Taken";
//  - a word that is also an ordinary word elsewhere (Dutch "taken" = English "taken", Swedish
//    "uppgifter" = "details", Korean "작업" / Japanese "作業" = "work" in "작업 환경") counts only as
//    the whole heading or before a separator ("Taken: sprint 3"), never before more words;
//  - a negated task heading is not a work heading: "Keine Aufgaben", "Sin tareas", "No action items",
//    "Inte uppgifter", "Görev yok", "タスクなし" say there is no work here (a note). A negation that
//    qualifies an adjective ("Nicht erledigte Aufgaben", "Not started tasks") does not negate the noun.

/** Task / to-do / next-steps / action-item headings, lower-case, per language. */
const TASK_WORDS = [
  // de
  "aufgabenliste", "aktionsplan", "zu erledigen", "aufgaben", "offene aufgaben", "offene punkte", "nächste schritte", "naechste schritte", "arbeitspakete", "aktionspunkte", "action items",
  // fr
  "liste des tâches", "plan d'action", "actions à faire", "tâches", "taches", "à faire", "a faire", "prochaines étapes", "actions à mener", "points d'action", "travaux à faire",
  // es
  "lista de tareas", "plan de acción", "acciones pendientes", "tareas", "próximos pasos", "proximos pasos", "siguientes pasos", "por hacer", "puntos de acción", "acciones a tomar",
  // it
  "elenco attività", "piano d'azione", "cose da fare", "attività", "compiti", "da fare", "prossimi passi", "azioni da intraprendere", "punti d'azione",
  // pt
  "lista de tarefas", "plano de ação", "tarefas", "próximos passos", "proximos passos", "a fazer", "itens de ação", "ações a tomar",
  // nl ("taken": whole only, below)
  "takenlijst", "actielijst", "actieplan", "to-do's", "todo's", "actiepunten", "te doen", "volgende stappen", "werkpunten", "openstaande punten",
  // sv, da, nb/nn
  "uppgiftslista", "att göra-lista", "handlingsplan", "åtgärdsplan", "opgaveliste", "oppgaveliste", "oppfølgingspunkter", "att göra", "nästa steg", "åtgärdspunkter", "opgaver", "næste skridt", "handlingspunkter", "gøremål", "at gøre", "oppgaver", "neste steg", "å gjøre",
  // ca ("feines", chores/jobs: whole only, below)
  "llista de tasques", "pla d'acció", "tasques", "tasques pendents", "coses a fer", "per fer", "propers passos", "següents passos", "repartiment de feines",
  // fi, pl, cs, sk, hu, ro
  "tehtävälista", "toimintasuunnitelma", "jatkotoimenpiteet", "avoimet tehtävät", "lista zadań", "plan działania", "seznam úkolů", "akční plán", "feladatlista", "akcióterv", "lista de sarcini", "plan de acțiune", "tehtävät", "seuraavat askeleet", "seuraavat vaiheet", "zadania", "następne kroki", "kolejne kroki", "do zrobienia",
  "úkoly", "další kroky", "akční body", "úlohy", "ďalšie kroky", "feladatok", "teendők", "tennivalók", "következő lépések", "sarcini", "pașii următori", "pasii urmatori", "de făcut",
  // a remediation plan (cs/sk, pl, de, fr, es, pt)
  "plán nápravy", "nápravná opatření", "plan naprawczy", "maßnahmenplan", "plan de remédiation", "plan de remediación", "plano de remediação",
  // tr
  "görev listesi", "eylem planı", "aksiyon planı", "yapılacak işler", "görevler", "yapılacaklar", "sonraki adımlar", "aksiyon maddeleri", "eylem maddeleri",
  // ru, uk
  "список задач", "план действий", "что нужно сделать", "нужно сделать", "экшн-айтемы", "список завдань", "план дій", "задачи", "следующие шаги", "дальнейшие шаги", "что сделать", "что нужно сделать", "бэклог", "поручения", "завдання", "задачі", "наступні кроки", "що зробити", "доручення",
  // el, he, ar
  "λίστα εργασιών", "σχέδιο δράσης", "רשימת משימות", "תוכנית פעולה", "خطة العمل", "εργασίες", "επόμενα βήματα", "εκκρεμότητες", "משימות", "מטלות", "צעדים הבאים", "השלבים הבאים", "פעולות לביצוע",
  "المهام", "مهام", "قائمة المهام", "الخطوات التالية", "الخطوات القادمة", "بنود العمل", "الإجراءات المطلوبة",
  // hi, vi, id/ms, th
  "कार्य योजना", "करने के काम", "danh sách công việc", "kế hoạch hành động", "rencana aksi", "rencana tindakan", "รายการงาน", "แผนปฏิบัติการ", "कार्य सूची", "अगले कदम", "करने योग्य कार्य", "काम", "nhiệm vụ", "các nhiệm vụ", "công việc", "việc cần làm", "các bước tiếp theo", "bước tiếp theo",
  // follow-ups after a meeting (ja, zh, ko, fr, es, pt, it, de)
  "フォローアップ", "フォローアップ項目", "跟进事项", "跟進事項", "待跟进", "후속 작업", "actions de suivi", "acciones de seguimiento", "tareas de seguimiento", "ações de acompanhamento", "azioni di follow-up", "folgeaufgaben",
  "tugas", "daftar tugas", "langkah selanjutnya", "langkah berikutnya", "tindak lanjut", "item tindakan", "สิ่งที่ต้องทำ", "ขั้นตอนถัดไป",
  // ja, zh, ko
  "todoリスト", "アクションプラン", "ネクストアクション", "今後の対応", "待办清单", "待辦清單", "行动计划", "行動計畫", "后续行动", "後續行動", "改进措施", "改進措施", "任务清单", "タスク", "やること", "次のステップ", "対応事項", "アクションアイテム", "作業項目", "残作業", "宿題",
  "任务", "任務", "待办", "待辦", "待办事项", "待辦事項", "下一步", "后续步骤", "後續步驟", "行动项", "行動項目", "工作项",
  // a task breakdown (an OKR's or a project's work split into tasks; English "Task breakdown" in sections.ts)
  "任务拆解", "任务分解", "任務拆解", "任務分解", "工作分解", "タスク分解", "作業分解", "작업 분해", "업무 분장",
  // "次回まで" (by next time): Japanese minutes close with what each person brings to the next meeting; the same in zh, ko.
  "次回まで", "次回までに", "次回までの宿題", "次回までのタスク", "下次会议前", "下次會議前", "다음 회의까지", "다음 회의 전까지",
  "작업 목록", "할 일 목록", "실행 계획", "후속 조치", "조치 항목", "할 일", "해야 할 일", "다음 단계", "액션 아이템", "조치 사항", "과제",
  // an RFC's or project's "Work plan" (English in sections.ts): the steps it commits to
  "arbeitsplan", "plan de travail", "plan de trabajo", "piano di lavoro", "piano dei lavori", "plano de trabalho", "werkplan", "arbetsplan", "arbejdsplan", "arbeidsplan", "plan prac", "plán prací", "työsuunnitelma",
  "план работ", "план робіт", "iş planı", "çalışma planı", "工作计划", "工作計劃", "作業計画", "작업 계획", "rencana kerja", "kế hoạch công việc", "kế hoạch triển khai",
  // sr, hr, bs, sl, mk, bg, ms (recognise/more-section-words.ts)
  ...MORE_TASK_WORDS,
];

/** Words that are also an ordinary word in a language the heading may be in, or name what was done as readily as what is to do: the whole heading, or before a separator. */
const WHOLE_ONLY = [
  "taken", "uppgifter", "дела", "作業", "작업", "कार्य", "งาน", "feines",
  // "Actions", "measures", "pending" (as work-labels.ts reads "Actions" / "Maßnahmen"): "Åtgärder" is work, "Działania zespołu w 2025" a report.
  "åtgärder", "tiltak", "toimenpiteet", "działania", "ενέργειες", "intézkedések", "aksiyonlar", "pendientes", "pendências", "pendencias",
];

/**
 * Singular nouns and the case a negation takes ("Keine Aufgabe", "Aucune tâche", "Brak zadań", "Нет задач",
 * "Ei tehtäviä", "Žádných úkolů"), read only after a negation.
 */
const SINGULARS = [
  "zadań", "úkolů", "úloh", "tehtäviä", "oppgaver", "opgaver", "görevi", "task", "to-do", "todo", "action item", "aufgabe", "tâche", "tache", "tarea", "compito", "tarefa", "taak", "uppgift", "opgave", "oppgave", "tehtävä", "zadanie", "úkol", "úloha",
  "feladat", "sarcină", "görev", "задача", "задачі", "задач", "завдань", "εργασία", "משימה", "مهمة", "कार्य", "nhiệm vụ", "タスク", "任务", "任務", "작업", "할 일",
];
/** English plurals, read here only to see a negation ("No tasks", "No action items"); sections.ts reads them as work. */
const ENGLISH = ["tasks", "action items", "to-dos", "todos", "to do", "todo", "next steps", "work items", "follow-ups", "follow ups"];

/** A negation that says "none of": a word may stand between it and the noun ("Keine offenen Aufgaben", "No open tasks"). */
const NONE_OF = [
  "no", "keine", "kein", "sin", "ningún", "ninguna", "ningunas", "aucune", "aucun", "pas de", "sans", "nessuna", "nessun", "senza", "nenhuma", "nenhum", "sem",
  "geen", "inga", "ingen", "ei", "brak", "bez", "нет", "без", "немає", "žádné", "žiadne", "nincs", "nincsenek", "niciun", "nicio", "fără",
  "không có", "tidak ada", "tanpa", "لا", "بدون", "لا توجد", "אין", "ללא", "καμία", "χωρίς", "कोई", "没有", "沒有", "无", "無",
];
/** A negation of the noun itself: only right before it ("Inte uppgifter", "Not tasks", "Не задачи"); before an adjective it negates that. */
const NOT = ["not", "non", "nicht", "pas", "ni", "niet", "inte", "ikke", "nie", "ne", "не", "ні", "nem", "nu", "değil", "bukan", "ليست", "ليس", "לא", "όχι", "नहीं", "非", "不是", "không phải"];
/** A negation after the noun ("Görev yok", "タスクなし", "작업 없음", "Aufgaben: keine", "Tasks: none"). */
const NONE_AFTER = ["yok", "なし", "無し", "ありません", "없음", "없습니다", "none", "keine", "ninguna", "ninguno", "aucune", "aucun", "nessuna", "nenhuma", "geen", "inga", "ingen", "brak", "нет", "немає", "žádné", "nincs", "nahi", "नहीं", "无", "没有", "không có", "tidak ada"];

/** "Nothing to do" said whole, in the same languages. */
const NOTHING = [
  "nothing to do", "nothing to action", "nichts zu tun", "nichts zu erledigen", "rien à faire", "nada que hacer", "nada por hacer", "niente da fare", "nada a fazer", "niets te doen",
  "inget att göra", "intet at gøre", "ingenting å gjøre", "ei tehtävää", "nic do zrobienia", "nic k udělání", "nincs teendő", "nimic de făcut", "yapılacak bir şey yok",
  "нечего делать", "ничего делать не нужно", "нічого робити", "τίποτα να γίνει", "אין מה לעשות", "لا شيء للقيام به", "không có việc gì", "tidak ada yang perlu dilakukan",
  "やることなし", "无待办", "할 일 없음",
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alt = (words: string[]) => [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join("|");
/** Not followed by a letter, mark or digit: a word boundary in every script (\b is ASCII only). */
const END = "(?![\\p{L}\\p{M}\\p{N}])";
/** What may follow a heading's task word: nothing, a count, a separator and anything, or (not for WHOLE_ONLY words) more words. */
const TAIL = "(?:$|\\s*[(（\\[]\\d+[)）\\]]\\s*$|\\s*[:：|/·(（\\[–—-])";
/** Scripts written without spaces: a word there ends where the heading or a separator does, or before a list suffix. */
const CJK_SUFFIX = "(?:一覧|リスト|列表|清单|清單|목록)?";

const OPENING = new RegExp(`^(?:${alt(TASK_WORDS)})${CJK_SUFFIX}${END}(?:${TAIL}|\\s+\\S)`, "u");
const OPENING_WHOLE = new RegExp(`^(?:${alt(WHOLE_ONLY)})${CJK_SUFFIX}${END}${TAIL}`, "u");
const NOUNS = alt([...TASK_WORDS, ...WHOLE_ONLY, ...SINGULARS, ...ENGLISH]);
/** "No priority tasks" is a bucket of untriaged work (priority.ts: NO_PRIORITY_HEADING), not a negation of the tasks. */
const PRIORITY = "(?:priorit|prio\\b)";
const NEGATED = new RegExp(
  `^(?:(?:${alt(NONE_OF)})(?:\\s+|-)(?:(?!${PRIORITY})[\\p{L}\\p{M}]+\\s+)?|(?:${alt(NOT)})(?:\\s+|-))(?:${NOUNS})${END}` +
    `|^(?:${NOUNS})${END}\\s*[:：\\-–—]?\\s*(?:${alt(NONE_AFTER)})${END}\\W*$` +
    `|^(?:${alt(NOTHING)})${END}`,
  "u",
);
// Scripts without spaces put the negation right against the noun ("没有任务", "タスクなし").
const NEGATED_CJK = /^(?:没有|沒有|无|無|非)(?:任务|任務|待办|待辦|タスク|作業)|^(?:タスク|作業|任务|任務|待办|待辦)(?:なし|無し|无|没有)$/u;

/** The words after the last spaced em or en dash of a heading (a hyphen joins words, it sets nothing apart). */
const DASHED_TAIL = /\s[—–]\s+([^—–]{1,60})$/u;

/** The heading as its words: markup, a leading number or emoji and closing punctuation gone, lower-cased. */
function words(raw: string): string {
  let t = raw
    .replace(/[*_`]/g, "")
    // "三、任务", "（二）任务": a CJK ordinal numbers the heading as "3." does.
    .replace(CJK_ORDINAL, "")
    .replace(/^[^\p{L}]+/u, "")
    .toLowerCase()
    .replace(/\s+/g, " ");
  // Closing punctuation, cut by hand: a trailing-run regex is quadratic on a long line of spaces.
  let end = t.length;
  while (end > 0 && " .!:：。".includes(t[end - 1]!)) end--;
  t = t.slice(0, end);
  return t.trim();
}

/**
 * What a task heading in another language makes of the section under it: "tasks" for a heading that
 * names the work below, "notes" for one that says there is none; null for any other heading.
 */
export function taskHeadingKind(raw: string): Section["kind"] {
  const t = words(raw);
  if (!t) return null;
  if (NEGATED.test(t) || NEGATED_CJK.test(t)) return "notes";
  // "フォローアップ タスク", "后续任务": the noun last, as these languages write it (recognise/cjk-task-headings.ts).
  if (OPENING.test(t) || OPENING_WHOLE.test(t) || endsWithCjkTaskNoun(t)) return "tasks";
  // "विद्यालय समिति — कार्य सूची", "Umzug 2027 – Aufgabenliste": a name, a spaced dash, then the task
  // words say what the document or section is, as "Diwali Sale — Tasks" does in English (sections.ts: TASKS).
  const tail = t.match(DASHED_TAIL)?.[1];
  return tail && (OPENING.test(tail) || OPENING_WHOLE.test(tail)) && !NEGATED.test(tail) ? "tasks" : null;
}

/**
 * Spanish and Portuguese "todo(s) / toda(s)" ("all", "every") before an article or a possessive is no
 * English to-do: "Todos los equipos", "Todo el código", "Todas as lojas". The heading without it, for
 * the English task words of sections.ts to read (a heading that also says "Tareas" is still work).
 */
const ROMANCE_TODO =
  /(?<![\p{L}\p{M}-])tod[oa]s?\s+(?:el|la|los|las|lo|o|a|os|as|un|una|um|uma|nuestr[oa]s?|noss[oa]s?|mis|sus|tus|meus|minhas|seus|suas|est[eoa]s?|ess[eao]s?|isso|eso|esto)(?![\p{L}\p{M}])/giu;
export const withoutRomanceTodo = (raw: string): string => raw.replace(ROMANCE_TODO, " ");
