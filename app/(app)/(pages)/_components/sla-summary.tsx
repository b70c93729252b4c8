import Link from "next/link";
import { Card } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import type { Compliance, SlaCounts } from "@/lib/matrix/queries";

const PRIORITIES = ["P0", "P1", "P2", "P3"] as const;

/** Per priority: open items by SLA state, and how many of those closed in 90 days made their due date. */
export function SlaSummary({ sla, closed }: { sla: SlaCounts[]; closed: Compliance[] }) {
  return (
    <Card className="p-4">
      <Table data-testid="sla-summary">
        <caption className="sr-only">SLA state of open items and on-time rate of items closed in the last 90 days, by priority</caption>
        <thead className="text-left text-xs text-muted-foreground">
          <tr>
            <th scope="col" className="pb-2 font-medium">Priority</th>
            <th scope="col" className="pb-2 text-right font-medium">Overdue</th>
            <th scope="col" className="pb-2 text-right font-medium">At risk</th>
            <th scope="col" className="pb-2 text-right font-medium">On track</th>
            <th scope="col" className="pb-2 text-right font-medium">On time, 90 days</th>
          </tr>
        </thead>
        <tbody>
          {PRIORITIES.map((p) => {
            const s = sla.find((x) => x.priority === p);
            const c = closed.find((x) => x.priority === p && x.days === 90);
            const rate = c && c.closed > 0 ? Math.round((c.onTime / c.closed) * 100) : null;
            return (
              <tr key={p} className="border-t border-border">
                <th scope="row" className="py-1.5 text-left font-medium">
                  <Link href={`/backlog?priority=${p}`} className="hover:underline">
                    {p}
                  </Link>
                </th>
                <td className={`py-1.5 text-right tabular-nums ${s?.overdue ? "font-medium text-danger" : ""}`}>{s?.overdue ?? 0}</td>
                <td className="py-1.5 text-right tabular-nums">{s?.atRisk ?? 0}</td>
                <td className="py-1.5 text-right tabular-nums">{s?.onTrack ?? 0}</td>
                <td className="py-1.5 text-right tabular-nums">
                  {rate === null ? <span className="text-muted-foreground">none closed</span> : `${rate}% of ${c!.closed}`}
                </td>
              </tr>
            );
          })}
        </tbody>
      </Table>
    </Card>
  );
}
