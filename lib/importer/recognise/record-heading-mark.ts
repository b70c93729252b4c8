import type { ItemStatus } from "../types";
import { leadingStateMark } from "./state-marks";

// A record heading opened by a state mark ("### ✅ P0-001: Title", "### ⛔ Rate limiting") says the
// record's state the way a **Status:** field would; the mark is not part of the key or the title.

/** The heading text without its leading state mark, and the state the mark gives (legend first). */
export function recordHeadingMark(text: string, legend?: Map<string, ItemStatus>): { text: string; status: ItemStatus | null } {
  const marked = leadingStateMark(text.trimStart(), legend);
  // A mark alone is no title: "### ✅" stays as written.
  return marked && marked.rest.trim() ? { text: marked.rest, status: marked.status } : { text, status: null };
}
