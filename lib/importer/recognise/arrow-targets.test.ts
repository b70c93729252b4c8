import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { sentenceMetric } from "./metric-sentences";
import { arrowTarget } from "./arrow-targets";

describe("today's figure, an arrow, then the target", () => {
  it("takes the figure after the arrow in the direction of travel, or as its words compare it", () => {
    expect(arrowTarget("Checkout errors 4.1% → 2%")).toMatchObject({ subject: "Checkout errors", comparator: "<=", target: 2 });
    expect(arrowTarget("Trial conversion 6% -> 9%")).toMatchObject({ comparator: ">=", target: 9 });
    expect(sentenceMetric("p95 latency 900 ms → target < 300 ms")).toMatchObject({ name: "P95 latency", comparator: "<", target: 300 });
    expect(sentenceMetric("이탈률 12% → 목표 8% 이하")).toMatchObject({ name: "이탈률", comparator: "<=", target: 8 });
  });

  it("reads a line labelled as an indicator", () => {
    expect(parsePlan("# Sprint\n\n**Indicator:** monthly churn 5% → 3%\n").metrics.map((m) => [m.name, m.comparator, m.target])).toEqual([["Monthly churn", "<=", 3]]);
  });

  it("is no target when the arrow joins steps or versions rather than figures of a measure", () => {
    expect(arrowTarget("Build → test → deploy")).toBeNull();
    expect(parsePlan("# Plan\n\n## Tasks\n\n- Upgrade Node 18 → 20 in the worker\n").metrics).toEqual([]);
  });
});
