"use client";

// The metric chart's drawing: recharts (≈ 123 KB) lives only in this module, which metric-chart.tsx
// loads with next/dynamic once a chart is drawn, so no other page pays for it (issue #21).
import { useMemo } from "react";
import { Area, CartesianGrid, ComposedChart, Line, ReferenceArea, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartPoint, ChartSeries } from "@/lib/metrics/queries";
import { formatNumber, formatValue } from "@/lib/metrics/format";
import { drawable, timeTickFormat, timeTicks, yScale, type ChartMetric } from "./chart-geometry";
import { formatBucket } from "./chart-format";
import { useTimeZone } from "@/components/time/time-zone";
import { formatInZone } from "@/lib/time/format";

// Theme variables from app/globals.css. The --color-* names are `@theme inline`, so Tailwind does
// not emit them as CSS variables; the plain ones switch with .dark.
const COLOR = {
  line: "var(--primary)",
  band: "var(--primary)",
  target: "var(--success)",
  warning: "var(--warning)",
  critical: "var(--danger)",
  grid: "var(--border)",
  text: "var(--muted-foreground)",
};
const TICK = { fill: COLOR.text, fontSize: 11 };
/** Up to this many points a dot marks each value, so a lone value or a gap is still visible. */
const DOTS_UP_TO = 60;

/** The plot inside MetricChart's fixed-height box; `series` has at least one point. */
export function MetricPlot({ metric, series, height }: { metric: ChartMetric; series: ChartSeries; height: number }) {
  const zone = useTimeZone();
  const bucketed = series.bucketMs !== null;
  const y = useMemo(() => yScale(metric, series.points), [metric, series.points]);
  // What is drawn is clamped to the axis (a value stored before the ingest limit can exceed it); tooltips keep the stored value.
  const data = useMemo(() => drawable(series.points), [series.points]);
  const xTicks = useMemo(() => timeTicks(series.from, series.to, 6, zone), [series.from, series.to, zone]);
  const tickPattern = timeTickFormat(series.from, series.to);
  const formatTick = (t: number) => {
    // Under two days the labels are clock times; midnight gets the date instead.
    if (tickPattern === "HH:mm" && formatInZone(t, zone, "HH:mm") === "00:00") return formatInZone(t, zone, "d MMM");
    return formatInZone(t, zone, tickPattern);
  };

  return (
    <ResponsiveContainer width="100%" height={height}>
      <ComposedChart data={data} margin={{ top: 12, right: 16, bottom: 4, left: 4 }} accessibilityLayer={false}>
        <CartesianGrid stroke={COLOR.grid} strokeDasharray="3 3" vertical={false} />
        {y.zones.map((z) => (
          <ReferenceArea
            key={z.kind}
            y1={z.y1}
            y2={z.y2}
            fill={COLOR[z.kind]}
            fillOpacity={z.kind === "critical" ? 0.09 : 0.12}
            stroke="none"
            ifOverflow="hidden"
            zIndex={-50}
          />
        ))}
        <XAxis
          dataKey="t"
          type="number"
          scale="time"
          domain={[series.from, series.to]}
          ticks={xTicks}
          tickFormatter={formatTick}
          tick={TICK}
          stroke={COLOR.grid}
          minTickGap={16}
        />
        <YAxis
          type="number"
          domain={y.domain}
          ticks={y.ticks}
          tickFormatter={(v: number) => formatNumber(v)}
          tick={TICK}
          stroke={COLOR.grid}
          width="auto"
          label={metric.unit ? { value: metric.unit, angle: -90, position: "insideLeft", fill: COLOR.text, fontSize: 11 } : undefined}
        />
        {bucketed && (
          <Area
            dataKey="band"
            name="min–max"
            type="linear"
            stroke="none"
            fill={COLOR.band}
            fillOpacity={0.18}
            activeDot={false}
            tooltipType="none"
            legendType="none"
            isAnimationActive={false}
          />
        )}
        {y.showTarget && metric.target !== null && (
          <ReferenceLine
            y={metric.target}
            stroke={COLOR.target}
            strokeDasharray="6 4"
            strokeWidth={1.5}
            label={{ value: `target ${formatValue(metric.target, metric.unit)}`, position: "insideTopRight", fill: COLOR.text, fontSize: 11 }}
          />
        )}
        <Line
          dataKey="y"
          name={metric.name}
          type="linear"
          stroke={COLOR.line}
          strokeWidth={2}
          dot={series.points.length <= DOTS_UP_TO ? { r: 2.5, fill: COLOR.line, strokeWidth: 0 } : false}
          activeDot={{ r: 4 }}
          isAnimationActive={false}
        />
        <Tooltip
          isAnimationActive={false}
          cursor={{ stroke: COLOR.text, strokeDasharray: "3 3" }}
          content={({ active, payload }) => <ChartTooltip active={active} point={payload?.[0]?.payload as ChartPoint | undefined} metric={metric} bucketMs={series.bucketMs} zone={zone} />}
        />
      </ComposedChart>
    </ResponsiveContainer>
  );
}

function ChartTooltip({ active, point, metric, bucketMs, zone }: { active?: boolean; point: ChartPoint | undefined; metric: ChartMetric; bucketMs: number | null; zone: string }) {
  if (!active || !point) return null;
  return (
    <div className="rounded-md border border-border bg-surface px-2.5 py-1.5 text-xs text-foreground shadow-md">
      <div className="text-muted-foreground">{bucketMs === null ? formatInZone(point.t, zone, "d MMM yyyy, HH:mm") : formatBucket(point.t, bucketMs, zone)}</div>
      <div className="font-medium tabular-nums">
        {bucketMs === null ? "" : "mean "}
        {formatValue(point.v, metric.unit)}
      </div>
      {bucketMs !== null && (
        <div className="tabular-nums text-muted-foreground">
          {formatNumber(point.min)}–{formatValue(point.max, metric.unit)} · {new Intl.NumberFormat("en").format(point.n)} value{point.n === 1 ? "" : "s"}
        </div>
      )}
    </div>
  );
}
