// A group's name without what only numbers or times it, in shapes category-names.ts does not know:
//
// - a CJK ordinal: "一、代码冻结前" → "代码冻结前", "（二）测试" → "测试" — numbering, like "1.";
// - an objective or a phase numbered in words of more languages, or lettered: "Mål 1: Teamet ska må
//   bra", "Sasaran 2 — Biaya terkendali", "Giai đoạn 1: Chuẩn bị", "Fase A — fondamenta" → the name.
//   (Most training readers drop "Phase n —"; a theme, "Theme 1: Cost", is named with its number, and
//   the older plan fixtures keep the English "Objective 1: …" whole, so English objective words stay.)
// - a Thai ordinal phase or goal: "ระยะที่ 1 เตรียมความพร้อม" → "เตรียมความพร้อม";
// - a closing parenthesis that is only a duration: "发布后观察（72 小时）", "Soak test (2 weeks)".
// - an "Initiatives" heading under a named objective: the work for that objective, no group of its own.

import { withoutGroupRemarks } from "./group-remarks";

/** "一、", "（二）": numbering in Chinese and Japanese headings, as "1." is (task-headings.ts reads the words after it too). */
export const CJK_ORDINAL = /^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[)）])\s*(?=\S)/u;
/** Objective and phase words, then a number or a letter (checked to be a capital), then a separator. */
const NUMBERED_HEAD =
  /^(?:(?:objetivo|objectif|obiettivo|ziel|doel|doelstelling|mål|målsætning|tavoite|cel|цель|ціль|sasaran|tujuan|mục tiêu|hedef|उद्देश्य|लक्ष्य|giai đoạn|tahap|aşama|fáze|etapa)\s+(\d{1,2}|[a-z])|(?:phase|fase|étape|stage|step|milestone|wave|faza|etap|этап|етап|vaihe|steg|fas|etappe)\s+([a-z]))\s*(?:[:：—–|·-]\s*|\.\s+)(?=\S)/iu;
/** "O1: Faster answers", "O2 — Equipe mais saudável", "O1：提升数仓稳定性": an OKR's objective numbered by its letter (a capital O). */
const OKR_OBJECTIVE = /^O\d{1,2}\s*(?:[:：—–|·-]\s*|\.\s+)(?=\S)/u;
/**
 * Thai ordinal time boxes and goals: "ระยะที่ 1 เตรียมความพร้อม" (phase 1), "เฟส 2: ย้ายระบบ", "เป้าหมายที่ 3 …".
 * Thai sets the name off with a space alone, so no separator is needed after the number.
 */
const THAI_NUMBERED = /^(?:ระยะที่|เฟสที่|เฟส|ขั้นตอนที่|ช่วงที่|เป้าหมายที่|วัตถุประสงค์ที่)\s*\d{1,2}\s*(?:[:：—–|·.-]\s*)?(?=\S)/u;
/** "(72 小时)", "(2 weeks)", "(3 Tage)": only how long. */
const DURATION_PAREN =
  /\s*[(（]\s*\d{1,3}(?:\s*[–-]\s*\d{1,3})?\s*(?:小时|小時|天|周|週|个月|個月|時間|日間|週間|か月|ヶ月|시간|일|주|개월|hours?|days?|weeks?|months?|stunden|tage|wochen|monate|heures|jours|semaines|mois|horas|días|dias|semanas|meses|ore|giorni|settimane|mesi|uur|dagen|weken|timmar|dagar|veckor|godzin|dni|tygodni|часов|дней|недель)\s*[)）]\s*$/iu;

/** A category segment without a CJK ordinal, a numbered objective or lettered phase word, or a duration. */
export function groupName(raw: string): string {
  // "Group: Venue", "Før release (senest onsdag)" → the name (recognise/group-remarks.ts).
  const segment = withoutGroupRemarks(raw);
  const numbered = segment.match(NUMBERED_HEAD);
  // "Fase A —": a capital letter numbers; "Step a-" or "Goal x" does not.
  const head = segment.match(CJK_ORDINAL) ?? segment.match(THAI_NUMBERED) ?? segment.match(OKR_OBJECTIVE) ?? (numbered && /^(?:\d|[A-Z])/.test((numbered[1] ?? numbered[2])!) ? numbered : null);
  const name = (head ? segment.slice(head[0].length) : segment).replace(DURATION_PAREN, "").trim();
  return name || segment;
}

/** "Initiatives", in the languages of the vocabulary. */
const INITIATIVES =
  /^(?:initiatives?|initiativen?|initiativer|initiativ|initiatief|initiatieven|iniciativas?|iniziative|inisiatif|inicjatywy|инициативы|ініціативи|aloitteet|girişimler|sáng kiến|पहल|উদ্যোগ|المبادرات|施策|举措|舉措|イニシアチブ|イニシアティブ|이니셔티브)$/iu;

/**
 * "Key initiatives", "Initiatives clés", "关键举措", "主要施策", "핵심 이니셔티브": the same label saying the
 * initiatives are the ones that matter; without the qualifier it is "Initiatives".
 */
const KEY_BEFORE = /^(?:(?:key|main|strategic|major|kluczowe|ключевые|ключові|belangrijkste|핵심|주요)\s+|(?:关键|重点|主要|關鍵|重點|主な)(?=\p{Script=Han}|\p{Script=Katakana})|schlüssel(?=initiativen))/iu;
const KEY_AFTER = /(?:\s+(?:clés|clefs|clave|chiave)|[- ]chave)$/iu;
const unqualified = (segment: string) => segment.trim().replace(KEY_BEFORE, "").replace(KEY_AFTER, "");

/** "Initiatives", or the word glossed in another language: "पहल (Initiatives)". */
function isInitiatives(segment: string): boolean {
  const glossed = segment.trim().match(/^([^()（）]+?)\s*[(（]([^()（）]+)[)）]$/u);
  return INITIATIVES.test(unqualified(segment)) || (!!glossed && INITIATIVES.test(glossed[1]!) && INITIATIVES.test(glossed[2]!.trim()));
}

/** A path without a closing "Initiatives" segment under a named group ("Goal 1 / Initiatives" → "Goal 1"). */
export function withoutInitiatives(path: string[]): string[] {
  return path.length > 1 && isInitiatives(path[path.length - 1]!) ? path.slice(0, -1) : path;
}
