import type { Metadata } from "next";
import Link from "next/link";
import { ProgressCharts } from "@/components/dashboard/progress-charts";
import { MetricTile } from "@/components/metrics/metric-tile";
import { PageHeader } from "@/components/shell/page-header";
import { Card } from "@/components/ui/card";
import { requirePageFor } from "@/lib/routing/require-page";
import { getDb } from "@/db";
import { cachedDashboardSla, cachedMetricSummaries, cachedProjectSummaries } from "@/lib/dashboard/cached";
import { cachedWeeklyProgress } from "@/lib/dashboard/progress-queries";
import type { MetricStatus } from "@/lib/metrics/status";
import { reviewsDue } from "@/lib/runbooks/queries";
import { OverdueList } from "./_components/overdue-list";
import { ReviewsDue } from "./_components/reviews-due";
import { SlaSummary } from "./_components/sla-summary";

export const metadata: Metadata = { title: "Dashboard" };

/** Health tiles shown before "all metrics": the ones needing attention come first. */
const TILE_LIMIT = 9;
const RANK: Record<MetricStatus, number> = { critical: 0, warning: 1, ok: 2, no_data: 3 };

function Section({ id, title, more, children }: { id: string; title: string; more?: { href: string; label: string }; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="print:break-inside-avoid">
      <div className="mb-3 flex items-baseline justify-between gap-3">
        <h2 id={id} className="text-sm font-medium text-muted-foreground">
          {title}
        </h2>
        {more ? (
          <Link href={more.href} className="text-xs text-primary hover:underline print:hidden">
            {more.label}
          </Link>
        ) : null}
      </div>
      {children}
    </section>
  );
}

export default async function DashboardPage() {
  const actor = await requirePageFor("/");
  const now = new Date();
  const db = await getDb();
  const [projects, dueReviews, metrics, progress, slaFigures] = await Promise.all([
    cachedProjectSummaries(actor),
    reviewsDue(db, now),
    cachedMetricSummaries(db),
    cachedWeeklyProgress(db),
    cachedDashboardSla(db),
  ]);
  const measured = metrics.filter((m) => m.status !== "no_data").sort((a, b) => RANK[a.status] - RANK[b.status] || a.name.localeCompare(b.name));
  const attention = measured.filter((m) => m.status === "critical" || m.status === "warning").length;

  return (
    <>
      <PageHeader
        title="Dashboard"
        description={`Welcome back, ${actor.name}. ${measured.length ? `${attention} of ${measured.length} measured health metrics need attention.` : "Here is where your projects stand."}`}
      />
      <div className="space-y-8">
        <Section id="health-heading" title="Health" more={metrics.length ? { href: "/metrics", label: `All ${metrics.length} metrics →` } : undefined}>
          {measured.length === 0 ? (
            <Card className="p-6 text-sm text-muted-foreground">
              No metric has values yet. Define metrics on the{" "}
              <Link href="/metrics" className="text-primary hover:underline">
                metrics page
              </Link>{" "}
              and let CI post values with an API token.
            </Card>
          ) : (
            <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3" data-testid="health-tiles">
              {measured.slice(0, TILE_LIMIT).map((m) => (
                <li key={m.id}>
                  <MetricTile metric={m} />
                </li>
              ))}
            </ul>
          )}
        </Section>

        <Section id="progress-heading" title="Backlog progress, last 12 weeks" more={{ href: "/backlog", label: "Backlog →" }}>
          <Card className="p-4">
            <ProgressCharts weeks={progress} />
          </Card>
        </Section>

        <div className="grid gap-8 lg:grid-cols-2">
          <Section id="sla-heading" title="SLA compliance" more={{ href: "/matrix", label: "Matrix →" }}>
            <SlaSummary sla={slaFigures.sla} closed={slaFigures.closed} />
          </Section>
          <Section id="overdue-heading" title="Overdue items" more={{ href: "/backlog?sla=overdue", label: "All overdue →" }}>
            <OverdueList groups={slaFigures.escalation} />
          </Section>
        </div>

        <ReviewsDue rows={dueReviews} now={now} />

      {projects.length === 0 ? (
        <Card className="p-8 text-center">
          <p className="font-medium">No projects yet</p>
          <p className="mt-1 text-sm text-muted-foreground">A lead or admin creates one by importing a Markdown plan.</p>
        </Card>
      ) : (
        <section aria-labelledby="projects-heading">
          <h2 id="projects-heading" className="mb-3 text-sm font-medium text-muted-foreground">
            Projects
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
            {projects.map((p) => (
              <li key={p.id}>
                <Card className="h-full p-4">
                  <p className="font-medium">{p.name}</p>
                  <p className="text-xs text-muted-foreground">{p.slug}</p>
                  {p.description ? <p className="mt-2 text-sm text-muted-foreground">{p.description}</p> : null}
                  <dl className="mt-3 grid grid-cols-3 gap-2 text-sm">
                    <div>
                      <dt className="text-xs text-muted-foreground">Items</dt>
                      <dd className="font-medium tabular-nums">{p.total}</dd>
                    </div>
                    <div>
                      <dt className="text-xs text-muted-foreground">Open</dt>
                      <dd className="font-medium tabular-nums">{p.open}</dd>
                    </div>
                    <div>
                      <dt className="text-xs text-muted-foreground">Done</dt>
                      <dd className="font-medium tabular-nums">{p.done}</dd>
                    </div>
                  </dl>
                  {p.total === 0 ? <p className="mt-3 text-xs text-muted-foreground">No items imported yet.</p> : null}
                  <p className="mt-3 flex gap-3 text-xs text-muted-foreground print:hidden">
                    Export
                    {(["md", "csv", "json"] as const).map((format) => (
                      <a key={format} href={`/api/v1/projects/${p.slug}/export?format=${format}`} className="text-primary hover:underline" download>
                        {format === "md" ? "Markdown" : format.toUpperCase()}
                      </a>
                    ))}
                  </p>
                </Card>
              </li>
            ))}
          </ul>
        </section>
      )}
      </div>
    </>
  );
}
