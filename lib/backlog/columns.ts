// The backlog table's columns and which of them show. Key, title, priority and status always show;
// the others are optional, listed most important first. Unless the user chose otherwise, an
// optional column shows once the table's box is at least as wide as its `minWidth` (a CSS container
// query, so the first paint is right at any width and nothing is measured in the browser), which
// keeps every shown column inside the box on a 1366 or 1280 px laptop. A user's choice per column
// (`ColumnChoice`, stored in users.backlog_columns) wins over the width; a column they did not
// choose for keeps following it.

export const FIXED_COLUMNS = ["key", "title", "priority", "status"] as const;
export const OPTIONAL_COLUMNS = ["sla", "due", "assignee", "project", "category", "severity", "effort"] as const;
export type OptionalColumn = (typeof OPTIONAL_COLUMNS)[number];
export type BacklogColumn = (typeof FIXED_COLUMNS)[number] | OptionalColumn;

export const OPTIONAL_COLUMN_LABELS = {
  sla: "SLA",
  due: "Due",
  assignee: "Assignee",
  project: "Project",
  category: "Category",
  severity: "Severity",
  effort: "Effort",
} as const satisfies Record<OptionalColumn, string>;

/**
 * The narrowest table box (CSS px) at which each optional column shows by default. The table's CSS
 * (app/(app)/(pages)/backlog/_components/backlog-table.css) says the same in container queries; its test
 * holds the two equal.
 */
export const DEFAULT_MIN_WIDTH = {
  sla: { px: 560 },
  due: { px: 720 },
  assignee: { px: 880 },
  project: { px: 1000 },
  category: { px: 1180 },
  severity: { px: 1300 },
  effort: { px: 1400 },
} as const satisfies Record<OptionalColumn, { px: number }>;

/** Per optional column, shown (true) or hidden (false) by the user's choice; absent = by the width. */
export type ColumnChoice = Partial<Record<OptionalColumn, boolean>>;

/** A stored choice read back tolerantly: columns a later version dropped, or non-booleans, are ignored. */
export function readColumnChoice(stored: unknown): ColumnChoice {
  if (!stored || typeof stored !== "object" || Array.isArray(stored)) return {};
  const choice: ColumnChoice = {};
  for (const column of OPTIONAL_COLUMNS) {
    const value = (stored as Record<string, unknown>)[column];
    if (typeof value === "boolean") choice[column] = value;
  }
  return choice;
}

/** Whether a column shows in a box `boxWidth` px wide (what the menu's checkboxes say). */
export function isColumnShown(choice: ColumnChoice, column: OptionalColumn, boxWidth: number): boolean {
  return choice[column] ?? boxWidth >= DEFAULT_MIN_WIDTH[column].px;
}
