import { tz } from "@date-fns/tz";
import { addDays, addHours, addMonths, addYears, setYear, startOfDay, startOfHour, startOfMonth, startOfYear, type ContextOptions } from "date-fns";
import type { MetricDefinition } from "@/lib/metrics/status";

// Pure geometry for the metric chart and sparkline (no React, no Recharts) so it is unit-tested.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export type ChartMetric = MetricDefinition;

export type Zone = { kind: "warning" | "critical"; y1: number; y2: number };
export type YScale = { domain: [number, number]; ticks: number[]; zones: Zone[]; showTarget: boolean };

type Limits = Pick<ChartMetric, "direction" | "target" | "warningThreshold" | "criticalThreshold">;
/** A value or bucket; `v` (the mean) counts too, in case min/max are missing or off. */
type Extent = { min: number; max: number; v?: number };

const finite = (n: number | null | undefined): n is number => typeof n === "number" && Number.isFinite(n);

/**
 * The largest magnitude the axis spans. Ingest keeps values within ±1e15, but a value stored before
 * that limit (up to ±1.8e308) must still draw: it is pinned to the edge, where the span of the axis,
 * its step and every tick stay finite.
 */
export const AXIS_LIMIT = 1e300;
/** No axis has more ticks than this, whatever it is asked for. */
export const MAX_TICKS = 50;
/** A spread smaller than this share of the values' size is below a double's useful precision: a flat line. */
const MIN_RELATIVE_SPREAD = 1e-9;
/** Values closer to zero than this draw as zero (their steps would be subnormal). */
const TINY = 1e-290;

export const clampAxis = (n: number) => Math.max(-AXIS_LIMIT, Math.min(AXIS_LIMIT, n));

/**
 * The range of the values, widened to each reference value (zero included) that is "near": no
 * further from the data than the data's own spread, so a far-off target does not flatten the line.
 * Non-finite values are skipped and the rest clamped to ±AXIS_LIMIT.
 */
export function valueExtent(values: Extent[], references: (number | null | undefined)[]): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const { min, max, v } of values) {
    for (const x of [min, max, v]) {
      if (finite(x)) [lo, hi] = [Math.min(lo, clampAxis(x)), Math.max(hi, clampAxis(x))];
    }
  }
  const refs = references.filter(finite).map(clampAxis);
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

/** 1, 2, 2.5 or 5 times a power of ten, the smallest at least `rough` (1 for a rough step that is not a positive number). */
export function niceStep(rough: number): number {
  if (!(rough > 0) || !Number.isFinite(rough)) return rough === Infinity ? 10 ** 300 : 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= rough * (1 - 1e-9)) ?? 10;
  return step * power;
}

/**
 * Round ticks ending on multiples of the step around [lo, hi]; any input gives 2 to MAX_TICKS
 * finite, increasing ticks. Bounds beyond ±AXIS_LIMIT are clamped, NaN ignored, and a range
 * narrower than a double can step through is padded like a single value.
 */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (Number.isNaN(lo)) lo = Number.isNaN(hi) ? 0 : hi;
  if (Number.isNaN(hi)) hi = lo;
  [lo, hi] = [clampAxis(Math.min(lo, hi)), clampAxis(Math.max(lo, hi))];
  const size = Math.max(Math.abs(lo), Math.abs(hi));
  if (size < TINY) [lo, hi] = [0, 1];
  else if (hi - lo <= size * MIN_RELATIVE_SPREAD) {
    const pad = size * 0.1;
    [lo, hi] = [lo - pad, hi + pad];
  }
  const intervals = Number.isNaN(count) ? 4 : Math.min(Math.max(1, Math.floor(count) - 1), MAX_TICKS - 3);
  const step = niceStep((hi - lo) / intervals);
  const first = Math.floor(lo / step + 1e-9);
  const n = Math.ceil(hi / step - 1e-9) - first;
  // Unreachable with the bounds above (a nice step is at least the rough one); a last guard on the loop.
  if (!(n >= 1 && n < MAX_TICKS)) return [lo, hi];
  const ticks: number[] = [];
  for (let i = 0; i <= n; i++) ticks.push(Number(((first + i) * step).toPrecision(12)) || 0);
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
type Step = { unit: Unit; step: number; ms: number };
const YEAR = 365.25 * DAY;
const STEPS: Step[] = [
  ...[1, 2, 3, 6, 12].map((step) => ({ unit: "hour" as const, step, ms: step * HOUR })),
  ...[1, 2, 7, 14].map((step) => ({ unit: "day" as const, step, ms: step * DAY })),
  ...[1, 2, 3, 6].map((step) => ({ unit: "month" as const, step, ms: step * 30.44 * DAY })),
  ...[1, 2, 5, 10, 20, 50].map((step) => ({ unit: "year" as const, step, ms: step * YEAR })),
];
const SMALLEST: Record<TimeTickFormat, Unit[]> = { "HH:mm": ["hour", "day", "month", "year"], "d MMM": ["day", "month", "year"], "MMM yyyy": ["month", "year"] };
type In = ContextOptions<Date>;
const START: Record<Unit, (t: number, o: In) => Date> = { hour: startOfHour, day: startOfDay, month: startOfMonth, year: startOfYear };
const ADD: Record<Unit, (d: Date, n: number, o: In) => Date> = { hour: addHours, day: addDays, month: addMonths, year: addYears };

