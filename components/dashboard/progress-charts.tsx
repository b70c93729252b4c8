"use client";

import { useState } from "react";
import dynamic from "next/dynamic";
import { Table } from "@/components/ui/table";
import { cn } from "@/lib/cn";
import { SERIES, type ByPriority } from "./progress-series";

// The dashboard's backlog progress: open items at the end of each week (burn-down) and items done
// per week (throughput), stacked by priority, each with a table view as its text alternative.
// The plots (recharts, ≈ 123 KB) load after hydration into boxes of fixed height (h-56), so the page
// paints without them and nothing moves when they arrive (issue #21).
const ProgressPlot = dynamic(() => import("./progress-plot").then((m) => m.ProgressPlot), { ssr: false });

export type ProgressWeekView = { weekStart: string; open: ByPriority; done: ByPriority };


// Made once: Date#toLocaleDateString with options builds a new Intl.DateTimeFormat per call.
const WEEK_LABEL = new Intl.DateTimeFormat("en", { day: "numeric", month: "short", timeZone: "UTC" });
const label = (iso: string) => WEEK_LABEL.format(new Date(`${iso}T00:00:00Z`));
const sum = (p: ByPriority) => p.P0 + p.P1 + p.P2 + p.P3 + p.untriaged;

export function ProgressCharts({ weeks }: { weeks: ProgressWeekView[] }) {
  const [view, setView] = useState<"chart" | "table">("chart");
  const labels = weeks.map((w) => label(w.weekStart));
  const open = weeks.map((w, i) => ({ week: labels[i], ...w.open }));
  const done = weeks.map((w, i) => ({ week: labels[i], ...w.done }));
  const first = weeks[0];
  const last = weeks.at(-1);
  const doneTotal = weeks.reduce((s, w) => s + sum(w.done), 0);
  const summary = first && last ? `Open items went from ${sum(first.open)} to ${sum(last.open)} over ${weeks.length} weeks; ${doneTotal} done in that time.` : "No backlog history yet.";
  const segment = "inline-flex h-7 items-center rounded px-2.5 text-xs font-medium";

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-muted-foreground" data-testid="progress-summary">
          {summary}
        </p>
        <div role="group" aria-label="Show backlog progress as" className="flex gap-0.5 rounded-md border border-border bg-muted p-0.5 print:hidden">
          {(["chart", "table"] as const).map((v) => (
            <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)} className={cn(segment, view === v ? "bg-surface text-foreground shadow-xs" : "text-muted-foreground hover:text-foreground")}>
              {v === "chart" ? "Chart" : "Table"}
            </button>
          ))}
        </div>
      </div>
      <div className={cn("grid gap-4 lg:grid-cols-2", view === "table" && "hidden print:grid")}>
        <figure className="min-w-0">
          <figcaption className="mb-1 text-sm font-medium">Open items (burn-down)</figcaption>
          <div role="img" aria-label={`Open items by priority per week. ${summary}`} className="h-56">
            <ProgressPlot kind="open" data={open} />
          </div>
        </figure>
        <figure className="min-w-0">
          <figcaption className="mb-1 text-sm font-medium">Done per week (throughput)</figcaption>
          <div role="img" aria-label={`Items done per week by priority; ${doneTotal} in ${weeks.length} weeks.`} className="h-56">
            <ProgressPlot kind="done" data={done} />
          </div>
        </figure>
      </div>
      <Table containerClassName={cn(view === "chart" && "hidden print:block")} data-testid="progress-table">
        <caption className="sr-only">Open items at the end of each week and items done in it, by priority</caption>
        <thead className="border-b border-border text-left text-xs text-muted-foreground">
          <tr>
            <th scope="col" className="py-1 pr-3 font-medium">Week of</th>
            {SERIES.map((s) => (
              <th key={s.key} scope="col" className="py-1 pr-3 text-right font-medium">
                {s.label} open / done
              </th>
            ))}
            <th scope="col" className="py-1 text-right font-medium">Total open / done</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((w, i) => (
            <tr key={w.weekStart} className="border-b border-border last:border-0">
              <th scope="row" className="py-1 pr-3 text-left font-normal">
                {labels[i]}
              </th>
              {SERIES.map((s) => (
                <td key={s.key} className="py-1 pr-3 text-right tabular-nums">
                  {w.open[s.key]} / {w.done[s.key]}
                </td>
              ))}
              <td className="py-1 text-right font-medium tabular-nums">
                {sum(w.open)} / {sum(w.done)}
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
