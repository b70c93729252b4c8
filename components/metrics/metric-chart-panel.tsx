"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useState } from "react";
import type { ChartSeries } from "@/lib/metrics/queries";
import { RANGE_LABELS, RANGES, type ChartRange } from "@/lib/metrics/ranges";
import { cn } from "@/lib/cn";
import { usePrinting } from "@/components/print/use-printing";
import type { ChartMetric } from "./chart-geometry";
import { MetricChart } from "./metric-chart";
import { MetricTable } from "./metric-table";

export interface MetricChartPanelProps {
  metric: ChartMetric;
  series: ChartSeries;
  /** The range the series was read for; its link is marked current. */
  range: ChartRange;
  /** Chart height in pixels. */
  height?: number;
}

type View = "chart" | "table";

export function MetricChartPanel({ metric, series, range, height }: MetricChartPanelProps) {
  const [view, setView] = useState<View>("chart");
  const printing = usePrinting();
  const pathname = usePathname() ?? "";
  const searchParams = useSearchParams();
  const hrefFor = (r: ChartRange) => {
    const params = new URLSearchParams(searchParams?.toString());
    params.set("range", r);
    return `${pathname}?${params.toString()}`;
  };
  const segment = "inline-flex h-7 items-center rounded px-2.5 text-xs font-medium transition-colors";

  return (
    <section aria-label={`${metric.name} over time`} className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2 print:hidden">
        <nav aria-label="Time range">
          <ul className="flex gap-0.5 rounded-md border border-border bg-muted p-0.5">
            {RANGES.map((r) => (
              <li key={r}>
                <Link
                  href={hrefFor(r)}
                  scroll={false}
                  aria-current={r === range ? "page" : undefined}
                  title={RANGE_LABELS[r]}
                  className={cn(segment, r === range ? "bg-surface text-foreground shadow-xs" : "text-muted-foreground hover:text-foreground")}
                >
                  {r === "all" ? "All" : r}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div role="group" aria-label="Show as" className="flex gap-0.5 rounded-md border border-border bg-muted p-0.5">
          {(["chart", "table"] as const).map((v) => (
            <button
              key={v}
              type="button"
              aria-pressed={view === v}
              onClick={() => setView(v)}
              className={cn(segment, view === v ? "bg-surface text-foreground shadow-xs" : "text-muted-foreground hover:text-foreground")}
            >
              {v === "chart" ? "Chart" : "Table"}
            </button>
          ))}
        </div>
      </div>
      {/* Kept laid out (only collapsed) while the table shows, so the chart has a measured width when printed. */}
      <div aria-hidden={view !== "chart"} className={cn(view !== "chart" && "h-0 overflow-hidden print:h-auto print:overflow-visible")}>
        <MetricChart metric={metric} series={series} height={height} />
      </div>
      {/* Up to 200 rows: in the document only when shown or printed (the printout keeps chart and table). */}
      {(view === "table" || printing) && <MetricTable metric={metric} series={series} className={cn(view !== "table" && "hidden print:block")} />}
    </section>
  );
}
