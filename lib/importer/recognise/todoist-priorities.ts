import type { FoundItem } from "../context";

// Todoist's priority as its quick-add syntax writes it, closing a task: "… erneuern !!1", "… !!3"
// ("p1" … "p4" in its newer syntax are left alone: "p1" is also a P-token the priority reader knows,
// with another meaning). Todoist's priority 1 is its most urgent (red), 4 none: a careful reader takes
// "!!n" as "Priority n" on the numbered scale (README: Priority 1 → P0 … 4 → P3), and not as title.

/** " !!2" closing the title. */
const MARK = /\s+!!([1-4])\s*$/;

/** Items whose title closes with "!!n": the mark goes to the priority; true when any was read. */
export function readTodoistPriorities(items: FoundItem[]): boolean {
  let read = false;
  for (const item of items) {
    const m = item.title.match(MARK);
    if (!m || m.index === 0) continue;
    item.title = item.title.slice(0, m.index).trim();
    item.priorityLabel ??= `Priority ${m[1]}`;
    read = true;
  }
  return read;
}
