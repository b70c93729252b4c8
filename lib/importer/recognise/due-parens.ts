import { MONTH_NAME } from "./when-clauses";

// "(termen 10 ianuarie)", "(Frist 12.3.)", "(échéance 4 déc.)", "(plazo 15 de enero)": the word for a
// deadline in another language, then a calendar date. Like "(due Friday)" it says when, not what, and
// a careful reader drops it from the title. Only a date counts — a day and a month, in figures or with
// the month's name — so "(Frist: 3 Monate)", a notice period, is what to observe and stays.

const DUE_WORD = "termen|termin|termín|frist|fällig(?: am| bis)?|bis|échéance|avant le|plazo|fecha límite|scadenza|entro il|prazo|até|срок|до|термін|határidő|määräaika|son tarih|uiterlijk|senast|deadline";
/** A month's name or its abbreviation, by its first letters, in Latin and Cyrillic script ("(до 28 лютого)"). */
const MONTH = MONTH_NAME;
const DATE = `(?:\\d{1,2}[./-]\\d{1,2}(?:[./-]\\d{2,4})?\\.?|\\d{1,2}\\.?\\s+(?:de\\s+)?${MONTH}(?:\\s+\\d{4})?)`;
const DUE_PAREN = new RegExp(`^(?:${DUE_WORD})\\s*[:：]?\\s*${DATE}$`, "iu");

/** Whether a parenthesis (its inside) is a deadline word and a date (see above). */
export const isDueDate = (said: string): boolean => DUE_PAREN.test(said.trim());
