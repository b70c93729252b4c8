import { formatDistanceStrict } from "date-fns";
import Link from "next/link";
import { PriorityBadge } from "@/components/backlog/badges";
import { LocalTime } from "@/components/local-time";
import { Card } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { Priority } from "@/lib/backlog/labels";
import type { Compliance, OverdueItem, SlaCounts } from "@/lib/matrix/queries";
import { backlogHref } from "./backlog-href";

const PRIORITIES: Priority[] = ["P0", "P1", "P2", "P3"];

function Share({ row }: { row: Compliance | undefined }) {
  if (!row || row.closed === 0) return <span className="text-muted-foreground">—</span>;
  const pct = Math.round((row.onTime / row.closed) * 100);
  const tone = pct >= 90 ? "text-emerald-700 dark:text-emerald-400" : pct >= 70 ? "text-amber-700 dark:text-amber-300" : "text-red-700 dark:text-red-400";
  return (
    <span title={`${row.onTime} of ${row.closed} closed within their SLA`}>
      <span className={`font-medium ${tone}`}>{pct}%</span>{" "}
      <span className="text-xs text-muted-foreground">
        ({row.onTime}/{row.closed})
      </span>
    </span>
  );
}

/** Open items per SLA state, compliance over 30/90 days and the oldest overdue item, per priority. */
export function SlaTable(props: { counts: SlaCounts[]; compliance: Compliance[]; oldest: OverdueItem[]; projectSlug: string | null; atRiskShare: number; now: Date }) {
  const { counts, compliance, oldest, projectSlug, atRiskShare, now } = props;
  const link = (p: Priority, sla: string, n: number, label: string, tone: string) =>
    n === 0 ? (
      <span className="text-muted-foreground">0</span>
    ) : (
      <Link href={backlogHref({ priority: p, sla, project: projectSlug })} className={`font-medium hover:underline ${tone}`} aria-label={`${n} ${p} ${label}: open in the backlog`}>
        {n.toLocaleString()}
      </Link>
    );
  return (
    <section aria-labelledby="sla-heading">
      <h2 id="sla-heading" className="mb-1 text-base font-semibold">
        SLA by priority
      </h2>
      <p className="mb-3 text-sm text-muted-foreground">
        Open items against their due dates (at risk: less than {Math.round(atRiskShare * 100)}% of the window left); compliance is the share of items closed in the period within
        their SLA.
      </p>
      <Card className="overflow-hidden">
        <Table className="tabular-nums">
          <TableHeader>
            <TableHead>Priority</TableHead>
            <TableHead className="text-right">Overdue</TableHead>
            <TableHead className="text-right">At risk</TableHead>
            <TableHead className="text-right">On track</TableHead>
            <TableHead className="text-right">Compliance 30 d</TableHead>
            <TableHead className="text-right">Compliance 90 d</TableHead>
            <TableHead>Oldest overdue</TableHead>
          </TableHeader>
          <TableBody>
            {PRIORITIES.map((p) => {
              const c = counts.find((x) => x.priority === p) ?? { overdue: 0, atRisk: 0, onTrack: 0 };
              const o = oldest.find((x) => x.priority === p);
              return (
                <TableRow key={p} data-priority={p}>
                  <TableHead scope="row">
                    <PriorityBadge priority={p} />
                  </TableHead>
                  <TableCell className="text-right" data-testid={`overdue-${p}`}>
                    {link(p, "overdue", c.overdue, "overdue", "text-red-700 dark:text-red-400")}
                  </TableCell>
                  <TableCell className="text-right">{link(p, "at_risk", c.atRisk, "at risk", "text-amber-700 dark:text-amber-300")}</TableCell>
                  <TableCell className="text-right">{link(p, "on_track", c.onTrack, "on track", "text-primary")}</TableCell>
                  <TableCell className="text-right">
                    <Share row={compliance.find((x) => x.priority === p && x.days === 30)} />
                  </TableCell>
                  <TableCell className="text-right">
                    <Share row={compliance.find((x) => x.priority === p && x.days === 90)} />
                  </TableCell>
                  <TableCell className="max-w-[22rem]">
                    {o ? (
                      <span className="flex min-w-0 items-baseline gap-2">
                        <Link href={`/backlog/${o.projectSlug}/${encodeURIComponent(o.key)}`} className="shrink-0 font-medium text-primary hover:underline">
                          {o.key}
                        </Link>
                        <span className="truncate" title={o.title}>
                          {o.title}
                        </span>
                        <span className="shrink-0 text-xs text-red-700 dark:text-red-400" title={`Due ${o.dueAt.toISOString()}`}>
                          {formatDistanceStrict(o.dueAt, now)} late
                        </span>
                      </span>
                    ) : (
                      <span className="text-muted-foreground">None</span>
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </Card>
      <p className="mt-2 text-xs text-muted-foreground">
        Figures as of <LocalTime iso={now.toISOString()} />.
      </p>
    </section>
  );
}
