import { SLA_LABELS } from "@/lib/sla/state";
import { STATUS_LABELS, type Priority, type Status } from "@/lib/backlog/labels";
import type { SlaState } from "@/lib/sla/state";

// Small, colour-plus-text labels (never colour alone) for priority, status and SLA state. Each
// keeps its label on one line ("Not started", "Won't do"), so a narrow column never splits one.
// Their looks are classes in app/globals.css (.prio-badge, .status-badge, .sla-badge): a backlog
// page draws about 150 of them, and one class each keeps the page's markup small.

export function PriorityBadge({ priority }: { priority: Priority | null }) {
  if (!priority) return <span className="prio-badge none">Untriaged</span>;
  return <span className={`prio-badge ${priority.toLowerCase()}`}>{priority}</span>;
}

export function StatusBadge({ status }: { status: Status }) {
  return <span className={`status-badge ${status}`}>{STATUS_LABELS[status]}</span>;
}

export function SlaBadge({ state }: { state: SlaState }) {
  return <span className={`sla-badge ${state}`}>{SLA_LABELS[state]}</span>;
}