/** Years between ticks beyond the table (100, 200, 500, 1000 …): a span of millennia still gets few. */
function yearStep(span: number, max: number): Step {
  const rough = span / YEAR / max;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 5, 10].find((m) => m * power >= rough) ?? 10) * power;
  return { unit: "year", step, ms: step * YEAR };
}

/**
 * At most `max` ticks on hour, day, month or year boundaries of the reader's zone, matching
 * timeTickFormat. The step is chosen from the span first, so the walk below visits a bounded
 * number of boundaries.
 */
export function timeTicks(from: number, to: number, max = 6, zone = "UTC"): number[] {
  if (!Number.isFinite(from) || !Number.isFinite(to)) return [];
  if (!(to > from)) return [from];
  max = Math.min(Math.max(1, Math.floor(max)), MAX_TICKS);
  const units = SMALLEST[timeTickFormat(from, to)];
  const pick = STEPS.find((s) => units.includes(s.unit) && (to - from) / s.ms <= max) ?? yearStep(to - from, max);
  const o: In = { in: tz(zone) };
  let d = START[pick.unit](from, o);
  if (pick.unit === "year") d = setYear(d, Math.ceil(d.getFullYear() / pick.step) * pick.step, o);
  const ticks: number[] = [];
  // Hours, days and months are walked one at a time (and filtered like date-fns' eachXOfInterval did), years by the step.
  for (let i = 0; i < 1000 && d.getTime() <= to; i++, d = ADD[pick.unit](d, pick.unit === "year" ? pick.step : 1, o)) {
    const keep = pick.unit === "hour" ? d.getHours() % pick.step === 0 : pick.unit === "day" ? i % pick.step === 0 : pick.unit === "month" ? d.getMonth() % pick.step === 0 : true;
    if (keep && d.getTime() >= from) ticks.push(d.getTime());
  }
  return ticks.length > 0 ? ticks.slice(0, max) : [from, to];
}

/**
 * The series as the chart draws it: `y` (the line) and `band` (min–max) clamped to ±AXIS_LIMIT
 * and null where not a number (a gap), so no point lies outside the axis yScale computed. The
 * stored values stay on the point for the tooltip.
 */
export function drawable<P extends { v: number; min: number; max: number }>(points: P[]): (P & { y: number | null; band: [number | null, number | null] })[] {
  const draw = (n: number) => (Number.isFinite(n) ? clampAxis(n) : null);
  return points.map((p) => ({ ...p, y: draw(p.v), band: [draw(p.min), draw(p.max)] }));
}

/**
 * SVG polyline points for a sparkline, `pad` px in from every edge; a flat series (or a value that
 * is not a number) sits mid-height. Values are clamped to the range, so every point is in the box.
 */
export function sparklinePoints(points: { t: number; v: number }[], width: number, height: number, pad = 2, yRange?: [number, number]): { x: number; y: number }[] {
  let [t0, t1] = [Infinity, -Infinity];
  for (const { t } of points) if (finite(t)) [t0, t1] = [Math.min(t0, t), Math.max(t1, t)];
  const [v0, v1] = (yRange ?? valueExtent(points.map((p) => ({ min: p.v, max: p.v })), []) ?? [0, 0]).map(clampAxis) as [number, number];
  const w = width - 2 * pad;
  const h = height - 2 * pad;
  const round = (n: number) => Math.round(n * 100) / 100;
  return points.map((p, i) => ({
    x: round(pad + (t1 > t0 && finite(p.t) ? ((p.t - t0) / (t1 - t0)) * w : (i / Math.max(1, points.length - 1)) * w)),
    y: round(pad + (v1 > v0 && finite(p.v) ? (1 - (Math.min(v1, Math.max(v0, p.v)) - v0) / (v1 - v0)) * h : h / 2)),
  }));
}
