import { findPriorityLabel } from "../priority";
import { statusAroundDescription, statusWordIn } from "../status-words";
import type { ItemStatus } from "../types";
import { markStatus } from "./state-marks";

// "Migrate the scheduler — *high priority* — owner: Lena", "Archivar tablas — *baja* — ✅ ya hecho":
// after a title, a run of parts set apart by spaced em or en dashes, each saying one thing. A careful
// reader reads each part on its own: a part that is only a priority phrase is the priority, a part
// opening with a state mark or a state word is the state; the rest (an owner, a date, a reason) stays
// description. Reading the run whole misses a priority that is not its last part.

const PART_SEPARATOR = /\s+[—–]\s+/;
const STATE_MARK = /^([✅☑✔✓🚧❌⛔])\uFE0F?/u;

export function readDashParts(rest: string, legend?: Map<string, ItemStatus>): { priorityLabel: string | null; status: ItemStatus | null } {
  let priorityLabel: string | null = null;
  let status: ItemStatus | null = null;
  for (const raw of rest.split(PART_SEPARATOR)) {
    const part = raw.replace(/[*_]/g, "").replace(/^[\s—–-]+|[\s.]+$/g, "");
    if (!part) continue;
    const words = part.split(/\s+/);
    if (!priorityLabel && words.length <= 3) {
      priorityLabel = findPriorityLabel(part);
      if (priorityLabel) continue;
    }
    if (status) continue;
    const mark = part.match(STATE_MARK);
    // "✅ shipped in May", "ya hecho en diciembre", "parked until the budget is approved": the state is
    // said in the part's first words, what follows is when or why.
    status = (mark ? markStatus(mark[1]!, legend) : null) ?? statusAroundDescription(part) ?? statusWordIn(words.slice(0, 2).join(" "));
  }
  return { priorityLabel, status };
}
