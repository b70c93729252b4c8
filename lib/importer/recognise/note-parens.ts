import { stateOnly } from "../status-words";
import type { ItemStatus } from "../types";
import { joinsRange } from "./date-ranges";

// Parentheses and dash tails closing a title that are notes about the work, in shapes the other
// remark rules (title-parts.ts, remark-parens.ts, aside-parens.ts) do not know:
//
//   - when it happens: a date or a time window, or the release it moved to ("(v1.1 に延期)") — "(fenêtre du samedi 23 janvier, 02:00–04:00)",
//     "(avant le 31/12 reporté au 31/03)", "— Agentur liefert KW 51" (delivers in week 51);
//   - for now: "(PWA reicht erstmal)", "(good enough for now)" — why the work can wait;
//   - still to be confirmed, or attached elsewhere: "(lista in allegato, da confermare con i team)";
//   - news about someone: "(Anwalt hat freigegeben)", "(Legal has signed off)" — a capitalised
//     subject, an auxiliary, a participle;
//   - a closing clause that is only a state: "（延期到 3.9，不做了）" (postponed, not doing) — the state.
//
// A parenthesis that specifies the work stays: "(max 1.200 kg)", "(2 × Arista 7050)", "(CSV)".

const MONTH =
  "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec|" +
  "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|janv|févr|avr|juil|déc|" +
  "januar|februar|märz|juni|juli|oktober|dezember|okt|dez|" +
  "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|ene|abr|ago|dic|" +
  "gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|" +
  "janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|fev|" +
  "januari|februari|maart|mei|augustus|mrt";
/** A day with a month name ("23 janvier", "Dec 9", "9. März"), a numeric date ("31/12", "2026-12-09", "3.9.2026"), or a clock window ("02:00–04:00"). */
const DATE = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])(?:\\d{1,2}\\.?\\s+(?:${MONTH})\\.?(?![\\p{L}])|(?:${MONTH})\\.?\\s+\\d{1,2}(?!\\d)|(?:[0-2]?\\d|3[01])/(?:0?[1-9]|1[0-2])(?:/(?:\\d{4}|\\d{2}))?(?![\\d/])|(?:0?[1-9]|1[0-2])/(?:[0-2]?\\d|3[01])(?![\\d/])|(?:[0-2]?\\d|3[01])\\.(?:0?[1-9]|1[0-2])\\.(?:\\d{4}|\\d{2})?(?![\\d.])|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}:\\d{2}\\s*[–—-]\\s*\\d{1,2}:\\d{2})`,
  "iu",
);
/** A calendar week: "KW 51", "week 12", "CW 3", "semaine 4", "uge 51", "tuần 3". */
const WEEK = /(?:^|[^\p{L}])(?:kw|cw|wk|week|woche|semaine|semana|settimana|uge|vecka|uke|viikko|tydzień|неделя|тиждень|hafta|tuần|minggu)\.?\s*\d{1,2}(?!\d)/iu;
/** "for now", in several languages. */
const FOR_NOW =
  /(?:^|[^\p{L}])(?:for now|for the time being|erstmal|erst mal|vorerst|fürs erste|pour l'instant|pour le moment|por ahora|por el momento|de momento|per ora|per adesso|por enquanto|voorlopig|för tillfället|tills vidare|foreløbig|foreløpig|toistaiseksi|na razie|пока что|поки що|şimdilik|tạm thời|untuk sementara|暂时|当面|一旦|일단)(?![\p{L}])/iu;
/** "to be confirmed", "attached": the detail is elsewhere or not settled. */
const ELSEWHERE =
  /(?:^|[^\p{L}])(?:tbc|to be confirmed|to confirm|da confermare|in allegato|à confirmer|a confirmer|en pièce jointe|por confirmar|a confirmar|adjunto|em anexo|zu bestätigen|noch zu klären|im anhang|te bevestigen|in de bijlage|att bekräfta|i bilagan|do potwierdzenia|w załączniku|требует подтверждения|во вложении|待确认|待確認|要確認|확인 필요)(?![\p{L}])/iu;
/** "Anwalt hat freigegeben", "Legal has signed off": a capitalised subject, an auxiliary, one to three words. */
const SOMEONE_DID =
  /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s+(?:has|have|hat|haben|ist|a|ont|est|ha|han|har|heeft|hebben|är|er|on|jest|ma)\s+\p{L}+(?:\s+\p{L}+){0,2}$/u;

/** "postponed to v1.1", "verschoben auf Q3", "v1.1 に延期", "推迟到下个版本": the work moved later — when it happens. */
const MOVED_LATER =
  /(?:^|[^\p{L}])(?:postponed|deferred|pushed|moved|slipped|verschoben|reporté|reportée|aplazad[oa]|pospuest[oa]|rinviat[oa]|posticipat[oa]|adiad[oa]|uitgesteld|uppskjuten|uppskjutet|utsatt|udskudt|przesunięte|odłożone|перенесено|перенесли|відкладено|ertelendi)\s+(?:to|until|till|auf|nach|à|au|a|al|para|naar|tot|till|på|til|na|do|на|до)\s+\S|(?:に|まで)延期|延期(?:到|至)|推迟到|延后到|(?:으로|로) 연기/iu;

/** Whether the inner text of a closing parenthesis is one of the notes above. */
export function isNoteParen(inner: string): boolean {
  const said = inner.replace(/[*_`~]/g, "").replace(/\s+/g, " ").trim();
  if (!said) return false;
  // "(call x4455, 24/7)": round the clock, not the 24th of July.
  return DATE.test(said.replace(/(?<![\d/])24\/7(?![\d/])/g, "")) || WEEK.test(said) || FOR_NOW.test(said) || ELSEWHERE.test(said) || SOMEONE_DID.test(said) || MOVED_LATER.test(said);
}

/** The tail after the last spaced dash; a dash between figures ("01:00–05:00", "3–5") belongs to the tail. */
const DASH_TAIL = /\s+[—–]\s+((?:[^—–()（）]|(?<=\d)[—–](?=\d)){1,60})$/u;
const MAX_TAIL_WORDS = 6;

/** Where a closing dash tail that schedules the work ("— Agentur liefert KW 51") starts, or -1. */
export function scheduleTailStart(title: string): number {
  const m = title.match(DASH_TAIL);
  if (!m || m.index! <= 0) return -1;
  // "… for Nov 29 – Dec 3": a dash joining two dates is one phrase (recognise/date-ranges.ts).
  if (joinsRange(title, m.index!, m.index! + m[0].length - m[1]!.length)) return -1;
  const tail = m[1]!.trim();
  if (tail.split(/\s+/).length > MAX_TAIL_WORDS) return -1;
  return WEEK.test(tail) || DATE.test(tail) ? m.index! : -1;
}

/** "（延期到 3.9，不做了）", "(moved to Q2, won't do)": a parenthesis of clauses whose last is only a state. */
export function closingClauseState(inner: string): ItemStatus | null {
  const clauses = inner.replace(/[*_`~]/g, "").split(/\s*[,，、;；]\s*/u).filter(Boolean);
  if (clauses.length < 2 || clauses.length > 3) return null;
  return stateOnly(clauses[clauses.length - 1]!.replace(/[.。!！]+$/u, "").trim());
}
