import type { ChecklistKind, Priority, Severity, Status } from "@/lib/domain/items";

// Human labels for the item enums, shared by the table, the item page, triage and the palette.

export const STATUS_LABELS = {
  not_started: "Not started",
  in_progress: "In progress",
  blocked: "Blocked",
  done: "Done",
  wont_do: "Won't do",
} as const satisfies Record<Status, string>;

export const PRIORITY_LABELS = { P0: "P0 · Critical", P1: "P1 · High", P2: "P2 · Medium", P3: "P3 · Low" } as const satisfies Record<Priority, string>;

export const SEVERITY_LABELS = { critical: "Critical", high: "High", medium: "Medium", low: "Low" } as const satisfies Record<Severity, string>;

export const CHECKLIST_LABELS = { acceptance: "Acceptance criteria", action: "Action items", file: "Files" } as const satisfies Record<ChecklistKind, string>;

export type { Priority, Severity, Status } from "@/lib/domain/items";

/** "2 h", "1.5 d" (8-hour days), "3 w" (40-hour weeks): effort as people say it. */
export function formatEffort(hours: number | null): string {
  if (hours === null) return "—";
  if (hours < 8) return `${+hours.toFixed(1)} h`;
  if (hours < 40) return `${+(hours / 8).toFixed(1)} d`;
  return `${+(hours / 40).toFixed(1)} w`;
}
