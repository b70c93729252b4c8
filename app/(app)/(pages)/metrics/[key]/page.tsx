import type { UserActor } from "@/lib/domain/actors";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { LocalTime } from "@/components/local-time";
import { MetricChartPanel } from "@/components/metrics/metric-chart-panel";
import { Trend } from "@/components/metrics/trend";
import { MetricStatusBadge } from "@/components/metrics/status-badge";
import { PageHeader } from "@/components/shell/page-header";
import { Card } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import { getDb } from "@/db";
import { getActor } from "@/lib/auth/actor";
import { actionOf } from "@/lib/routing/page-manifest";
import { requirePageFor } from "@/lib/routing/require-page";
import { WatchButton } from "@/components/notify/watch-button";
import { can } from "@/lib/auth/policy";
import { formatValue, targetGap, targetLabel } from "@/lib/metrics/format";
import { RANGE_LABELS, rangeSchema, type ChartRange } from "@/lib/metrics/schemas";
import { loadMetricPage, type MetricPagePermissions } from "@/lib/screens/metric-page";
import { CsvUpload } from "./_components/csv-upload";
import { LinkedRunbooks } from "./_components/linked-runbooks";
import { RecordValue } from "./_components/record-value";
import { RemovePoint } from "./_components/remove-point";
import { Breadcrumb } from "@/components/shell/breadcrumb";

