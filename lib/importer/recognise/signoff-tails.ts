// Sign-offs closing checklist lines: "— MK", "— LH", "—— 刘洋", "—— 赵强 12/03" — the initials or the
// name of whoever ticked the line (checklists that ask to "initial when done"), not what to do. The
// shape must repeat: two or more of the document's lines close with it, so one acronym after a dash
// ("Expose metrics — API") is not read as a person.

/** A spaced dash (or a CJK double dash, spaced or not), then upper-case initials or a short CJK name, then an optional date. */
const SIGNOFF =
  /(?:\s+[—–-]{1,2}\s+|\s*——\s*)(\p{Lu}{2,3}|[\p{Script=Han}\p{Script=Hangul}]{2,4})(?:\s+\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?)?\s*$/u;

/** Where a sign-off closing the title starts, and who signed; null when there is none. */
export function signoffTail(title: string): { index: number; who: string } | null {
  const m = title.match(SIGNOFF);
  return m && m.index! > 0 ? { index: m.index!, who: m[1]! } : null;
}

/** Whether the document's titles close with sign-offs (two or more do). */
export function signsOff(titles: readonly string[]): boolean {
  let n = 0;
  for (const title of titles) if (signoffTail(title) && ++n >= 2) return true;
  return false;
}
