import { describe, expect, it } from "vitest";
import { metricStatus } from "./status";

const errors = { direction: "lower_is_better", warningThreshold: 50, criticalThreshold: 100 } as const;
const coverage = { direction: "higher_is_better", warningThreshold: 80, criticalThreshold: 60 } as const;

describe("metricStatus", () => {
  it("lower is better: above the thresholds is worse, on them is still the better state", () => {
    expect(metricStatus(errors, 10)).toBe("ok");
    expect(metricStatus(errors, 50)).toBe("ok");
    expect(metricStatus(errors, 51)).toBe("warning");
    expect(metricStatus(errors, 100)).toBe("warning");
    expect(metricStatus(errors, 101)).toBe("critical");
  });

  it("higher is better: below the thresholds is worse", () => {
    expect(metricStatus(coverage, 85)).toBe("ok");
    expect(metricStatus(coverage, 80)).toBe("ok");
    expect(metricStatus(coverage, 79.9)).toBe("warning");
    expect(metricStatus(coverage, 59)).toBe("critical");
  });

  it("missing thresholds never raise a state, and no value is no data", () => {
    expect(metricStatus({ direction: "lower_is_better", warningThreshold: null, criticalThreshold: null }, 1e9)).toBe("ok");
    expect(metricStatus({ ...errors, warningThreshold: null }, 60)).toBe("ok");
    expect(metricStatus(errors, null)).toBe("no_data");
    expect(metricStatus(errors, Number.NaN)).toBe("no_data");
  });
});
