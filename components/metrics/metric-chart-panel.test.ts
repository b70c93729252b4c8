import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { ChartSeries } from "@/lib/metrics/queries";
import { MetricChartPanel } from "./metric-chart-panel";
import { MetricTable } from "./metric-table";

// Server rendering only: ResponsiveContainer draws nothing until it has measured itself in a browser.

const metric = { key: "type_errors", name: "Type errors", unit: "", direction: "lower_is_better" as const, target: 10, warningThreshold: 50, criticalThreshold: 100 };
const from = Date.UTC(2026, 0, 1);
const DAY = 86_400_000;
const raw: ChartSeries = { from, to: from + 30 * DAY, bucketMs: null, total: 30, points: Array.from({ length: 30 }, (_, i) => ({ t: from + i * DAY, v: 40 + (i % 7), min: 40 + (i % 7), max: 40 + (i % 7), n: 1 })) };
const bucketed: ChartSeries = {
  from,
  to: from + 365 * DAY,
  bucketMs: 17.52 * 3_600_000,
  total: 12_000,
  points: Array.from({ length: 500 }, (_, i) => ({ t: from + i * 17.52 * 3_600_000, v: 30 + (i % 20), min: 20, max: 60 + (i % 5), n: 24 })),
};

describe("MetricChartPanel", () => {
  it("renders the toggle, range links and the chart's label on the server", () => {
    const html = renderToStaticMarkup(createElement(MetricChartPanel, { metric, series: raw, range: "30d" }));
    expect(html).toContain('aria-pressed="true"');
    expect(html).toMatch(/<a[^>]*href="\?range=30d"[^>]*aria-current="page"|<a[^>]*aria-current="page"[^>]*href="\?range=30d"/);
    expect(html.match(/<a /g)).toHaveLength(5);
    expect(html).toContain('role="img" aria-label="Type errors: 30 values from 1 Jan 2026 to 31 Jan 2026, latest 41, target 10"');
    // The table (up to 200 rows) is rendered only when "Table" is chosen or the page prints.
    expect(html).not.toContain("<caption");
  });

  it("renders a bucketed series", () => {
    const html = renderToStaticMarkup(createElement(MetricChartPanel, { metric, series: bucketed, range: "1y" }));
    expect(html).toContain("latest bucket mean");
  });
});

describe("MetricTable", () => {
  it("lists newest first with row headers", () => {
    const html = renderToStaticMarkup(createElement(MetricTable, { metric, series: raw }));
    expect(html.match(/<th scope="row"/g)).toHaveLength(30);
    expect(html.indexOf("2026-01-30")).toBeLessThan(html.indexOf("2026-01-01"));
    expect(html).not.toContain("Showing the newest");
  });

  it("shows min, max and count per bucket, at most 200 rows, and says so", () => {
    const html = renderToStaticMarkup(createElement(MetricTable, { metric, series: bucketed }));
    expect(html.match(/<th scope="col"/g)).toHaveLength(5);
    expect(html.match(/<th scope="row"/g)).toHaveLength(200);
    expect(html).toContain("Showing the newest 200 of 500 periods.");
    expect(html).toContain("17.5 h period");
  });
});
