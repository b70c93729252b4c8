import Link from "next/link";
import { PriorityBadge } from "@/components/backlog/badges";
import { Card } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { STATUS_LABELS, type Priority, type Status } from "@/lib/backlog/labels";
import type { GridCell } from "@/lib/matrix/queries";
import { backlogHref } from "./backlog-href";
import { STATUSES } from "@/lib/domain/items";

const ROWS: (Priority | null)[] = ["P0", "P1", "P2", "P3", null];
const OPEN: Status[] = ["not_started", "in_progress", "blocked"];

/** Priority × status counts; every non-empty cell opens the backlog filtered to it. */
export function StatusGrid({ cells, projectSlug }: { cells: GridCell[]; projectSlug: string | null }) {
  const count = (p: Priority | null, s: Status) => cells.find((c) => c.priority === p && c.status === s)?.count ?? 0;
  const total = cells.reduce((n, c) => n + c.count, 0);
  const cellLink = (p: Priority | null, statuses: Status[], n: number, label: string) =>
    n === 0 ? (
      <span className="text-muted-foreground">0</span>
    ) : (
      <Link
        href={backlogHref({ priority: p ?? "untriaged", status: statuses.join(","), project: projectSlug })}
        className="font-medium text-primary hover:underline"
        aria-label={`${n} ${label}: open in the backlog`}
      >
        {n.toLocaleString()}
      </Link>
    );

  return (
    <section aria-labelledby="grid-heading">
      <h2 id="grid-heading" className="mb-3 text-base font-semibold">
        Priority × status
      </h2>
      {total === 0 ? (
        <Card className="p-6 text-center text-sm text-muted-foreground">No items yet. Import a plan or create items in the backlog.</Card>
      ) : (
        <Card className="overflow-hidden">
          <Table className="tabular-nums">
            <TableHeader>
              <TableHead>Priority</TableHead>
              {STATUSES.map((s) => (
                <TableHead key={s} className="text-right">
                  {STATUS_LABELS[s]}
                </TableHead>
              ))}
              <TableHead className="text-right">Open</TableHead>
            </TableHeader>
            <TableBody>
              {ROWS.map((p) => {
                const open = OPEN.reduce((n, s) => n + count(p, s), 0);
                const name = p ?? "untriaged";
                return (
                  <TableRow key={name}>
                    <TableHead scope="row">
                      <PriorityBadge priority={p} />
                    </TableHead>
                    {STATUSES.map((s) => (
                      <TableCell key={s} className="text-right">
                        {cellLink(p, [s], count(p, s), `${name} ${STATUS_LABELS[s].toLowerCase()}`)}
                      </TableCell>
                    ))}
                    <TableCell className="text-right">{cellLink(p, OPEN, open, `${name} open`)}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </Card>
      )}
    </section>
  );
}
