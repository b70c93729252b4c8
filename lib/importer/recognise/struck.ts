import type { ItemStatus } from "../types";

// A struck-through task ("- [ ] ~~Submit for expedited review~~ — not needed") is crossed off the
// list. A careful reader asks how: the words after it say so when they can ("not needed", "out of
// scope", "archived instead" → dropped); otherwise a ticked box says done, and an open box says the
// writer crossed it off without doing it (someone who finished it would have ticked it): dropped.

const DROPPED =
  /\b(?:archived|not needed|no longer needed|unnecessary|out of scope|won'?t|dropped|cancell?ed|abandoned|skipped|obsolete|not doing|descoped|nicht mehr|verworfen|entfällt|descartad\p{L}*|abandonn\p{L}*|non necessari\p{L}*|desnecess\p{L}*|niet meer nodig|vervallen)\b|対応しない|不要|中止|見送り/iu;

/** The state of a struck-through task: `box` is its checkbox state, `remark` the words after it. */
export function struckStatus(box: ItemStatus, remark: string): ItemStatus {
  if (DROPPED.test(remark)) return "wont_do";
  return box === "not_started" ? "wont_do" : box;
}
