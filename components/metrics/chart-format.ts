import { formatValue } from "@/lib/metrics/format";
import { formatInZone } from "@/lib/time/format";
import type { ChartSeries } from "@/lib/metrics/queries";
import type { ChartMetric } from "./chart-geometry";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** "15 min", "6 h", "1.5 d": the width of one bucket, for captions. */
export function formatBucketSize(ms: number): string {
  if (ms < HOUR) return `${Math.max(1, Math.round(ms / 60_000))} min`;
  if (ms < 2 * DAY) return `${Math.round((ms / HOUR) * 10) / 10} h`;
  return `${Math.round((ms / DAY) * 10) / 10} d`;
}

/** Dates in the reader's time zone (the same on the server and in the browser). */
export const formatTime = (t: number, pattern: string, zone: string) => formatInZone(t, zone, pattern);

/** A bucket's first and last instant: "3 Mar 2026, 05:00–11:00", or with both dates across midnight. */
export function formatBucket(center: number, bucketMs: number, zone: string): string {
  const [start, end] = [center - bucketMs / 2, center + bucketMs / 2];
  const f = (t: number, pattern: string) => formatTime(t, pattern, zone);
  return f(start, "yyyy-MM-dd") === f(end - 1, "yyyy-MM-dd") ? `${f(start, "d MMM yyyy, HH:mm")}–${f(end, "HH:mm")}` : `${f(start, "d MMM, HH:mm")} – ${f(end, "d MMM yyyy, HH:mm")}`;
}

/** "p99 latency: 42 values from 1 Mar 2026 to 31 Mar 2026, latest 120 ms, target 100 ms" */
export function chartSummary(metric: ChartMetric, series: ChartSeries, zone: string): string {
  const datePattern = series.to - series.from < 2 * DAY ? "d MMM yyyy, HH:mm" : "d MMM yyyy";
  const from = formatTime(series.from, datePattern, zone);
  const to = formatTime(series.to, datePattern, zone);
  const last = series.points[series.points.length - 1];
  const parts = [`${metric.name}: ${series.total === 0 ? "no" : new Intl.NumberFormat("en").format(series.total)} value${series.total === 1 ? "" : "s"} from ${from} to ${to}`];
  if (last) parts.push(`${series.bucketMs === null ? "latest" : "latest bucket mean"} ${formatValue(last.v, metric.unit)}`);
  if (metric.target !== null) parts.push(`target ${formatValue(metric.target, metric.unit)}`);
  return parts.join(", ");
}
