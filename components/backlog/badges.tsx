import { cn } from "@/lib/cn";
import { SLA_LABELS } from "@/lib/sla/state";
import { STATUS_LABELS, type Priority, type Status } from "@/lib/backlog/labels";
import type { SlaState } from "@/lib/sla/state";

// Small, colour-plus-text labels (never colour alone) for priority, status and SLA state. Each
// keeps its label on one line ("Not started", "Won't do"), so a narrow column never splits one.

const PRIORITY_STYLE: Record<Priority, string> = {
  P0: "bg-red-600 text-white",
  P1: "bg-orange-700 text-white dark:bg-orange-400 dark:text-black",
  P2: "bg-amber-200 text-amber-950 dark:bg-amber-300",
  P3: "bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100",
};

export function PriorityBadge({ priority }: { priority: Priority | null }) {
  if (!priority) return <span className="inline-flex rounded border border-dashed border-border px-1.5 py-0.5 text-xs whitespace-nowrap text-muted-foreground">Untriaged</span>;
  return <span className={cn("inline-flex rounded px-1.5 py-0.5 text-xs font-semibold tabular-nums", PRIORITY_STYLE[priority])}>{priority}</span>;
}

const STATUS_DOT: Record<Status, string> = {
  not_started: "bg-slate-400",
  in_progress: "bg-blue-500",
  blocked: "bg-red-500",
  done: "bg-emerald-500",
  wont_do: "bg-slate-300 dark:bg-slate-600",
};

export function StatusBadge({ status }: { status: Status }) {
  return (
    <span className="inline-flex items-center gap-1.5 text-sm whitespace-nowrap">
      <span aria-hidden className={cn("size-2 rounded-full", STATUS_DOT[status])} />
      {STATUS_LABELS[status]}
    </span>
  );
}

const SLA_STYLE: Record<SlaState, string> = {
  overdue: "text-red-700 dark:text-red-400 font-medium",
  at_risk: "text-amber-700 dark:text-amber-300 font-medium",
  on_track: "text-emerald-700 dark:text-emerald-400",
  none: "text-muted-foreground",
};

export function SlaBadge({ state }: { state: SlaState }) {
  return <span className={cn("text-sm whitespace-nowrap", SLA_STYLE[state])}>{SLA_LABELS[state]}</span>;
}
