import { describe, expect, it } from "vitest";
import { readRule, ruleHolds, ruleText } from "./metric-rule";

describe("metric rules", () => {
  it("compares as written", () => {
    expect(ruleHolds({ comparator: "<", value: 50 }, 49)).toBe(true);
    expect(ruleHolds({ comparator: "<", value: 50 }, 50)).toBe(false);
    expect(ruleHolds({ comparator: "<=", value: 50 }, 50)).toBe(true);
    expect(ruleHolds({ comparator: ">=", value: 80 }, 79.9)).toBe(false);
    expect(ruleHolds({ comparator: "=", value: 0 }, 0)).toBe(true);
    expect(ruleText({ metricKey: "type_safety", comparator: "<=", value: 50 })).toBe("type_safety ≤ 50");
    expect(readRule({ metricKey: "x", comparator: "<", value: 1 })).toEqual({ metricKey: "x", comparator: "<", value: 1 });
    expect(readRule(null)).toBeNull();
    expect(readRule({ metricKey: "Bad Key", comparator: "<", value: 1 })).toBeNull();
  });
});
