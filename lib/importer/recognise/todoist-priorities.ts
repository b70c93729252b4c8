import type { FoundItem } from "../context";
import { bangPriority } from "./bang-priorities";

// Todoist's priority as its quick-add syntax writes it, closing a task: "… erneuern !!1", "… !!3"
// ("p1" … "p4" in its newer syntax are left alone: "p1" is also a P-token the priority reader knows,
// with another meaning). Todoist's priority 1 is its most urgent (red), 4 none: a careful reader takes
// "!!n" as "Priority n" on the numbered scale (README: Priority 1 → P0 … 4 → P3), and not as title.

// The notation is bang-priorities.ts's, which title-tails.ts reads among a title's trailing fields;
// this is the same reading once more after the whole document's remarks and labels are off, which
// can leave a "!!n" closing the title that was not closing it before.

/** Items whose title closes with "!!n": the mark goes to the priority; true when any was read. */
export function readTodoistPriorities(items: FoundItem[]): boolean {
  let read = false;
  for (const item of items) {
    const mark = bangPriority(item.title);
    if (!mark) continue;
    item.title = item.title.slice(0, mark.index).trim();
    item.priorityLabel ??= mark.label;
    read = true;
  }
  return read;
}
