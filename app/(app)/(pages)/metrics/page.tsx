import type { Metadata } from "next";
import Link from "next/link";
import { MetricTile } from "@/components/metrics/metric-tile";
import { PageHeader } from "@/components/shell/page-header";
import { Card } from "@/components/ui/card";
import { getDb } from "@/db";
import { requirePageFor } from "@/lib/routing/require-page";
import { can } from "@/lib/auth/policy";
import { STATUS_LABEL } from "@/lib/metrics/format";
import { cachedMetricSummaries } from "@/lib/dashboard/cached";
import type { MetricStatus } from "@/lib/metrics/status";

export const metadata: Metadata = { title: "Health metrics" };

const STATUSES: MetricStatus[] = ["critical", "warning", "ok", "no_data"];

export default async function MetricsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageFor("/metrics");
  const wanted = (await searchParams).status;
  const filter = STATUSES.find((s) => s === wanted) ?? null;
  const all = await cachedMetricSummaries(await getDb());
  const shown = filter ? all.filter((m) => m.status === filter) : all;
  const counts = Object.fromEntries(STATUSES.map((s) => [s, all.filter((m) => m.status === s).length])) as Record<MetricStatus, number>;
  const groups = new Map<string, typeof shown>();
  for (const m of shown) {
    const group = [m.projectName, m.groupName].filter(Boolean).join(" · ") || "Other metrics";
    groups.set(group, [...(groups.get(group) ?? []), m]);
  }
  // Groups that need attention first, then the ones with values, then those still waiting for data.
  const ordered = [...groups].sort(([a, x], [b, y]) => worst(y) - worst(x) || a.localeCompare(b));

  return (
    <>
      <PageHeader
        title="Health metrics"
        description="Targets from your plans, values from CI. The status comes from each metric's latest value."
        actions={
          can(actor, "metrics.define") ? (
            <Link href="/metrics/new" className="inline-flex h-9 items-center rounded-md bg-primary px-3.5 text-sm font-medium text-primary-foreground hover:opacity-90">
              Define metric
            </Link>
          ) : null
        }
      />
      {all.length === 0 ? (
        <Card className="p-8 text-center">
          <p className="font-medium">No metrics yet</p>
          <p className="mx-auto mt-1 max-w-prose text-sm text-muted-foreground">
            Importing a plan proposes metrics from its “Success metrics” or “Health metrics” lines; a lead can also define one by hand. CI then posts values to{" "}
            <code className="font-mono">/api/v1/metrics/&lt;key&gt;/points</code> with an API token.
          </p>
        </Card>
      ) : (
        <>
          <nav aria-label="Filter by status" className="mb-5 flex flex-wrap gap-2 text-sm">
            <FilterLink href="/metrics" current={filter === null}>
              All <span className="text-muted-foreground">{all.length}</span>
            </FilterLink>
            {STATUSES.map((s) => (
              <FilterLink key={s} href={`/metrics?status=${s}`} current={filter === s}>
                {STATUS_LABEL[s]} <span className="text-muted-foreground">{counts[s]}</span>
              </FilterLink>
            ))}
          </nav>
          {shown.length === 0 ? (
            <Card className="p-6 text-center text-sm text-muted-foreground">No metric is {STATUS_LABEL[filter!].toLowerCase()} right now.</Card>
          ) : (
            <div className="space-y-8">
              {ordered.map(([group, rows]) => (
                <section key={group} aria-labelledby={`group-${slug(group)}`}>
                  <h2 id={`group-${slug(group)}`} className="mb-3 text-sm font-medium text-muted-foreground">
                    {group}
                  </h2>
                  <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
                    {rows.map((m) => (
                      <li key={m.id}>
                        <MetricTile metric={m} />
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
            </div>
          )}
        </>
      )}
    </>
  );
}

const RANK: Record<MetricStatus, number> = { critical: 3, warning: 2, ok: 1, no_data: 0 };
const worst = (rows: { status: MetricStatus }[]) => Math.max(...rows.map((r) => RANK[r.status]));

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-");

function FilterLink({ href, current, children }: { href: string; current: boolean; children: React.ReactNode }) {
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={`rounded-full border px-3 py-1 ${current ? "border-primary bg-primary/10 font-medium" : "border-border hover:bg-muted"}`}
    >
      {children}
    </Link>
  );
}
