import "server-only";
import type { Db } from "@/db";
import { chartSeries, getMetricDetail, recentPoints } from "@/lib/metrics/queries";
import type { ChartRange } from "@/lib/metrics/schemas";
import { runbooksOfMetric } from "@/lib/runbooks/metric-link-queries";
import { listRunbookOptions } from "@/lib/runbooks/queries";
import { watchState } from "@/lib/notify/queries";

// Everything a metric's page shows: the definition with its latest value, the chart over the chosen
// range, the newest values and the runbooks linked to it (a metrics and a runbooks read, hence here).
// Times the page prints are ISO strings, as LocalTime takes them.

/** What the viewer may do on a metric's page; it also decides what is read (the runbook picker). */
export type MetricPagePermissions = { define: boolean; record: boolean; linkRunbook: boolean };

/** How many of the newest values the page lists. */
const RECENT = 10;

/** The metric `key` as its page shows it over `range` to a viewer with `may`, or null. */
export async function loadMetricPage(db: Db, key: string, range: ChartRange, may: MetricPagePermissions, viewerId: string | null = null) {
  const metric = await getMetricDetail(db, key);
  if (!metric) return null;
  const [series, recent, linked, options, watching] = await Promise.all([
    chartSeries(db, metric.id, range),
    recentPoints(db, metric.id, RECENT),
    runbooksOfMetric(db, metric.id),
    // The picker's runbooks are read only for someone who may link one.
    may.linkRunbook ? listRunbookOptions(db) : [],
    viewerId ? watchState(db, viewerId, "metric", metric.id) : false,
  ]);
  return {
    may,
    watching,
    metric: { ...metric, latest: metric.latest ? { ...metric.latest, recordedAt: metric.latest.recordedAt.toISOString() } : null },
    range,
    series,
    recent: recent.map((p) => ({ ...p, recordedAt: p.recordedAt.toISOString() })),
    runbooks: { linked, options },
  };
}

export type MetricPage = NonNullable<Awaited<ReturnType<typeof loadMetricPage>>>;
