import Link from "next/link";
import type { ReactNode } from "react";
import { PriorityBadge, SlaBadge, StatusBadge } from "@/components/backlog/badges";
import { Card } from "@/components/ui/card";
import type { SlaState } from "@/lib/sla/state";
import { formatEffort, PRIORITY_LABELS, SEVERITY_LABELS, type Priority, type Severity, type Status } from "@/lib/backlog/labels";
import { LocalTime } from "@/components/local-time";
import { closedOutcome } from "@/lib/sla/due";
import { StatusPicker } from "@/components/backlog/status-picker";
import { isClosed } from "@/lib/domain/items";
import type { OpenCriteria } from "@/lib/backlog/open-criteria";

export type FieldsView = {
  id: string;
  key: string;
  version: number;
  status: Status;
  blockedReason: string | null;
  priority: Priority | null;
  severity: Severity | null;
  effortHours: number | null;
  impact: number | null;
  assigneeName: string | null;
  dueAt: string | null;
  dueOverrideReason: string | null;
  categoryPath: string[];
  projectSlug: string;
  projectName: string;
  triagedAt: string | null;
  startedAt: string | null;
  completedAt: string | null;
  createdAt: string;
  updatedAt: string;
  updatedByName: string | null;
  sla: SlaState;
};

const none = <span className="text-muted-foreground">—</span>;
const time = (iso: string | null) => (iso ? <LocalTime iso={iso} /> : none);

function Row({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[7rem_1fr] items-baseline gap-2 py-1.5">
      <dt className="text-muted-foreground">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

/** A closed item's recorded SLA outcome: closed within its window or after it. */
function ClosedOutcome({ item }: { item: FieldsView }) {
  if (!isClosed(item.status) || !item.completedAt || !item.dueAt) return null;
  const outcome = closedOutcome(new Date(item.dueAt), new Date(item.completedAt));
  return outcome === "on_time" ? (
    <p className="mt-1 text-emerald-700 dark:text-emerald-400">Closed within its SLA</p>
  ) : (
    <p className="mt-1 text-red-700 dark:text-red-400">Closed after its due date</p>
  );
}

/** The side panel: every field at a glance; the status is a control for engineers and up. */
export function ItemFields({ item, canSetStatus, openCriteria }: { item: FieldsView; canSetStatus: boolean; openCriteria: OpenCriteria }) {
  return (
    <Card className="p-4">
      <h2 className="sr-only">Details</h2>
      <dl className="divide-y divide-border text-sm">
        {canSetStatus ? (
          <Row label={<label htmlFor="item-status">Status</label>}>
            <StatusPicker variant="full" id={item.id} itemKey={item.key} version={item.version} status={item.status} blockedReason={item.blockedReason} openCriteria={openCriteria} />
          </Row>
        ) : (
          <Row label="Status">
            <StatusBadge status={item.status} />
            {item.status === "blocked" && item.blockedReason ? <p className="mt-1 text-muted-foreground">Blocked on: {item.blockedReason}</p> : null}
          </Row>
        )}
        <Row label="Priority">
          <span className="inline-flex items-center gap-2">
            <PriorityBadge priority={item.priority} />
            {item.priority ? <span>{PRIORITY_LABELS[item.priority].split(" · ")[1]}</span> : null}
          </span>
        </Row>
        <Row label="Severity">{item.severity ? SEVERITY_LABELS[item.severity] : none}</Row>
        <Row label="Effort">{item.effortHours === null ? none : formatEffort(item.effortHours)}</Row>
        <Row label="Impact">{item.impact === null ? none : <span aria-label={`${item.impact} out of 5`}>{item.impact} / 5</span>}</Row>
        <Row label="Assignee">{item.assigneeName ?? <span className="text-muted-foreground">Unassigned</span>}</Row>
        <Row label="Due">
          {time(item.dueAt)}
          {item.sla !== "none" ? (
            <span className="ml-2">
              <SlaBadge state={item.sla} />
            </span>
          ) : null}
          {item.dueOverrideReason ? <p className="mt-1 text-muted-foreground">Override: {item.dueOverrideReason}</p> : null}
          <ClosedOutcome item={item} />
        </Row>
        <Row label="Category">{item.categoryPath.length ? item.categoryPath.join(" › ") : none}</Row>
        <Row label="Project">
          <Link href={`/backlog?project=${encodeURIComponent(item.projectSlug)}`} className="rounded-sm text-primary hover:underline">
            {item.projectName}
          </Link>
        </Row>
        <Row label="Triaged">{time(item.triagedAt)}</Row>
        <Row label="Started">{time(item.startedAt)}</Row>
        <Row label="Completed">{time(item.completedAt)}</Row>
        <Row label="Created">{time(item.createdAt)}</Row>
        <Row label="Updated">
          {time(item.updatedAt)}
          {item.updatedByName ? <span className="text-muted-foreground"> by {item.updatedByName}</span> : null}
        </Row>
      </dl>
    </Card>
  );
}
