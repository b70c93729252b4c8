import type { ItemChanges } from "./schemas";
import { isClosed, type Priority, type Status } from "@/lib/domain/items";

// What else changes when status or priority changes: the timestamps follow the status, a blocked
// item needs a reason, triage time follows the first priority. Pure, so it is tested on its own.

export type ItemState = {
  status: Status;
  priority: Priority | null;
  blockedReason: string | null;
  startedAt: Date | null;
  completedAt: Date | null;
  triagedAt: Date | null;
  dueAt?: Date | null;
  dueOverrideReason?: string | null;
};

export type Derived = Partial<Pick<ItemState, "blockedReason" | "startedAt" | "completedAt" | "triagedAt">>;

export class TransitionError extends Error {
  constructor(
    public readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

export function deriveTransition(before: ItemState, changes: ItemChanges, now: Date): Derived {
  const out: Derived = {};
  const status = changes.status ?? before.status;
  if (changes.status && changes.status !== before.status) {
    if (status === "not_started") {
      out.startedAt = null;
      out.completedAt = null;
    } else if (isClosed(status)) {
      out.completedAt = now;
      if (status === "done" && !before.startedAt) out.startedAt = now;
    } else {
      // in progress or blocked: work has started; reopening a closed item clears its completion.
      if (!before.startedAt) out.startedAt = now;
      if (before.completedAt) out.completedAt = null;
    }
  }
  if (status === "blocked") {
    const reason = changes.blockedReason !== undefined ? changes.blockedReason : before.blockedReason;
    if (!reason) throw new TransitionError("blockedReason", "blocked reason: say what the item is waiting for");
    if (changes.blockedReason !== undefined) out.blockedReason = reason;
  } else if (before.blockedReason !== null || changes.blockedReason) {
    out.blockedReason = null;
  }
  // A due date set by hand departs from the SLA, so it needs a reason (kept for the history).
  if (changes.dueAt && changes.dueAt.getTime() !== before.dueAt?.getTime()) {
    const reason = changes.dueOverrideReason !== undefined ? changes.dueOverrideReason : before.dueOverrideReason;
    if (!reason) throw new TransitionError("dueOverrideReason", "due date reason: say why this due date differs from the SLA");
  }
  if (changes.priority !== undefined && changes.priority !== before.priority) {
    if (before.priority === null && changes.priority !== null) out.triagedAt = now;
    if (changes.priority === null) out.triagedAt = null;
  }
  return out;
}
