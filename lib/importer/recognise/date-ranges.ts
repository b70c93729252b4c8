// "Book carrier pickups for Nov 29 – Dec 3", "Email calendar Nov 20 – Dec 2 approved", "Rota für 29.11. – 3.12.",
// "Workshops 10 – 12 March", "Roadmap Q1 – Q2", "Window 22:00 – 02:00": people set a range of dates or
// figures apart with a spaced dash as often as without one. A dash between two dates or figures joins
// them into one phrase; it never opens a remark or a field, so the readers that cut a title at a spaced
// dash skip it. A figure followed by a lower-case word ("v2 – 3 users affected") is not a range end.

const MONTHS =
  "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|" +
  "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|janv|févr|avr|juil|déc|" +
  "januar|februar|märz|juni|juli|oktober|dezember|jän|mär|okt|dez|" +
  "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|ene|abr|ago|dic|" +
  "gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|" +
  "janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|fev|" +
  "januari|februari|maart|mei|augustus|mrt|" +
  "augusti|desember|" +
  "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|янв|фев|апр|июн|июл|авг|сен|окт|ноя|дек";

/** The range's first end, closing the text before the dash: "Nov 29", "29.11.", "22:00", "2025", "Q1", "March". */
const FIRST_END = new RegExp(`(?:(?<![\\p{L}\\p{N}])(?:[Qq][1-4]|H[12])|(?<![\\p{L}\\p{N}.:/])\\d{1,4}(?:[.:/]\\d{1,4}){0,2}\\.?|(?<![\\p{L}])(?:${MONTHS})\\.?)$`, "iu");
/** The first end is a month named alone ("March – May"). */
const FIRST_MONTH = new RegExp(`(?<![\\p{L}])(?:${MONTHS})\\.?$`, "iu");
/** A quarter or half: "Q2", "H2". */
const PERIOD = /^(?:[Qq][1-4]|H[12])(?![\p{L}\p{N}])/u;
/** A month with its day: "Dec 3", "dic. 3". */
const MONTH_DAY = new RegExp(`^(?:${MONTHS})\\.?\\s?\\d{1,2}(?!\\d)`, "iu");
/** A month named alone: "May", "mars". */
const MONTH_ALONE = new RegExp(`^(?:${MONTHS})\\.?(?![\\p{L}])`, "iu");
/** A figure or numeric date: "3", "3.12.", "02:00", "2026". */
const FIGURE = /^\d{1,4}(?:[.:/]\d{1,4}){0,2}\.?/u;
/** What may follow the second figure: a month name ("12 March"), or anything but a word. */
const AFTER_FIGURE = new RegExp(`^(?:\\s+(?:${MONTHS})(?![\\p{L}])|(?![\\p{L}\\p{N}])(?!\\s+\\p{L}))`, "iu");

/** Whether the text after a dash opens the range's second end, given how the first ended. */
function opensSecondEnd(after: string, firstIsMonth: boolean): boolean {
  if (PERIOD.test(after) || MONTH_DAY.test(after)) return true;
  // "March – May"; "10 – May" only with a capital ("5 – may need a review" is a remark).
  const month = after.match(MONTH_ALONE);
  if (month) return firstIsMonth || /^\p{Lu}/u.test(month[0]);
  const figure = after.match(FIGURE);
  return !!figure && AFTER_FIGURE.test(after.slice(figure[0].length));
}

/**
 * Whether the spaced dash at [start, end) of the text joins two dates or figures into a range
 * ("Nov 29 – Dec 3", "10 – 12 March", "Q1 – Q2", "29.11. – 3.12.").
 */
export function joinsRange(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start).replace(/[\s*_\u0001\u0002]+$/u, "");
  if (!FIRST_END.test(before)) return false;
  const after = text.slice(end, end + 40).replace(/^[\s*_\u0001\u0002]+/u, "");
  return opensSecondEnd(after, FIRST_MONTH.test(before));
}

/** The first match of a dash pattern (global) that does not join a range, or null. */
export function dashNotInRange(text: string, pattern: RegExp): RegExpMatchArray | null {
  for (const m of text.matchAll(pattern)) if (!joinsRange(text, m.index!, m.index! + m[0].length)) return m;
  return null;
}
