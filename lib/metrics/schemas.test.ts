import { describe, expect, it } from "vitest";
import { defineMetricSchema, ingestSchema, MAX_BATCH_POINTS } from "./schemas";

const base = { key: "pyright_errors", name: "Pyright errors", direction: "lower_is_better" };
const paths = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) => r.error?.issues.map((i) => i.path.join(".")) ?? [];

describe("metric definitions", () => {
  it("takes form strings and JSON numbers; empty means none", () => {
    expect(defineMetricSchema.parse({ ...base, target: "10", warningThreshold: "50", criticalThreshold: "", unit: "" })).toMatchObject({ target: 10, warningThreshold: 50, criticalThreshold: null });
    expect(defineMetricSchema.parse({ ...base, target: 10 })).toMatchObject({ target: 10, warningThreshold: null });
  });

  it("refuses keys CI cannot type and thresholds on the wrong side of the target", () => {
    expect(paths(defineMetricSchema.safeParse({ ...base, key: "Pyright Errors" }))).toEqual(["key"]);
    expect(paths(defineMetricSchema.safeParse({ ...base, target: 10, warningThreshold: 5 }))).toEqual(["warningThreshold"]);
    expect(paths(defineMetricSchema.safeParse({ ...base, warningThreshold: 50, criticalThreshold: 40 }))).toEqual(["criticalThreshold"]);
    const coverage = { ...base, key: "coverage", direction: "higher_is_better" };
    expect(defineMetricSchema.safeParse({ ...coverage, target: 80, warningThreshold: 70, criticalThreshold: 60 }).success).toBe(true);
    expect(paths(defineMetricSchema.safeParse({ ...coverage, target: 80, warningThreshold: 90 }))).toEqual(["warningThreshold"]);
    expect(paths(defineMetricSchema.safeParse({ ...base, target: "ten" }))).toEqual(["target"]);
  });
});

describe("ingest body", () => {
  it("turns one value or a batch into a list", () => {
    expect(ingestSchema.parse({ value: 49, note: "ci" })).toEqual([{ value: 49, recordedAt: undefined, note: "ci" }]);
    expect(ingestSchema.parse({ points: [{ value: 1, recordedAt: "2026-01-01T00:00:00Z" }, { value: 2 }] })).toEqual([
      { value: 1, recordedAt: new Date("2026-01-01T00:00:00Z") },
      { value: 2 },
    ]);
  });

  it("names the bad field of the bad point", () => {
    expect(paths(ingestSchema.safeParse({ value: "49" }))).toEqual(["value"]);
    expect(paths(ingestSchema.safeParse({}))).toEqual(["value"]);
    expect(paths(ingestSchema.safeParse({ points: [{ value: 1 }, { value: 1, recordedAt: "2999-01-01T00:00:00Z" }] }))).toEqual(["points.1.recordedAt"]);
    expect(paths(ingestSchema.safeParse({ points: [{ value: 1 }, { value: null }] }))).toEqual(["points.1.value"]);
    expect(paths(ingestSchema.safeParse({ points: [], value: 1 }))).toContain("points");
    expect(paths(ingestSchema.safeParse({ value: 1, recordedAt: "yesterday" }))).toEqual(["recordedAt"]);
  });

  it("refuses non-finite values and oversized batches", () => {
    // JSON cannot carry Infinity, but a JS caller can.
    expect(paths(ingestSchema.safeParse({ value: Number.POSITIVE_INFINITY }))).toEqual(["value"]);
    expect(paths(ingestSchema.safeParse({ value: Number.NaN }))).toEqual(["value"]);
    const points = Array.from({ length: MAX_BATCH_POINTS + 1 }, () => ({ value: 1 }));
    expect(paths(ingestSchema.safeParse({ points }))).toEqual(["points"]);
    expect(ingestSchema.safeParse({ points: points.slice(1) }).success).toBe(true);
  });
});
