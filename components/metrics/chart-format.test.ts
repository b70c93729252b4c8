import { describe, expect, it } from "vitest";
import type { ChartSeries } from "@/lib/metrics/queries";
import { chartSummary, formatBucket, formatBucketSize } from "./chart-format";

const metric = { key: "p99", name: "p99 latency", unit: "ms", direction: "lower_is_better" as const, target: 100, warningThreshold: 200, criticalThreshold: 400 };
const from = Date.UTC(2026, 2, 1);
const to = Date.UTC(2026, 2, 31);

describe("formatBucketSize", () => {
  it("uses minutes, hours or days", () => {
    expect(formatBucketSize(15 * 60_000)).toBe("15 min");
    expect(formatBucketSize(17.52 * 3_600_000)).toBe("17.5 h");
    expect(formatBucketSize(3 * 86_400_000)).toBe("3 d");
  });
});

describe("server rendering (UTC, marked)", () => {
  it("formats a bucket within a day and across midnight", () => {
    expect(formatBucket(Date.UTC(2026, 2, 3, 8), 6 * 3_600_000, "UTC")).toBe("3 Mar 2026, 05:00–11:00");
    expect(formatBucket(Date.UTC(2026, 2, 3, 8), 6 * 3_600_000, "America/New_York")).toBe("3 Mar 2026, 00:00–06:00");
    expect(formatBucket(Date.UTC(2026, 2, 3, 0), 6 * 3_600_000, "UTC")).toBe("2 Mar, 21:00 – 3 Mar 2026, 03:00");
  });

  it("summarises a chart", () => {
    const series: ChartSeries = { from, to, bucketMs: null, total: 2, points: [{ t: from + 1, v: 120, min: 120, max: 120, n: 1 }, { t: to - 1, v: 95.5, min: 95.5, max: 95.5, n: 1 }] };
    expect(chartSummary(metric, series, "UTC")).toBe("p99 latency: 2 values from 1 Mar 2026 to 31 Mar 2026, latest 95.5 ms, target 100 ms");
    expect(chartSummary({ ...metric, target: null }, { ...series, points: [], total: 0 }, "UTC")).toBe("p99 latency: no values from 1 Mar 2026 to 31 Mar 2026");
    expect(chartSummary(metric, { ...series, bucketMs: 3_600_000, total: 5000 }, "UTC")).toContain("5,000 values from 1 Mar 2026 to 31 Mar 2026, latest bucket mean 95.5 ms");
  });
});
