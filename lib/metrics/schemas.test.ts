import { describe, expect, it } from "vitest";
import { invalidInput } from "@/lib/auth/guard";
import { defineMetricSchema, ingestSchema, linkCriterionSchema, MAX_BATCH_POINTS, MAX_METRIC_ABS_VALUE, recordPointSchema, updateMetricSchema } from "./schemas";

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

// Every way a number gets in: the API, the "record a value" form, definitions and criterion rules.
describe("the value range (|v| ≤ MAX_METRIC_ABS_VALUE)", () => {
  const metricId = "00000000-0000-4000-8000-000000000001";
  const entryId = "00000000-0000-4000-8000-000000000002";
  const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) => r.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`) ?? [];

  it("is 1e15, and its ends are accepted", () => {
    expect(MAX_METRIC_ABS_VALUE).toBe(1e15);
    expect(ingestSchema.safeParse({ points: [{ value: 1e15 }, { value: -1e15 }, { value: 9e14 + 0.125 }] }).success).toBe(true);
    expect(recordPointSchema.safeParse({ metricId, value: "-1e15" }).success).toBe(true);
  });

  it.each([1.7976931348623157e308, 1e16, -1e16, 1e15 + 1])("the API refuses %d, naming the point's value", (value) => {
    expect(messages(ingestSchema.safeParse({ points: [{ value: 0 }, { value }] }))).toEqual(["points.1.value: must be between -1e15 and 1e15"]);
    expect(paths(ingestSchema.safeParse({ value }))).toEqual(["value"]);
  });

  it("the form, a definition's target and thresholds, and a criterion's bound refuse it too", () => {
    expect(messages(recordPointSchema.safeParse({ metricId, value: "1e16" }))).toEqual(["value: must be between -1e15 and 1e15"]);
    expect(paths(recordPointSchema.safeParse({ metricId, value: "1.7976931348623157e308" }))).toEqual(["value"]);
    expect(paths(defineMetricSchema.safeParse({ ...base, target: "1e16" }))).toEqual(["target"]);
    expect(paths(defineMetricSchema.safeParse({ ...base, warningThreshold: 1e200 }))).toEqual(["warningThreshold"]);
    expect(paths(defineMetricSchema.safeParse({ ...base, criticalThreshold: "-2e15" }))).toEqual(["criticalThreshold"]);
    expect(paths(linkCriterionSchema.safeParse({ entryId, metricKey: "pyright_errors", comparator: "<", value: "1e300" }))).toEqual(["value"]);
  });
});

// One rule for when a value was measured, whether it comes from CI, the form or a CSV.
describe("the recorded time", () => {
  const metricId = "00000000-0000-4000-8000-000000000001";
  const msg = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) => r.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`) ?? [];
  const before2000 = "recordedAt: is before 2000; send the time the value was measured";

  it.each(["0001-01-01T00:00", "0001-01-01T00:00:00.000Z", "-100000-01-01T00:00", "-100000-01-01T00:00:00.000Z", "1999-12-31T23:59:59Z"])(
    "the form refuses %s as before 2000, as the API does",
    (recordedAt) => {
      expect(msg(recordPointSchema.safeParse({ metricId, value: "1", recordedAt }))).toEqual([before2000]);
      expect(msg(ingestSchema.safeParse({ value: 1, recordedAt }))).toEqual([before2000]);
    },
  );

  it("both refuse the far future and times without a zone with the same messages, and take an empty form field as now", () => {
    const future = new Date(Date.now() + 3_600_000).toISOString();
    expect(msg(recordPointSchema.safeParse({ metricId, value: "1", recordedAt: future }))).toEqual(msg(ingestSchema.safeParse({ value: 1, recordedAt: future })));
    expect(msg(recordPointSchema.safeParse({ metricId, value: "1", recordedAt: future }))).toEqual(["recordedAt: is in the future; send the time the value was measured"]);
    expect(paths(recordPointSchema.safeParse({ metricId, value: "1", recordedAt: "2026-01-01T00:00" }))).toEqual(["recordedAt"]);
    expect(paths(recordPointSchema.safeParse({ metricId, value: "1", recordedAt: "someday" }))).toEqual(["recordedAt"]);
    expect(recordPointSchema.parse({ metricId, value: "1", recordedAt: "" }).recordedAt).toBeUndefined();
    expect(recordPointSchema.parse({ metricId, value: "1", recordedAt: "2026-01-01T10:00:00.000Z" }).recordedAt).toEqual(new Date("2026-01-01T10:00:00Z"));
  });
});

describe("refusals name the form's field", () => {


  it("as labelled on the metric form, never by its input name", () => {
    const refused = defineMetricSchema.safeParse({ ...base, target: 10, warningThreshold: 5 });
    const error = invalidInput(refused.error!, defineMetricSchema);
    expect(error.message).toBe("Warning threshold must be at or above the target (10) when lower is better");
    expect(error.fieldErrors).toEqual({ warningThreshold: ["must be at or above the target (10) when lower is better"] });
    const critical = updateMetricSchema.safeParse({ ...base, metricId: "00000000-0000-4000-8000-000000000001", version: 1, warningThreshold: 50, criticalThreshold: 40 });
    expect(invalidInput(critical.error!, updateMetricSchema).message).toBe("Critical threshold must be at or above the warning threshold (50) when lower is better");
    expect(invalidInput(defineMetricSchema.safeParse({ ...base, direction: "sideways" }).error!, defineMetricSchema).message).toBe("Better when: choose Lower or Higher");
  });

  it("by its JSON path for the API", () => {
    const refused = ingestSchema.safeParse({ value: "49" });
    expect(invalidInput(refused.error!, ingestSchema, "program").message).toMatch(/^value: /);
  });
});
