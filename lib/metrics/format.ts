import type { MetricDirection, MetricStatus } from "./status";

// How a metric's numbers read on screen: "74.5%", "1.7 s", "47", "12.5 min".

const NO_SPACE_UNITS = new Set(["%", "‰"]);

// One formatter per precision, made once: Number#toLocaleString with options builds a new
// Intl.NumberFormat on every call, which was a tenth of the dashboard's render time.
const BY_DIGITS = [0, 1, 2, 3].map((digits) => new Intl.NumberFormat("en", { maximumFractionDigits: digits }));
// Beyond 15 digits (the ingest limit, lib/metrics/limits.ts) or below what 3 decimals show, "1.8E308"
// rather than 309 digits or "0". Values stored before the limit can still be that large.
const SCIENTIFIC = new Intl.NumberFormat("en", { notation: "scientific", maximumFractionDigits: 2 });

export function formatNumber(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e15 || (abs > 0 && abs < 1e-3)) return SCIENTIFIC.format(value);
  const digits = abs >= 1000 ? 0 : abs >= 100 ? 1 : abs >= 1 ? 2 : 3;
  return BY_DIGITS[digits]!.format(value);
}

export function formatValue(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  const n = formatNumber(value);
  if (!unit) return n;
  return NO_SPACE_UNITS.has(unit) ? `${n}${unit}` : `${n} ${unit}`;
}

export const STATUS_LABEL: Record<MetricStatus, string> = { ok: "OK", warning: "Warning", critical: "Critical", no_data: "No data" };

export type Trend = { delta: number; direction: "better" | "worse" | "flat" };

/** The change from the first to the last value, judged by the metric's direction. */
export function trendOf(values: number[], direction: MetricDirection): Trend | null {
  if (values.length < 2) return null;
  const delta = values.at(-1)! - values[0]!;
  // NaN at either end, or a difference beyond a double (values stored before the ingest limit).
  if (!Number.isFinite(delta)) return null;
  const scale = Math.max(Math.abs(values[0]!), Math.abs(values.at(-1)!), 1e-9);
  if (Math.abs(delta) / scale < 0.005) return { delta, direction: "flat" };
  const better = direction === "lower_is_better" ? delta < 0 : delta > 0;
  return { delta, direction: better ? "better" : "worse" };
}

/** "target < 10" / "target ≥ 80%": the comparison the direction implies. */
export function targetLabel(target: number | null, unit: string, direction: MetricDirection): string {
  if (target === null) return "no target";
  return `target ${direction === "lower_is_better" ? "≤" : "≥"} ${formatValue(target, unit)}`;
}

/**
 * How far the latest value is from the target, when it misses it: "37 over", "5.5% short". A
 * metric can be OK (inside its warning threshold) and still off target; this says by how much.
 */
export function targetGap(value: number | null | undefined, target: number | null, unit: string, direction: MetricDirection): string | null {
  if (value === null || value === undefined || target === null || !Number.isFinite(value)) return null;
  const gap = direction === "lower_is_better" ? value - target : target - value;
  // Not a number or overflowing (NaN, or values stored before the ingest limit), or only rounding noise (0.1 + 0.2 vs 0.3).
  if (!Number.isFinite(gap) || gap <= Math.max(Math.abs(value), Math.abs(target)) * 1e-12) return null;
  return `${formatValue(Number(gap.toPrecision(3)), unit)} ${direction === "lower_is_better" ? "over" : "short"}`;
}
