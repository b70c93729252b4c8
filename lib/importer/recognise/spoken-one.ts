// "First response under one hour", "أقل من ساعة واحدة", "unter einer Stunde", "moins d'une heure": a
// target of one unit of time is said with the word for "one" (or "a"), not the digit. The sentence
// reader (metric-sentences.ts) finds a figure by its digits, so the word becomes "1" where it counts a
// unit of time: "one hour" → "1 hour", "ساعة واحدة" (hour one) → "1 ساعة". Any other "a" or "one" stays.

/** Units of time, per language (singular: one of them). */
const UNITS =
  "second|minute|hour|day|business day|working day|week|month|sekunde|minute|stunde|tag|werktag|woche|monat|seconde|heure|jour|semaine|mois|segundo|minuto|hora|día|dia|semana|mes|mês|secondo|ora|giorno|settimana|mese|seconde|minuut|uur|dag|werkdag|maand|sekund|minut|timme|timma|vecka|månad|sekunda|minuta|godzina|godziny|dzień|dnia|tydzień|tygodnia|miesiąc|секунды|минуты|часа|дня|недели|месяца|секунди|хвилини|години|дня|тижня|місяця";
/** The word for one (or the article that means one) before the unit. */
const ONE = "one|a|an|a single|eine|einer|einem|ein|une|un|d'une|d'un|una|uno|um|uma|un'|één|een|ett|jednej|jednego|jeden|jedna|одного|одной|одну|одна|один|однієї|одного|одну|однієї";
const BEFORE = new RegExp(`(?<![\\p{L}'])(?:${ONE})\\s*(?=(?:${UNITS})(?![\\p{L}]))`, "giu");
/** Arabic and Hebrew put the number after the noun: "ساعة واحدة", "يوم واحد", "שעה אחת", "יום אחד". */
const AFTER = /(?<![\p{L}])(ثانية|دقيقة|ساعة|يوم|أسبوع|شهر|שנייה|דקה|שעה|יום|שבוע|חודש)\s+(?:واحدة|واحد|אחת|אחד)(?![\p{L}])/gu;

/** The sentence with "one"/"a" before a unit of time written as the digit 1. */
export function oneAsDigit(text: string): string {
  // "moins d'une heure": the elided "de" stays, it is the comparison ("moins de 1 heure").
  return text.replace(BEFORE, (one: string) => (/^d'/i.test(one) ? "de 1 " : "1 ")).replace(AFTER, "1 $1");
}
