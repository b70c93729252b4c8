import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { reviewsDue } from "@/lib/runbooks/queries";
import { runbookPath } from "@/lib/runbooks/slug";
import { ReviewDue } from "../runbooks/_components/review-due";

type Row = Awaited<ReturnType<typeof reviewsDue>>[number];

/** The dashboard's list of runbooks whose review has fallen due, oldest first. */
export function ReviewsDue({ rows, now }: { rows: Row[]; now: Date }) {
  return (
    <section aria-labelledby="reviews-heading">
      <h2 id="reviews-heading" className="mb-3 text-sm font-medium text-muted-foreground">
        Runbook reviews due
      </h2>
      <Card className="p-4">
        {rows.length === 0 ? (
          <p className="text-sm text-muted-foreground">No runbook is due for review.</p>
        ) : (
          <ul className="space-y-2 text-sm" data-testid="reviews-due">
            {rows.map((r) => (
              <li key={r.slug} className="flex flex-wrap items-baseline justify-between gap-2">
                <Link href={runbookPath(r.slug)} className="font-medium hover:underline">
                  {r.title}
                </Link>
                <span className="text-xs">
                  <ReviewDue dueAt={r.reviewDueAt} now={now} />
                  <span className="text-muted-foreground"> · {r.ownerName ?? "no owner"}</span>
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </section>
  );
}
