import { stateOnly } from "../status-words";
import type { ItemStatus } from "../types";

// A labelled state followed by when or where it happened: "Status: closed at the audit", "Stato:
// chiusa in sede di audit", "Status: erledigt im Review", "Statut : clôturé lors de la revue". The
// state opens the value and a preposition of time or place starts the rest; a careful reader takes
// the state and reads the rest as its circumstance. Any other continuation ("done with the old API,
// now the new one", "concept ready, build starts in week 2") is an account, not a single state.

const PREPOSITIONS = [
  "at", "in", "on", "during", "since", "after", "by", // en
  "bei", "im", "am", "während", "seit", "nach", // de
  "lors", "pendant", "depuis", "après", "le", "en", // fr
  "durante", "desde", "tras", "el", // es, pt
  "a", "al", "alla", "nel", "nella", "dal", "dalla", "dopo", "il", // it
  "em", "no", "na", "após", // pt
  "tijdens", "op", "bij", "sinds", // nl
  "vid", "under", "efter", "sedan", "ved", "etter", // sv, da, no
  "w", "we", "podczas", "po", "od", // pl
  "u", "tokom", "tijekom", "nakon", "od", "med", // sr, hr, sl
  "в", "во", "на", "после", "при", "під", "у", // ru, uk, bg, mk
];
const PREPOSITION = new Set(PREPOSITIONS);

/** The state a labelled value opens with, before a preposition of time or place; null otherwise. */
export function stateThenWhere(value: string): ItemStatus | null {
  const words = value.trim().split(/\s+/).slice(0, 8);
  // The state is one to three words ("closed", "in progress", "won't do"), then the preposition.
  for (let n = 1; n <= 3 && n < words.length; n++) {
    if (!PREPOSITION.has(words[n]!.toLowerCase())) continue;
    const state = stateOnly(words.slice(0, n).join(" "));
    if (state) return state;
  }
  return null;
}
