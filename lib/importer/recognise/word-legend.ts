import { parseStatus } from "../clean";
import { statusWordIn } from "../status-words";
import type { ItemStatus } from "../types";
import { linesWith } from "./lines-with";

// A note that says what a tracker's state word means in this document: `"closed" = we dropped it`,
// `Resolved means won't fix here`, `„erledigt“ bedeutet: verworfen`. Trackers reuse one word for
// several outcomes (a closed ticket may be done or dropped), and the team's note is how a reader
// knows which; the word then keeps that meaning in the document's status cells.

/** A status word (quoted or not, one to three words), "=" or "means", then what it means. */
const NOTE = /(?:^|[\s(])["'“„‘«]?([\p{L}][\p{L}' ]{0,24}?)["'”“’»]?\s*(?:=|:=|\bmeans\b|\bmeaning\b|\bbedeutet\b|\bsignifie\b|\bsignifica\b|\bbetekent\b)\s*:?\s*([^.;)\n]{1,80})/giu;

/** "not done", "not to do", "nicht erledigt": a negated state is what the word does not mean. */
const NEGATED = /(?<![\p{L}])(?:not|never|no longer|nicht|kein\p{L}*|pas|jamais|niet|geen|nunca|non|no)\s+(?:\p{L}+\s+)?\p{L}+/giu;

/**
 * Each state word the document redefines, lower-cased → the state its note says. Only a word that
 * is a state already counts, and only when the note names a different one (`"done" = merged`
 * restates nothing).
 */
export function wordLegendOf(text: string): Map<string, ItemStatus> {
  const legend = new Map<string, ItemStatus>();
  // Only lines with "=" or a "means" word are looked at (found in one search, recognise/lines-with.ts).
  for (const line of linesWith(text, /=|\bmeans?\b|\bmeaning\b|\bbedeutet\b|\bsignifie\b|\bsignifica\b|\bbetekent\b/iu, "js")) {
    // A note is a sentence or two; a longer line is prose, whatever it says.
    if (line.length > 500) continue;
    for (const m of line.matchAll(NOTE)) {
      const word = m[1]!.trim();
      if (word.split(/\s+/).length > 3) continue;
      const own = parseStatus(word);
      const said = statusWordIn(m[2]!.replace(NEGATED, " "));
      if (own && said && said !== own && !legend.has(word.toLowerCase())) legend.set(word.toLowerCase(), said);
    }
  }
  return legend;
}
