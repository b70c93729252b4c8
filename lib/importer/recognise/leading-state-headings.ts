import { stateOnly } from "../status-words";
import type { ItemStatus } from "../types";

// "## Done since last triage", "## Shipped this sprint", "## Erledigt seit dem letzten Termin",
// "## Terminé cette semaine", "## Bloqueado desde el lunes", "### Planned for 2.4": a board's state
// column named with when. The state word opens the heading and a time phrase follows it (since, this, last, in,
// during, for…): the section's entries are in that state, as under "## Done". The state is read only
// when the words after it open with such a time word, so "Done criteria" or "Blocked ports" stay.

const WHEN = new RegExp(
  "^(?:" +
    [
      // "Planned for 2.4", "Geplant für Q3": the release or period the state is for
      "for", "für", "pour", "para", "per", "voor", "för", "til",
      "since", "this", "last", "in", "during", "before", "after", "until", "so far", "to date", "recently", "earlier", "yesterday", "today", "previously", "as of", "on",
      "seit", "diese[rsmn]?", "letzte[rsmn]?", "im", "in der", "bis", "bisher", "zuletzt", "vor", "nach", "am",
      "depuis", "cette", "ce", "cet", "la semaine", "le mois", "dernièrement", "jusqu'ici", "en",
      "desde", "este", "esta", "durante", "hasta", "el", "la", "en el", "en la",
      "dal", "dalla", "da", "questa", "questo", "nel", "nella", "finora",
      "desde", "nesta", "neste", "no", "na", "até",
      "sinds", "deze", "vorige", "afgelopen", "tot nu",
      "sedan", "denna", "detta", "förra",
      "od", "w tym", "w", "do",
      "с", "в", "на этой", "за",
      "ta", "ta teden", "prejšnji", "od", "ovaj", "ove", "ovog", "prošli", // sl, hr/sr
      "tento", "tento týden", "tällä", "viime", "ezen", "ezen a", "bu", "geçen", "tuần này", "minggu ini", // cs, fi, hu, tr, vi, id
    ].join("|") +
    ")(?![\\p{L}])",
  "iu",
);

/** State words that open ordinary headings too ("Open in the browser", "New in this release", "Live on …"). */
const AMBIGUOUS = /^(?:open|new|live|running|building|started|ready|closed|released|landed|merged)$/i;

/** "Already" before the state ("## Already fixed in 4.12", "## Bereits erledigt seit Montag"): the same state, said as news. */
const ALREADY = /^(?:already|bereits|schon|déjà|ya|già|já|al|redan|allerede|allaqachon|już|juz|уже|вже|вече|već|již|už|zaten|jo|már|jau|sudah|đã)\s+/iu;

/** The state a heading opens with when a time phrase follows it; null otherwise. */
export function leadingStateOfHeading(raw: string): ItemStatus | null {
  const opened = raw.replace(/^[^\p{L}\p{N}]+/u, "");
  // "## Вече направено", "## Už hotovo": "already" and a state alone say the section's state too.
  if (ALREADY.test(opened)) {
    const rest = opened.replace(ALREADY, "");
    const alone = AMBIGUOUS.test(rest.trim()) ? null : stateOnly(rest);
    if (alone) return alone;
  }
  const words = opened.replace(ALREADY, "").split(/\s+/);
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const said = words.slice(0, n).join(" ");
    const status = AMBIGUOUS.test(said) ? null : stateOnly(said);
    if (status && WHEN.test(words.slice(n).join(" "))) return status;
  }
  return null;
}
