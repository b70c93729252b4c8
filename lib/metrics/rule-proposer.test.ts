import { describe, expect, it } from "vitest";
import { proposeRule } from "./rule-proposer";

const KNOWN = [
  { key: "type_safety", name: "Type safety (Pyright errors)", direction: "lower_is_better" as const },
  { key: "test_coverage", name: "Test Coverage", direction: "higher_is_better" as const },
  { key: "test_coverage_backend", name: "Test Coverage (Backend)", direction: "higher_is_better" as const },
  { key: "security", name: "Critical vulnerabilities", direction: "lower_is_better" as const },
  { key: "api_latency_p99", name: "API Latency p99", direction: "lower_is_better" as const },
  { key: "error_rate", name: "Error Rate", direction: "lower_is_better" as const },
];

describe("rule proposals", () => {
  it.each([
    ["Pyright errors < 50 across all repos", { metricKey: "type_safety", comparator: "<", value: 50 }],
    ["Type safety: fewer than 10 errors", { metricKey: "type_safety", comparator: "<", value: 10 }],
    ["Test coverage > 80%", { metricKey: "test_coverage", comparator: ">", value: 80 }],
    ["Test coverage (backend) at least 80%", { metricKey: "test_coverage_backend", comparator: ">=", value: 80 }],
    ["Zero critical vulnerabilities", { metricKey: "security", comparator: "<=", value: 0 }],
    ["API latency p99 under 2 seconds", { metricKey: "api_latency_p99", comparator: "<", value: 2 }],
    ["error_rate <= 1%", { metricKey: "error_rate", comparator: "<=", value: 1 }],
    ["Error handling documented", null],
    ["All tests pass", null],
    // A bound no metric value may reach (|v| > 1e15) is not a rule anyone can meet: not proposed.
    ["Pyright errors < 99999999999999999999", null],
  ])("proposes a rule for %j", (text, expected) => {
    const got = proposeRule(text, KNOWN);
    expect(got).toEqual(expected);
  });
});
