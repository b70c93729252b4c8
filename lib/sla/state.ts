// SLA state of an item from its due date (due.ts computes due dates from the policy); state-sql.ts
// is the same rule in SQL. Free of server code: the browser shows these states and their labels.

import { isClosed } from "@/lib/domain/items";

/** The default share of a window (start → due) below which an open item is "at risk". */
export const DEFAULT_AT_RISK_SHARE = 0.2;

export const SLA_STATES = ["on_track", "at_risk", "overdue", "none"] as const;
export type SlaState = (typeof SLA_STATES)[number];

/** The rule for items already loaded (the item page, optimistic updates); state-sql.ts has it in SQL. */
export function slaState(
  item: { status: string; dueAt: Date | null; slaStartedAt?: Date | null; triagedAt: Date | null; createdAt: Date },
  now = new Date(),
  atRiskShare = DEFAULT_AT_RISK_SHARE,
): SlaState {
  if (isClosed(item.status) || !item.dueAt) return "none";
  const due = item.dueAt.getTime();
  if (due < now.getTime()) return "overdue";
  const start = (item.slaStartedAt ?? item.triagedAt ?? item.createdAt).getTime();
  return now.getTime() >= due - (due - start) * atRiskShare ? "at_risk" : "on_track";
}

export const SLA_LABELS: Record<SlaState, string> = { overdue: "Overdue", at_risk: "At risk", on_track: "On track", none: "—" };
