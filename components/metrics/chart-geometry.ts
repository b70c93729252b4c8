import { eachDayOfInterval, eachHourOfInterval, eachMonthOfInterval, eachYearOfInterval } from "date-fns";
import type { MetricDirection } from "@/lib/metrics/status";

// Pure geometry for the metric chart and sparkline (no React, no Recharts) so it is unit-tested.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export type ChartMetric = {
  key: string;
  name: string;
  unit: string;
  direction: MetricDirection;
  target: number | null;
  warningThreshold: number | null;
  criticalThreshold: number | null;
};

export type Zone = { kind: "warning" | "critical"; y1: number; y2: number };
export type YScale = { domain: [number, number]; ticks: number[]; zones: Zone[]; showTarget: boolean };

type Limits = Pick<ChartMetric, "direction" | "target" | "warningThreshold" | "criticalThreshold">;
/** A value or bucket; `v` (the mean) counts too, in case min/max are missing or off. */
type Extent = { min: number; max: number; v?: number };

const finite = (n: number | null | undefined): n is number => typeof n === "number" && Number.isFinite(n);

/**
 * The range of the values, widened to each reference value (zero included) that is "near": no
 * further from the data than the data's own spread, so a far-off target does not flatten the line.
 */
export function valueExtent(values: Extent[], references: (number | null | undefined)[]): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const { min, max, v } of values) {
    for (const x of [min, max, v]) {
      if (finite(x)) [lo, hi] = [Math.min(lo, x), Math.max(hi, x)];
    }
  }
  const refs = references.filter(finite);
  if (lo > hi) {
    if (refs.length === 0) return null;
    return [Math.min(...refs), Math.max(...refs)];
  }
  const spread = hi > lo ? hi - lo : Math.abs(hi) * 0.1 || 1;
  const [dataLo, dataHi] = [lo, hi];
  for (const r of refs) {
    if (r < dataLo && dataLo - r <= spread) lo = Math.min(lo, r);
    if (r > dataHi && r - dataHi <= spread) hi = Math.max(hi, r);
  }
  return [lo, hi];
}

/** 1, 2, 2.5 or 5 times a power of ten, the smallest at least `rough`. */
export function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= rough * (1 - 1e-9)) ?? 10;
  return step * power;
}

/** Round ticks ending on multiples of the step around [lo, hi]. */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (hi <= lo) {
    const pad = Math.abs(lo) * 0.1;
    [lo, hi] = pad === 0 ? [0, 1] : [lo - pad, hi + pad];
  }
  const step = niceStep((hi - lo) / Math.max(1, count - 1));
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  const first = Math.floor(lo / step + 1e-9) * step;
  const last = Math.ceil(hi / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let v = first; v <= last + step / 2; v += step) ticks.push(Number(v.toFixed(decimals)) || 0);
  return ticks;
}

/** Warning and critical bands inside [lo, hi]: thresholds are the first bad value on the metric's side. */
export function zones(m: Limits, [lo, hi]: [number, number]): Zone[] {
  const w = finite(m.warningThreshold) ? m.warningThreshold : null;
  const c = finite(m.criticalThreshold) ? m.criticalThreshold : null;
  const raw: Zone[] = [];
  if (m.direction === "lower_is_better") {
    if (w !== null) raw.push({ kind: "warning", y1: w, y2: c ?? Infinity });
    if (c !== null) raw.push({ kind: "critical", y1: c, y2: Infinity });
  } else {
    if (w !== null) raw.push({ kind: "warning", y1: c ?? -Infinity, y2: w });
    if (c !== null) raw.push({ kind: "critical", y1: -Infinity, y2: c });
  }
  return raw
    .map((z) => ({ ...z, y1: Math.max(lo, z.y1), y2: Math.min(hi, z.y2) }))
    .filter((z) => z.y2 > z.y1);
}

