import type { RootContent } from "mdast";
import { plainText } from "../markdown";
import { listLabel } from "./list-labels";

// "---" then "Written on the side of the board:" then a list: the rule closes the section above, and the
// line that leads into the list says what the list is. A reader takes such a list as the lead-in says —
// remarks, reminders, house rules — not as more entries of the column or backlog above the rule, unless
// the lead-in itself names work, a state or targets ("Next steps:", "Still open:", "Goals:") or the list has boxes.

/** A lead-in: one short line ending in a colon. */
const MAX_LEAD_IN_WORDS = 12;

/** True when the list at `nodes[i]` follows a thematic break and a lead-in line that names no work. */
export function isSetApartList(nodes: readonly RootContent[], i: number): boolean {
  const lead = nodes[i - 1];
  if (nodes[i]?.type !== "list" || lead?.type !== "paragraph" || nodes[i - 2]?.type !== "thematicBreak") return false;
  const text = plainText(lead).trim();
  if (!/[:：]$/u.test(text) || text.includes("\n") || text.split(/\s+/).length > MAX_LEAD_IN_WORDS) return false;
  const label = listLabel(lead);
  // "Goals for launch:" leads into targets, read as metrics where they stand; "Next steps:" into work.
  return !label || ((label.kind === null || label.kind === "notes") && !label.status && !label.priorityLabel);
}
