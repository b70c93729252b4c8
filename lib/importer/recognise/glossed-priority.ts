// "### 반드시 반영 (Must)", "### Empfohlen (Should)": a heading named in its own language and glossed, in parentheses, by a priority word; the gloss ranks the section as the word alone would.

import { findPriorityLabel } from "../priority";

/** A name then one parenthesis at the end, ASCII or full-width (linear: one lazy run, then a bounded class). */
const GLOSSED = /^([^()（）]+?)\s*[(（]([^()（）]{2,40})[)）]\s*$/u;

/** The priority the heading's parenthesised gloss names, when the name before it names none; else null. */
export function glossedPriority(raw: string): string | null {
  const m = raw.match(GLOSSED);
  if (!m) return null;
  const [name, gloss] = [m[1]!.trim(), m[2]!.trim()];
  if (!/\p{L}/u.test(name) || findPriorityLabel(name, { headingOnly: true })) return null;
  // The whole gloss must be the priority word ("Must", "Nice to have", "P1"), not a remark that mentions one.
  const label = findPriorityLabel(gloss, { headingOnly: true });
  return label && gloss.split(/\s+/).length <= 3 ? label : null;
}
