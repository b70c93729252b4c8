// The metric chart's time ranges, without zod: the chart's range links import this in the browser
// (schemas.ts re-exports it beside rangeSchema for the server).
export const RANGES = ["7d", "30d", "90d", "1y", "all"] as const;
export type ChartRange = (typeof RANGES)[number];
export const RANGE_LABELS: Record<ChartRange, string> = { "7d": "7 days", "30d": "30 days", "90d": "90 days", "1y": "1 year", all: "All time" };
