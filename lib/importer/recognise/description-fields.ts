import { findPriorityLabel } from "../priority";
import { stateOnly } from "../status-words";
import type { ItemStatus } from "../types";
import { CJK_PRIORITY_NOUNS, PRIORITY_NOUNS } from "../vocabulary";

// What an entry's description says of it in so many words: a labelled priority anywhere in it
// ("… runs 12–16 Jan. Priority: high.", "Priorita: vysoká"), and a state opening it with the date
// it was reached ("done 2 Dec, moved to Glacier", "hotovo 2. 12., přesun do S3"). A reader takes
// both; a priority or state word without its label or date is just prose.

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const NOUNS = [...PRIORITY_NOUNS, ...CJK_PRIORITY_NOUNS].sort((a, b) => b.length - a.length).map(escape).join("|");
/** "Priority: high", "Priorität – hoch", "優先度：高": the noun, a colon or dash, then a short value up to a break. */
const LABELLED = new RegExp(`(?<![\\p{L}])(?:${NOUNS})\\s*[:：=–—]\\s*([^.,;:()\\n]{1,24})(?=[.,;)]|\\s*$)`, "iu");

/** The priority a description labels outright, or null. */
export function labelledPriority(description: string): string | null {
  const m = description.match(LABELLED);
  return m ? findPriorityLabel(m[1]!.trim()) : null;
}

/** A state, then a date, then a comma: "done 2 Dec, …", "erledigt 03.12.; …", "hotovo 2. 12., …". */
const STATE_THEN_DATE = /^([^\d,;:.]{1,30}?)\s+\d[\d./\s-]{0,12}(?:\s\p{L}{3,9}\.?)?\s*[,;:]/u;

/** The finished or dropped state a description opens with when a date follows it, or null. */
export function stateThenDate(description: string): ItemStatus | null {
  const m = description.trim().match(STATE_THEN_DATE);
  // Only a state reached on a day — finished or dropped; "Review 3 PRs, …" is work to do.
  const state = m ? stateOnly(m[1]!) : null;
  return state === "done" || state === "wont_do" ? state : null;
}
