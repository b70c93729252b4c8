import { findPriorityLabel } from "../priority";
import { PRIORITY_NOUNS } from "../vocabulary";

// A record's prose often ranks it in a short sentence of its own: "About 40 crashes a week. High
// priority, look at it first.", "Hohe Priorität.", "Yüksek öncelikli, önce bakılmalı." A careful
// reader takes that as the item's priority. Only a sentence (or its first clause) that is nothing
// but a level and a priority noun counts; a priority word inside a longer sentence ("the priority is
// high for sales", "we lowered its priority last week") is a remark, not a rank.

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A priority noun opening a word ("priority", "Priorität", "öncelikli"): the noun with an ending. */
const NOUN = new RegExp(`(?:^|\\s)(?:${PRIORITY_NOUNS.map(escape).join("|")})\\p{L}{0,4}(?:$|\\s)`, "iu");
/** A clause of one to three words opening the text or following a sentence end, closed by a stop or a comma. */
const CLAUSE = /(?:^|[.!?。][*_]{0,2}\s+|\n)[*_]{0,2}([\p{L}][\p{L}-]*(?:\s+[\p{L}][\p{L}-]*){1,2})[*_]{0,2}(?=\s*(?:[.,;!。，]|$))/gmu;

/** The priority a short sentence of the prose gives, or null. */
export function sentencePriority(prose: string): string | null {
  for (const m of prose.matchAll(CLAUSE)) {
    const phrase = m[1]!;
    if (!NOUN.test(phrase)) continue;
    const label = findPriorityLabel(phrase);
    if (label) return label;
  }
  return null;
}
