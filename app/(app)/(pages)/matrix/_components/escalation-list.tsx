import { formatDistanceStrict } from "date-fns";
import Link from "next/link";
import { PriorityBadge } from "@/components/backlog/badges";
import { LocalTime } from "@/components/local-time";
import { Card } from "@/components/ui/card";
import type { EscalationGroup } from "@/lib/matrix/queries";

/** Overdue items grouped by the owner their SLA policy names: who has to act, on what, how late. */
export function EscalationList({ groups, now }: { groups: EscalationGroup[]; now: Date }) {
  return (
    <section aria-labelledby="escalation-heading">
      <h2 id="escalation-heading" className="mb-1 text-base font-semibold">
        Escalations
      </h2>
      <p className="mb-3 text-sm text-muted-foreground">Overdue items by the owner the SLA policy names, the latest first.</p>
      {groups.length === 0 ? (
        <Card className="p-6 text-center text-sm text-muted-foreground">Nothing is overdue.</Card>
      ) : (
        <div className="grid gap-4 lg:grid-cols-2">
          {groups.map((g) => (
            <Card key={g.owner} className="min-w-0 p-4">
              <h3 className="flex items-baseline justify-between gap-2 font-medium">
                <span>{g.owner || "No owner in the policy"}</span>
                <span className="text-sm font-normal text-red-700 tabular-nums dark:text-red-400">{g.total.toLocaleString()} overdue</span>
              </h3>
              {g.escalation ? <p className="mt-1 text-sm text-muted-foreground">Escalation: {g.escalation}</p> : null}
              {/* A row wraps on a phone: the lateness goes under the title instead of past the window. */}
              <ul className="mt-3 divide-y divide-border text-sm">
                {g.items.map((i) => (
                  <li key={i.id} className="flex flex-wrap items-baseline gap-x-2 gap-y-0.5 py-1.5">
                    <PriorityBadge priority={i.priority} />
                    <Link href={`/backlog/${i.projectSlug}/${encodeURIComponent(i.key)}`} className="shrink-0 font-medium text-primary hover:underline">
                      {i.key}
                    </Link>
                    <span className="min-w-0 flex-1 basis-32 truncate" title={i.title}>
                      {i.title}
                    </span>
                    <span className="shrink-0 text-xs text-muted-foreground">
                      <span className="text-red-700 dark:text-red-400">{formatDistanceStrict(i.dueAt, now)} late</span> · due <LocalTime iso={i.dueAt.toISOString()} format="short" />
                    </span>
                  </li>
                ))}
              </ul>
              {g.total > g.items.length ? <p className="mt-2 text-xs text-muted-foreground">and {(g.total - g.items.length).toLocaleString()} more</p> : null}
            </Card>
          ))}
        </div>
      )}
    </section>
  );
}
