"use client";

import { Area, AreaChart, Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { SERIES, type WeekRow } from "./progress-series";

// The dashboard's two progress plots. recharts lives only in this module, which progress-charts.tsx
// loads with next/dynamic once the dashboard has hydrated (issue #21).

const axis = { stroke: "var(--muted-foreground)", fontSize: 11, tickLine: false } as const;
const margin = { top: 4, right: 8, bottom: 0, left: -16 };

/** "open": open items per week as stacked areas (burn-down); "done": items done per week as stacked bars. */
export function ProgressPlot({ kind, data }: { kind: "open" | "done"; data: WeekRow[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      {kind === "open" ? (
        <AreaChart data={data} margin={margin} accessibilityLayer={false}>
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="week" {...axis} />
          <YAxis allowDecimals={false} {...axis} />
          <Tooltip contentStyle={{ background: "var(--surface)", border: "1px solid var(--border)", fontSize: 12 }} />
          <Legend wrapperStyle={{ fontSize: 11 }} />
          {SERIES.map((s) => (
            <Area key={s.key} type="monotone" dataKey={s.key} name={s.label} stackId="open" stroke={s.color} fill={s.color} fillOpacity={0.35} isAnimationActive={false} />
          ))}
        </AreaChart>
      ) : (
        <BarChart data={data} margin={margin} accessibilityLayer={false}>
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="week" {...axis} />
          <YAxis allowDecimals={false} {...axis} />
          <Tooltip cursor={{ fill: "var(--muted)" }} contentStyle={{ background: "var(--surface)", border: "1px solid var(--border)", fontSize: 12 }} />
          <Legend wrapperStyle={{ fontSize: 11 }} />
          {SERIES.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} stackId="done" fill={s.color} isAnimationActive={false} />
          ))}
        </BarChart>
      )}
    </ResponsiveContainer>
  );
}
