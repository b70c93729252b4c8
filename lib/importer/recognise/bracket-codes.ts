import type { FoundItem } from "../context";
import { findPriorityLabel } from "../priority";

// "La prioritat va entre claudàtors: **[A]** alta, **[M]** mitjana, **[B]** baixa." then entries
// "[A] Pujar la cobertura…": a document that defines its own priority codes in square brackets, each
// code followed by the level it stands for, and opens its entries with them. A careful reader takes
// the code as the entry's priority (the level its key names) and not as title. A bracketed code the
// document does not define ("[WIP]", "[x]") is left alone, and so is a key of fewer than two codes.

/** A paragraph longer than this is prose, not a key. */
const MAX_KEY = 600;
/** "[A] alta", "[M]: mitjana", "[1] = urgent": a code of one or two capitals or digits, then its word(s). */
const PAIR = /\[([\p{Lu}\p{N}]{1,2})\][ \t]*(?:[:=–—-][ \t]*)?([\p{L}][\p{L}'’]{0,24}(?:[ \t][\p{L}][\p{L}'’]{0,24}){0,2})/gu;
/** An entry's opening code: "[A] ", "[M]: ". */
const LEADING = /^\[([\p{Lu}\p{N}]{1,2})\]\s*:?\s+(?=\S)/u;

/** The codes the document's key defines, code → priority label ("A" → "High"); empty when none. */
export function bracketCodesOf(text: string): Map<string, string> {
  const codes = new Map<string, string>();
  if (!text.includes("[")) return codes;
  for (const paragraph of text.split(/\n[ \t]*\n/)) {
    if (paragraph.length > MAX_KEY || !paragraph.includes("[")) continue;
    const flat = paragraph.replace(/[*_`]/g, "").replace(/\s+/g, " ");
    // Entries are lines that open with a code; the key is prose that names several on one paragraph.
    if (LEADING.test(flat.trim()) && /\n\s*\[/.test(paragraph)) continue;
    const found = new Map<string, string>();
    for (const m of flat.matchAll(PAIR)) {
      const label = findPriorityLabel(m[2]!.trim());
      if (label && !found.has(m[1]!)) found.set(m[1]!, label);
    }
    if (found.size < 2) continue;
    for (const [code, label] of found) if (!codes.has(code)) codes.set(code, label);
  }
  return codes;
}

/** Entries opening with a code the key defines: the code goes from the title and ranks the entry. */
export function applyBracketCodes(items: FoundItem[], text: string): void {
  if (!items.some((item) => LEADING.test(item.title))) return;
  const codes = bracketCodesOf(text);
  if (codes.size === 0) return;
  for (const item of items) {
    const m = item.title.match(LEADING);
    const label = m ? codes.get(m[1]!) : undefined;
    if (!m || !label) continue;
    item.title = item.title.slice(m[0].length);
    item.priorityLabel ??= label;
  }
}
