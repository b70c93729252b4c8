import type { ItemStatus } from "../types";
import { statusFromMark } from "../clean";

// How people type a box in a plain-text note: "[ ]" and "[]" open, "[x]" / "[v]" / "[✓]" / "[√]" ticked,
// "[~]" / "[/]" under way, "[-]" dropped. A note often names its group on the line right above its boxes
// ("Kitchen:", "URGENT") with no blank line between: that line is the group's label, not a task.

/** A box line: the mark inside the brackets (possibly none) and the words after it. */
export const BOX_LINE = /^\s*\[([ xX~\-/!vV✓✔√]?)\]\s+(\S.*)$/u;

/** A box's mark as a state: a tick in any of its typed forms is done, no mark is open. */
export function boxStatus(mark: string): ItemStatus {
  if (mark === "") return "not_started";
  return /^[vV✓✔√]$/u.test(mark) ? "done" : statusFromMark(mark);
}

/** "Kitchen:", "URGENT", "Heute erledigen:": a short line labelling the boxes under it. */
export function isBoxLabel(line: string): boolean {
  const t = line.trim();
  if (!t || t.length > 60 || t.split(/\s+/).length > 6 || BOX_LINE.test(t)) return false;
  const said = t.replace(/[:：]$/u, "");
  return /\p{L}/u.test(said) && (/[:：]$/u.test(t) || (/\p{Lu}/u.test(said) && !/\p{Ll}/u.test(said))) && !/[.!?]$/.test(said);
}
