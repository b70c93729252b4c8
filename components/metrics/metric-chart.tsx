"use client";

import dynamic from "next/dynamic";
import type { ChartSeries } from "@/lib/metrics/queries";
import { cn } from "@/lib/cn";
import type { ChartMetric } from "./chart-geometry";
import { chartSummary } from "./chart-format";
import { useTimeZone } from "@/components/time/time-zone";

// The box, its accessible summary and the empty state render with the page; the plot (recharts) is
// loaded after hydration into the box, whose height is fixed, so nothing moves when it arrives. It
// measures its container in the browser anyway (ResponsiveContainer), so the server drew nothing
// of it before either.
const MetricPlot = dynamic(() => import("./metric-plot").then((m) => m.MetricPlot), { ssr: false });

export interface MetricChartProps {
  metric: ChartMetric;
  series: ChartSeries;
  /** Pixel height of the plot; the width follows the container. */
  height?: number;
  className?: string;
}

export function MetricChart({ metric, series, height = 280, className }: MetricChartProps) {
  const zone = useTimeZone();
  const label = chartSummary(metric, series, zone);
  // Recharts draws no axes without data, so an empty range gets a plain placeholder.
  if (series.points.length === 0) {
    return (
      <div role="img" aria-label={label} className={cn("flex w-full items-center justify-center rounded-md border border-dashed border-border text-sm text-muted-foreground", className)} style={{ height }}>
        No values in this range
      </div>
    );
  }
  return (
    <div role="img" aria-label={label} className={cn("w-full", className)} style={{ height }}>
      <MetricPlot metric={metric} series={series} height={height} />
    </div>
  );
}
