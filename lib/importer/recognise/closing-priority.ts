import { findPriorityLabel } from "../priority";

// A priority in a parenthesis that closes an entry's description, after an owner and a date:
// "**Automate TLS renewal** — Infra, before 30 April (High)", "— Ana, semana 12 (alta)". The
// parenthesis holds nothing but the level (a word, a P-level, or a level with its noun), the way a
// careful reader sees the last word of the line rank the entry. A parenthesis of more words
// ("(high availability matters)", "(see the low-level design)") is a remark, not a priority.

// A tick after it ("(Υψηλή) ✔") marks the entry done; the parenthesis still closes its description.
const CLOSING = /\(([^()]{1,40})\)[\s.]*(?:[✅✓☑✔]\uFE0F?\s*)?$/u;

/** The priority label of a closing "(High)" / "(P1)" / "(prioridad alta)", or null. */
export function closingPriority(description: string): string | null {
  const m = description.match(CLOSING);
  if (!m) return null;
  const inner = m[1]!.replace(/[*_`]/g, "").trim();
  const words = inner.split(/\s+/).length;
  if (!inner || words > 2) return null;
  // One word ("High", "Tinggi", "P1") is the level; two must be a level with its noun ("high priority").
  return words === 1 ? findPriorityLabel(inner) : findPriorityLabel(inner, { headingOnly: true });
}
