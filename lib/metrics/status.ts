import type { MetricDirection } from "@/lib/domain/items";
// A metric's state from its latest value. Thresholds are the first bad value on the metric's side:
// for "lower is better" (type-check errors) a value above the warning threshold is a warning and
// above the critical one critical; for "higher is better" (coverage) the same below them. A value
// exactly on a threshold is still the better state, so "errors < 50" with warning 50 is ok at 50.

export type { MetricDirection } from "@/lib/domain/items";
export type MetricStatus = "ok" | "warning" | "critical" | "no_data";

export interface MetricThresholds {
  direction: MetricDirection;
  warningThreshold: number | null;
  criticalThreshold: number | null;
}

/** What defines a metric on every screen that shows one: the chart, the form, the lists. */
export interface MetricDefinition extends MetricThresholds {
  key: string;
  name: string;
  unit: string;
  target: number | null;
}

export function metricStatus(m: MetricThresholds, value: number | null | undefined): MetricStatus {
  if (value === null || value === undefined || !Number.isFinite(value)) return "no_data";
  const worse = (threshold: number | null) =>
    threshold !== null && (m.direction === "lower_is_better" ? value > threshold : value < threshold);
  if (worse(m.criticalThreshold)) return "critical";
  if (worse(m.warningThreshold)) return "warning";
  return "ok";
}
