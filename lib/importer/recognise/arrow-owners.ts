// "Commander les sapins chez le pépiniériste → Sophie", "Affiches + mot dans les cahiers → Nadia, avant
// le 1er décembre", "Reply to the access survey → Amira": minutes that hand each entry to someone with an
// arrow. The name after the arrow is who does it, and what follows the name (a deadline, how they will
// do it) is about their part; none of it is the task. A single arrow before a capitalised word can be a
// change of product ("Segment → Rudderstack"), so the reading needs the document's habit: at least two
// entries closing on an arrow and a name.

/** An arrow, one capitalised given name, then the end, a comma and a remark, or a lower-case clause. */
const ARROW_OWNER = /\s+(?:→|->|=>|⇒)\s+[*_]{0,2}(\p{Lu}\p{Ll}+)[*_]{0,2}(?:\s*[,;:]\s*\S[^→]{0,100}|\s+\p{Ll}[^→]{0,100})?$/u;
const MIN_ENTRIES = 2;

export interface ArrowOwner {
  /** Where the arrow starts. */
  index: number;
  owner: string;
  /** What the line says after the name ("avant le 1er décembre"), if anything. */
  remark: string;
}

/** The owner an entry hands its work to with an arrow, or null. */
export function arrowOwner(title: string): ArrowOwner | null {
  const m = title.match(ARROW_OWNER);
  if (!m || m.index! === 0) return null;
  const remark = m[0].replace(/^\s*\S+\s+[*_]{0,2}\p{Lu}\p{Ll}+[*_]{0,2}\s*[,;:]?\s*/u, "").trim();
  return { index: m.index!, owner: m[1]!, remark };
}

/** Whether the document's entries hand work to people with arrows (two or more do). */
export function handsOutByArrow(titles: readonly string[]): boolean {
  let n = 0;
  for (const title of titles) if (arrowOwner(title) && ++n >= MIN_ENTRIES) return true;
  return false;
}