type Params = Promise<{ key: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** What this role may do decides which controls exist (and whether the runbook picker is read); the actions check again. */
const permissionsOf = (actor: UserActor | null): MetricPagePermissions => ({
  define: can(actor, "metrics.define"),
  record: can(actor, "metrics.record"),
  linkRunbook: can(actor, "runbooks.edit"),
});

// Metadata and the page read the same metric: one load per request.
const loadPage = cache(async (key: string, range: ChartRange) => {
  const actor = await getActor();
  return loadMetricPage(await getDb(), key, range, permissionsOf(actor), actor?.userId ?? null);
});

export async function generateMetadata({ params, searchParams }: { params: Params; searchParams: SearchParams }): Promise<Metadata> {
  const [{ key }, query] = await Promise.all([params, searchParams]);
  if (!can(await getActor(), actionOf("/metrics/[key]"))) return { title: "Metric" };
  const page = await loadPage(key, rangeSchema.parse(query.range));
  return { title: page ? page.metric.name : "Metric not found" };
}

export default async function MetricPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  await requirePageFor("/metrics/[key]");
  const [{ key }, query] = await Promise.all([params, searchParams]);
  const page = await loadPage(key, rangeSchema.parse(query.range));
  if (!page) notFound();
  const { may, metric, range, series, recent, runbooks } = page;
  const now = new Date();
  const unit = metric.unit;
  const gap = targetGap(metric.latest?.value, metric.target, unit, metric.direction);
  const threshold = (v: number | null) => (v === null ? "—" : `${metric.direction === "lower_is_better" ? "above" : "below"} ${formatValue(v, unit)}`);

  return (
    <>
      <Breadcrumb items={[{ href: "/metrics", label: "Health metrics" }]} />
      <PageHeader
        title={metric.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <MetricStatusBadge status={metric.status} />
            <span className="font-mono text-xs">{metric.key}</span>
            {metric.projectName ? <span>· {metric.projectName}</span> : null}
          </span>
        }
        actions={
          <div className="flex flex-wrap items-center gap-2 print:hidden">
            <WatchButton subjectType="metric" subjectId={metric.id} watching={page.watching} />
            {may.define ? (
              <Link href={`/metrics/${metric.key}/edit`} className="inline-flex h-9 items-center rounded-md border border-border px-3.5 text-sm font-medium hover:bg-muted">
                Edit definition
              </Link>
            ) : null}
          </div>
        }
      />

      <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
        <div className="min-w-0 space-y-6">
          <Card className="p-4">
            <MetricChartPanel
              metric={{ key: metric.key, name: metric.name, unit, direction: metric.direction, target: metric.target, warningThreshold: metric.warningThreshold, criticalThreshold: metric.criticalThreshold }}
              series={series}
              range={range}
            />
          </Card>

          {may.record ? (
            <Card className="space-y-5 p-4 print:hidden">
              <section aria-labelledby="record-heading">
                <h2 id="record-heading" className="mb-3 font-medium">
                  Record a value
                </h2>
                <RecordValue metricId={metric.id} unit={unit} />
              </section>
              <section aria-labelledby="csv-heading" className="border-t border-border pt-4">
                <h2 id="csv-heading" className="mb-1 font-medium">
                  Upload a CSV
                </h2>
                <p className="mb-3 text-sm text-muted-foreground">
                  Rows of <code className="font-mono">time,value</code> (optional third column: a note). You see a preview first; nothing is written unless every row is good.
                </p>
                <CsvUpload metricId={metric.id} unit={unit} />
              </section>
              <details className="border-t border-border pt-4 text-sm">
                <summary className="cursor-pointer font-medium">Post values from CI</summary>
                <p className="mt-2 text-muted-foreground">
                  With an API token that has the metrics:write scope (admins create them under Admin → API tokens). Every field and error:{" "}
                  <Link href="/api-docs#postPoints" className="text-primary hover:underline">
                    API reference
                  </Link>
                  .
                </p>
                <pre className="mt-2 overflow-x-auto rounded-md bg-muted p-3 font-mono text-xs">
                  {`curl -X POST "$HB_URL/api/v1/metrics/${metric.key}/points" \\
  -H "Authorization: Bearer $HB_TOKEN" -H "content-type: application/json" \\
  -d '{"value": 42, "note": "build 1234"}'

# or up to 10,000 at once, written all or nothing:
#   -d '{"points": [{"value": 42, "recordedAt": "2026-12-04T14:02:00Z"}, …]}'`}
                </pre>
              </details>
            </Card>
          ) : null}
        </div>

        <aside aria-label="Metric details" className="space-y-6">
          <Card className="p-4">
            <dl className="space-y-2 text-sm">
              <Row label="Latest">
                <span className="font-semibold tabular-nums">{formatValue(metric.latest?.value, unit)}</span>
                {metric.latest ? (
                  <span className="block text-xs text-muted-foreground">
                    <LocalTime iso={metric.latest.recordedAt} />
                  </span>
                ) : null}
              </Row>
              {series.points.length > 1 ? (
                <Row label="Trend">
                  {/* First to last point shown (bucket means on long ranges), as the chart draws it. */}
                  <Trend values={series.points.map((p) => p.v)} direction={metric.direction} unit={unit} period={range === "all" ? "since the first value" : `in ${RANGE_LABELS[range]}`} />
                </Row>
              ) : null}
              <Row label="Target">
                {targetLabel(metric.target, unit, metric.direction).replace(/^target /, "")}
                {gap ? <span className="block text-xs text-muted-foreground">latest is {gap}</span> : null}
              </Row>
              <Row label="Warning">{threshold(metric.warningThreshold)}</Row>
              <Row label="Critical">{threshold(metric.criticalThreshold)}</Row>
              <Row label="Better when">{metric.direction === "lower_is_better" ? "lower" : "higher"}</Row>
              {metric.projectSlug ? (
                <Row label="Project">
                  <Link href={`/backlog?project=${metric.projectSlug}`} className="text-primary hover:underline">
                    {metric.projectName}
                  </Link>
                </Row>
              ) : null}
            </dl>
            {metric.description ? <p className="mt-3 border-t border-border pt-3 text-sm text-muted-foreground">{metric.description}</p> : null}
          </Card>

          <Card className="p-4">
            <section aria-labelledby="runbooks-heading">
              <h2 id="runbooks-heading" className="mb-2 font-medium">
                Runbooks
              </h2>
              <LinkedRunbooks metricId={metric.id} linked={runbooks.linked} options={runbooks.options} canEdit={may.linkRunbook} now={now} />
            </section>
          </Card>

          <Card className="p-4">
            <h2 className="mb-2 font-medium">Latest values</h2>
            {recent.length ? (
              <Table>
                <caption className="sr-only">The ten newest values</caption>
                <thead className="text-left text-xs text-muted-foreground">
                  <tr>
                    <th scope="col" className="py-1 font-medium">When</th>
                    <th scope="col" className="py-1 text-right font-medium">Value</th>
                    {may.define ? (
                      <th scope="col" className="w-7 py-1">
                        <span className="sr-only">Remove</span>
                      </th>
                    ) : null}
                  </tr>
                </thead>
                <tbody>
                  {recent.map((p) => (
                    <tr key={p.id} className="border-t border-border" title={[p.source, p.note].filter(Boolean).join(" · ")}>
                      <td className="py-1">
                        <LocalTime iso={p.recordedAt} format="short" />
                        <span className="block text-xs text-muted-foreground">{[p.source, p.note].filter(Boolean).join(" · ")}</span>
                      </td>
                      <td className="py-1 text-right tabular-nums">{formatValue(p.value, unit)}</td>
                      {may.define ? (
                        <td className="py-1 pl-1 text-right">
                          <RemovePoint metricId={metric.id} pointId={p.id} value={formatValue(p.value, unit)} recordedAt={p.recordedAt} />
                        </td>
                      ) : null}
                    </tr>
                  ))}
                </tbody>
              </Table>
            ) : (
              <p className="text-sm text-muted-foreground">No values yet.</p>
            )}
          </Card>
        </aside>
      </div>
    </>
  );
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex justify-between gap-3">
      <dt className="text-muted-foreground">{label}</dt>
      <dd className="text-right">{children}</dd>
    </div>
  );
}
