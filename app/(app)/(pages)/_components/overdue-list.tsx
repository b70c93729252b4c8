import Link from "next/link";
import { PriorityBadge } from "@/components/backlog/badges";
import { LocalTime } from "@/components/local-time";
import { Card } from "@/components/ui/card";
import type { EscalationGroup } from "@/lib/matrix/queries";

/** The most overdue items, most urgent priority first, with who owns the escalation. */
export function OverdueList({ groups, limit = 8 }: { groups: EscalationGroup[]; limit?: number }) {
  const items = groups
    .flatMap((g) => g.items.map((i) => ({ ...i, owner: g.owner })))
    .sort((a, b) => a.priority.localeCompare(b.priority) || a.dueAt.getTime() - b.dueAt.getTime())
    .slice(0, limit);
  const total = groups.reduce((s, g) => s + g.total, 0);
  return (
    <Card className="p-4">
      {items.length === 0 ? (
        <p className="text-sm text-muted-foreground">Nothing is overdue.</p>
      ) : (
        <>
          <ul className="space-y-2 text-sm" data-testid="overdue-list">
            {items.map((i) => (
              <li key={i.id} className="flex items-start gap-2">
                <PriorityBadge priority={i.priority} />
                <div className="min-w-0 flex-1">
                  <Link href={`/backlog/${i.projectSlug}/${encodeURIComponent(i.key)}`} className="hover:underline">
                    <span className="font-mono text-muted-foreground">{i.key}</span> {i.title}
                  </Link>
                  <p className="text-xs text-muted-foreground">
                    due <LocalTime iso={i.dueAt.toISOString()} format="short" /> · {i.owner}
                  </p>
                </div>
              </li>
            ))}
          </ul>
          {total > items.length ? (
            <p className="mt-3 text-xs">
              <Link href="/backlog?sla=overdue" className="text-primary hover:underline">
                All {total.toLocaleString()} overdue items →
              </Link>
            </p>
          ) : null}
        </>
      )}
    </Card>
  );
}
