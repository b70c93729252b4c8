// The backlog's words, defined once. The database enums (db/schema.ts) are built from these lists,
// label tables are checked against them (`satisfies Record<Status, string>`), and every "is it
// closed?" question asks isClosed or the SQL in ./item-sql.ts: adding a status is one edit here,
// and the compiler then lists every table and switch that must learn it. Client-safe (no imports).

export const STATUSES = ["not_started", "in_progress", "blocked", "done", "wont_do"] as const;
export type Status = (typeof STATUSES)[number];

/** A closed item needs no more work: it leaves the triage inbox, the SLA clock and the open counts. */
export const CLOSED_STATUSES = ["done", "wont_do"] as const satisfies readonly Status[];
export const OPEN_STATUSES = STATUSES.filter((s) => !(CLOSED_STATUSES as readonly Status[]).includes(s));

export const isClosed = (status: string): boolean => (CLOSED_STATUSES as readonly string[]).includes(status);

const closedList = CLOSED_STATUSES.map((s) => `'${s}'`).join(", ");
/** The predicates as SQL text, for db/schema.ts's partial indexes; queries use ./item-sql.ts. */
export const CLOSED_PREDICATE = `status in (${closedList})`;
export const OPEN_PREDICATE = `status not in (${closedList})`;

export const PRIORITIES = ["P0", "P1", "P2", "P3"] as const;
export type Priority = (typeof PRIORITIES)[number];

export const SEVERITIES = ["critical", "high", "medium", "low"] as const;
export type Severity = (typeof SEVERITIES)[number];

export const CHECKLIST_KINDS = ["acceptance", "action", "file"] as const;
export type ChecklistKind = (typeof CHECKLIST_KINDS)[number];

/** How an item points at something: another item it blocks or relates to, a runbook, a metric. */
export const LINK_KINDS = ["blocks", "relates", "runbook", "metric"] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export const METRIC_DIRECTIONS = ["lower_is_better", "higher_is_better"] as const;
export type MetricDirection = (typeof METRIC_DIRECTIONS)[number];
