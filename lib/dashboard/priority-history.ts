import type { ByPriority, PriorityKey, ProgressWeek } from "./progress-week";
import { isItemRecord, noActionLeft, type AuditRecord } from "@/lib/domain/audit-record";
import { isClosed, type Priority } from "@/lib/domain/items";

// The weekly counts are grouped by each item's priority today. An item triaged or re-prioritised
// within the window belongs, for the weeks before the change, under the priority it had then:
// the audit log has every change (edits, triage, bulk edits, re-imports). This moves those items'
// counts to the priority they had at each week's end (open) or when they were done (throughput).

/** One item whose priority changed in the window, with what the counts need of it. */
export interface PriorityTrail {
  current: PriorityKey;
  createdAt: Date;
  completedAt: Date | null;
  status: string;
  /** Its priority changes in time order: `from` is what it was until `at`. */
  changes: { at: Date; from: PriorityKey }[];
}

const DAY = 86_400_000;

/**
 * The priority an item had before a history entry changed it, or undefined when the entry changes
 * no priority. An item's own creation is not a change (its first priority is in the counts already).
 */
export function priorityBefore(record: AuditRecord): Priority | null | undefined {
  if (!isItemRecord(record)) return undefined;
  switch (record.action) {
    case "item.update":
    case "item.status":
    case "item.bulk_update":
    case "item.import_update": {
      const { before, after } = record;
      if (after.priority === undefined || (before.priority ?? null) === after.priority) return undefined;
      return before.priority ?? null;
    }
    case "item.create":
    case "item.delete":
    case "item.import_missing":
    case "item.checklist_add":
    case "item.checklist_remove":
    case "item.checklist_tick":
    case "item.checklist_untick":
    case "item.criterion_link":
    case "item.criterion_unlink":
    case "item.link":
    case "item.unlink":
    case "item.comment_add":
    case "item.comment_edit":
    case "item.comment_delete":
    case "item.github":
      return undefined;
    default:
      noActionLeft(record);
      return undefined;
  }
}

/** The priority the item had at `t`: the `from` of its first change after `t`, else today's. */
function priorityAt(trail: PriorityTrail, t: Date): PriorityKey {
  return trail.changes.find((c) => c.at > t)?.from ?? trail.current;
}

function move(counts: ByPriority, from: PriorityKey, to: PriorityKey) {
  if (from === to) return;
  counts[from] -= 1;
  counts[to] += 1;
}

/**
 * Corrects `weeks` in place. An item counts as open at a week's end exactly when the grouped scan
 * counted it (open when the window started or created since, and not closed since), so only
 * counts that exist are moved and every week's total stays the same.
 */
export function applyPriorityHistory(weeks: ProgressWeek[], first: Date, trails: PriorityTrail[]): void {
  for (const trail of trails) {
    const closedAt = isClosed(trail.status) ? trail.completedAt : null;
    const openAtStart = trail.createdAt < first && (trail.completedAt === null || trail.completedAt >= first);
    weeks.forEach((week, i) => {
      const end = new Date(first.getTime() + (i + 1) * 7 * DAY);
      const counted = (openAtStart || (trail.createdAt >= first && trail.createdAt < end)) && !(closedAt && closedAt >= first && closedAt < end);
      if (counted) move(week.open, trail.current, priorityAt(trail, end));
    });
    if (trail.status === "done" && trail.completedAt && trail.completedAt >= first) {
      const i = Math.floor((trail.completedAt.getTime() - first.getTime()) / (7 * DAY));
      if (i >= 0 && i < weeks.length) move(weeks[i]!.done, trail.current, priorityAt(trail, trail.completedAt));
    }
  }
}
