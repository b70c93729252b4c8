import { cn } from "@/lib/cn";
import { formatValue, trendOf } from "@/lib/metrics/format";
import type { MetricDirection } from "@/lib/metrics/status";

// "▼ −0.35% in 30 days (better)": the change from the first value shown to the last, judged by the
// metric's direction. Colour carries the judgement, the words repeat it for screen readers and print.

const TONE = { better: "text-success", worse: "text-danger", flat: "text-muted-foreground" } as const;

export function Trend({ values, direction, unit, period, className }: { values: number[]; direction: MetricDirection; unit: string; period: string; className?: string }) {
  const trend = trendOf(values, direction);
  if (!trend) return null;
  const arrow = trend.direction === "flat" ? "→" : trend.delta > 0 ? "▲" : "▼";
  const size = formatValue(Number(Math.abs(trend.delta).toPrecision(2)), unit);
  return (
    <span className={cn(TONE[trend.direction], className)} data-testid="metric-trend" data-trend={trend.direction}>
      <span aria-hidden>{arrow} </span>
      {trend.direction === "flat" ? `steady ${period}` : `${trend.delta > 0 ? "+" : "−"}${size} ${period} (${trend.direction})`}
    </span>
  );
}
