// "100% of in-scope systems have quarterly ASV scans", "95 % der Dienste nutzen das SDK": a key result
// that opens with a share of a population sets that share as a floor (README: "≥ 80%" → `>=`). The
// measure is the population with what it must have: English "X have Y" reads "X with Y", as a reader
// names it; in other languages the words stay as written.

/** "N% of", "N % der", "N% des", "N% de", "N% dei", "N% van de", "N % av", "N% z". */
const SHARE = /^(\d{1,3}(?:[.,]\d{1,2})?)\s*%\s+(?:of(?:\s+the)?|der|des|de(?:\s+l[ao]s?)?|du|del|dei|degli|delle|do|da|dos|das|van(?:\s+de)?|av|z|из)\s+(\S.{2,100})$/iu;
/** "systems have …" → "systems with …" (only the verb right after a short subject). */
const HAVE = /^((?:\S+\s+){0,5}?\S+)\s+(?:have|has)\s+/i;

/** The floor a leading share sets, or null when the sentence does not open with one. */
export function leadingShare(text: string): { name: string; target: number } | null {
  const m = text.trim().replace(/[.!]+$/, "").match(SHARE);
  if (!m) return null;
  const target = Number(m[1]!.replace(",", "."));
  if (!(target > 0 && target <= 100)) return null;
  const name = m[2]!.replace(HAVE, "$1 with ").trim();
  return { name: name.charAt(0).toUpperCase() + name.slice(1), target };
}
