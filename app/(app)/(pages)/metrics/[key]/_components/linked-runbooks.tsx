import Link from "next/link";
import { LinkRunbookMetricForm, UnlinkRunbookMetricButton } from "@/components/runbooks/runbook-metric-link";
import { runbookPath } from "@/lib/runbooks/slug";
import { ReviewDue } from "../../../runbooks/_components/review-due";

export type LinkedRunbook = { id: string; slug: string; title: string; service: string; reviewDueAt: Date };
export type RunbookOption = { id: string; slug: string; title: string; service: string };

/** "Title (service)"; two runbooks may share both, so those two also show their slug. */
function optionLabels(options: RunbookOption[]) {
  const base = (o: RunbookOption) => (o.service ? `${o.title} (${o.service})` : o.title);
  const seen = new Map<string, number>();
  for (const o of options) seen.set(base(o), (seen.get(base(o)) ?? 0) + 1);
  return options.map((o) => ({ id: o.id, label: seen.get(base(o))! > 1 ? `${base(o)} · ${o.slug}` : base(o) }));
}

/** What to do when this metric goes bad: its runbooks, with an overdue review flagged, linkable from here too. */
export function LinkedRunbooks(props: { metricId: string; linked: LinkedRunbook[]; options: RunbookOption[]; canEdit: boolean; now: Date }) {
  const { metricId, linked, options, canEdit, now } = props;
  const free = options.filter((o) => !linked.some((l) => l.id === o.id));
  return (
    <div className="space-y-3">
      {linked.length === 0 ? (
        <p className="text-sm text-muted-foreground">No runbook linked yet.</p>
      ) : (
        <ul className="space-y-2">
          {linked.map((r) => {
            // Only a review that has fallen due is news here; the runbook page has the full schedule.
            const due = r.reviewDueAt <= now;
            return (
              <li key={r.id} className="flex items-start gap-2 text-sm">
                <div className="min-w-0 flex-1">
                  <Link href={runbookPath(r.slug)} className="text-primary hover:underline">
                    {r.title}
                  </Link>
                  {r.service || due ? (
                    <span className="block text-xs text-muted-foreground">
                      {r.service}
                      {r.service && due ? " · " : null}
                      {due ? <ReviewDue dueAt={r.reviewDueAt} now={now} /> : null}
                    </span>
                  ) : null}
                </div>
                {canEdit ? <UnlinkRunbookMetricButton runbookId={r.id} metricId={metricId} name={r.title} /> : null}
              </li>
            );
          })}
        </ul>
      )}
      {canEdit ? (
        options.length === 0 ? (
          <p className="text-xs text-muted-foreground">
            No runbooks exist yet.{" "}
            <Link href="/runbooks/new" className="text-primary hover:underline">
              Write one
            </Link>
            , then link it here.
          </p>
        ) : free.length ? (
          <LinkRunbookMetricForm anchor={{ metricId }} options={optionLabels(free)} title="Link a runbook" selectLabel="Runbook to link" />
        ) : null
      ) : null}
    </div>
  );
}