/** The chart's Y axis: data, nearby target/thresholds and zero, on round ticks; zones clipped to it. */
export function yScale(m: Limits, values: Extent[], tickCount = 5): YScale {
  // Zero is a reference only next to data: with none, the axis spans the target and thresholds.
  const extent = valueExtent(values, [values.length > 0 ? 0 : null, m.target, m.warningThreshold, m.criticalThreshold]) ?? [0, 1];
  const ticks = niceTicks(extent[0], extent[1], tickCount);
  const domain: [number, number] = [ticks[0]!, ticks[ticks.length - 1]!];
  const showTarget = finite(m.target) && m.target >= domain[0] && m.target <= domain[1];
  return { domain, ticks, zones: zones(m, domain), showTarget };
}

export type TimeTickFormat = "HH:mm" | "d MMM" | "MMM yyyy";

/** Tick labels by span: clock times under two days, days under a year, months beyond. */
export function timeTickFormat(from: number, to: number): TimeTickFormat {
  const span = to - from;
  if (span < 2 * DAY) return "HH:mm";
  if (span < 365 * DAY) return "d MMM";
  return "MMM yyyy";
}

type Unit = "hour" | "day" | "month" | "year";
const STEPS: { unit: Unit; step: number; ms: number }[] = [
  ...[1, 2, 3, 6, 12].map((step) => ({ unit: "hour" as const, step, ms: step * HOUR })),
  ...[1, 2, 7, 14].map((step) => ({ unit: "day" as const, step, ms: step * DAY })),
  ...[1, 2, 3, 6].map((step) => ({ unit: "month" as const, step, ms: step * 30.44 * DAY })),
  ...[1, 2, 5, 10, 20, 50].map((step) => ({ unit: "year" as const, step, ms: step * 365.25 * DAY })),
];
const SMALLEST: Record<TimeTickFormat, Unit[]> = { "HH:mm": ["hour", "day", "month", "year"], "d MMM": ["day", "month", "year"], "MMM yyyy": ["month", "year"] };

/** At most `max` ticks on local hour, day, month or year boundaries, matching timeTickFormat. */
export function timeTicks(from: number, to: number, max = 6): number[] {
  if (!(to > from)) return [from];
  const units = SMALLEST[timeTickFormat(from, to)];
  const pick = STEPS.find((s) => units.includes(s.unit) && (to - from) / s.ms <= max) ?? STEPS[STEPS.length - 1]!;
  const interval = { start: from, end: to };
  let dates: Date[];
  if (pick.unit === "hour") dates = eachHourOfInterval(interval).filter((d) => d.getHours() % pick.step === 0);
  else if (pick.unit === "day") dates = eachDayOfInterval(interval).filter((_, i) => i % pick.step === 0);
  else if (pick.unit === "month") dates = eachMonthOfInterval(interval).filter((d) => d.getMonth() % pick.step === 0);
  else dates = eachYearOfInterval(interval).filter((d) => d.getFullYear() % pick.step === 0);
  const ticks = dates.map((d) => d.getTime()).filter((t) => t >= from && t <= to);
  return ticks.length > 0 ? ticks : [from, to];
}

/** SVG polyline points for a sparkline, `pad` px in from every edge; a flat series sits mid-height. */
export function sparklinePoints(points: { t: number; v: number }[], width: number, height: number, pad = 2, yRange?: [number, number]): { x: number; y: number }[] {
  const ts = points.map((p) => p.t);
  const [t0, t1] = [Math.min(...ts), Math.max(...ts)];
  const [v0, v1] = yRange ?? [Math.min(...points.map((p) => p.v)), Math.max(...points.map((p) => p.v))];
  const w = width - 2 * pad;
  const h = height - 2 * pad;
  const round = (n: number) => Math.round(n * 100) / 100;
  return points.map((p, i) => ({
    x: round(pad + (t1 > t0 ? ((p.t - t0) / (t1 - t0)) * w : (i / Math.max(1, points.length - 1)) * w)),
    y: round(pad + (v1 > v0 ? (1 - (p.v - v0) / (v1 - v0)) * h : h / 2)),
  }));
}
