// When or where a state happened, said right after the state word that closes an entry: "— done
// 02.12", "(fixed 1.4.2)", "✔ erledigt am 3.12.", "— terminé le 4 déc.", "— сделано 02.12",
// "✅ shipped in v2.3", "— poprawione w wersji 8.3 (sprawdzone 28.11)", "— merged in #2291".
// A reader takes the state and drops the date, version or reference with it: they say when, not what.
// A state word followed by anything else ("— done with the old API, now the new one") is not a tail.

/** A preposition before the date or version, in the languages of the vocabulary. */
const PREPOSITION = "(?:on|in|at|by|since|with|am|im|ab|seit|mit|le|en|dans|depuis|el|desde|il|dal|nel|em|no|na|op|per|sinds|den|i|från|w|we|od|z|в|во|на|от|с|з|у|vom|vers|para)";
/** An article between the preposition and the release word ("dans la version", "in der Version", "in the release"). */
const ARTICLE = "(?:the|la|le|der|dem|de|het|el|il|a|o)";
/** A word that says the number is a release ("in version 8.3", "w wersji 8.3", "в версии 2.1"). */
const RELEASE = "(?:version|release|build|versi[oóò]n|versione|versie|vers[ãa]o|wersji|wersja|версии|версія|версії|relea[sz]e|sürüm(?:ü|de|ünde)?|v\\.?)";
/** A date, version or reference: "02.12", "2026-12-02", "3.12.", "01/dic", "1.4.2", "v2.3", "#2291", "KW 49", "4 déc.", "Dec 3, 2026". */
const VALUE =
  "(?:v?\\d{1,4}(?:[./-]\\d{1,4}){0,2}\\.?|\\d{1,2}[./-]\\p{L}{3,9}\\.?|#\\d+|(?:kw|cw|wk|week|sprint)\\s*\\d{1,2}|\\d{1,2}\\.?\\s+\\p{L}{3,12}\\.?(?:\\s+\\d{4})?|\\p{L}{3,12}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?)";

/**
 * The tail after a state word, as a regex source with no capture groups: optional preposition,
 * optional release word, one value, then at most one short parenthetical remark.
 */
export const STATE_WHEN = `(?:\\s+(?:${PREPOSITION}\\s+)?(?:${ARTICLE}\\s+)?(?:${RELEASE}\\s*)?${VALUE}(?:\\s*\\([^()]{1,60}\\))?)`;

/**
 * How far the work has got, said after the state and a comma: "— in progress, 31 of 58", "(läuft, 3/5)",
 * "— בביצוע, 31 מתוך 58", "— en cours, 60 %". A count or a share is a remark on the state, not title text.
 */
export const STATE_PROGRESS = `(?:\\s*[,;]\\s*(?:\\d{1,5}\\s*(?:/|\\s\\p{L}{1,8}\\s)\\s*\\d{1,5}|\\d{1,3}(?:[.,]\\d)?\\s*%))`;
