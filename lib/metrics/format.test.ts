import { describe, expect, it } from "vitest";
import { formatValue, targetGap, targetLabel, trendOf } from "./format";

describe("metric formatting", () => {
  it("reads like a person would write it", () => {
    expect(formatValue(74.5, "%")).toBe("74.5%");
    expect(formatValue(1.7, "s")).toBe("1.7 s");
    expect(formatValue(47, "")).toBe("47");
    expect(formatValue(1234.56, "req/s")).toBe("1,235 req/s");
    expect(formatValue(0.0123, "%")).toBe("0.012%");
    expect(formatValue(null, "%")).toBe("—");
    expect(targetLabel(10, "", "lower_is_better")).toBe("target ≤ 10");
    expect(targetLabel(80, "%", "higher_is_better")).toBe("target ≥ 80%");
    expect(targetLabel(null, "%", "higher_is_better")).toBe("no target");
  });

  it("judges a trend by the metric's direction", () => {
    expect(trendOf([142, 47], "lower_is_better")).toEqual({ delta: -95, direction: "better" });
    expect(trendOf([61, 74.5], "higher_is_better")?.direction).toBe("better");
    expect(trendOf([1, 1.6], "lower_is_better")?.direction).toBe("worse");
    expect(trendOf([100, 100.1], "lower_is_better")?.direction).toBe("flat");
    expect(trendOf([5], "lower_is_better")).toBeNull();
  });
});

describe("targetGap", () => {
  it("says how far a value misses its target, in the metric's unit", () => {
    expect(targetGap(47, 10, "", "lower_is_better")).toBe("37 over");
    expect(targetGap(74.5, 80, "%", "higher_is_better")).toBe("5.5% short");
    expect(targetGap(1.25, 1, "%", "lower_is_better")).toBe("0.25% over");
  });

  it("says nothing when the target is met or there is nothing to compare", () => {
    expect(targetGap(8, 10, "", "lower_is_better")).toBeNull();
    expect(targetGap(10, 10, "", "lower_is_better")).toBeNull();
    expect(targetGap(99.95, 99.9, "%", "higher_is_better")).toBeNull();
    expect(targetGap(null, 10, "", "lower_is_better")).toBeNull();
    expect(targetGap(5, null, "", "lower_is_better")).toBeNull();
  });
});

describe("numbers at the edges", () => {
  it("writes very large and very small magnitudes in scientific notation, not hundreds of digits", () => {
    expect(formatValue(1.7976931348623157e308, "ms")).toBe("1.8E308 ms");
    expect(formatValue(-1e200, "")).toBe("-1E200");
    expect(formatValue(1e15, "")).toBe("1E15");
    expect(formatValue(999_999_999_999_999, "")).toBe("999,999,999,999,999");
    expect(formatValue(5e-324, "")).toBe("5E-324");
    expect(formatValue(0.0004, "%")).toBe("4E-4%");
    expect(formatValue(0, "")).toBe("0");
  });

  it("has no trend or gap when the difference overflows, and no gap smaller than the numbers' precision", () => {
    expect(trendOf([-1.7976931348623157e308, 1.7976931348623157e308], "lower_is_better")).toBeNull();
    expect(trendOf([Number.NaN, 5], "lower_is_better")).toBeNull();
    expect(trendOf([0, 1e15], "lower_is_better")).toEqual({ delta: 1e15, direction: "worse" });
    expect(targetGap(1.7976931348623157e308, -1.7976931348623157e308, "", "lower_is_better")).toBeNull();
    expect(targetGap(1e15, -1e15, "", "lower_is_better")).toBe("2E15 over");
    expect(targetGap(0.1 + 0.2, 0.3, "", "lower_is_better")).toBeNull();
    expect(targetGap(5, Number.NaN, "", "lower_is_better")).toBeNull();
  });
});
