import { describe, expect, it } from "vitest";
import { keyResultText } from "./key-result-labels";
import { parsePlan } from "../parse";

// Key-result lines written for this test.

describe("key-result labels", () => {
  it("drops the numbering label of a key result", () => {
    expect(keyResultText("KR1.1 Median build time ≤ 10 minutes")).toBe("Median build time ≤ 10 minutes");
    expect(keyResultText("KR 2: Uptime ≥ 99.9%")).toBe("Uptime ≥ 99.9%");
    expect(keyResultText("KR2.3 – Churn down 10%")).toBe("Churn down 10%");
    expect(keyResultText("Key result 3: NPS at least 40")).toBe("NPS at least 40");
    expect(keyResultText("KR3")).toBeNull();
    // A full-width colon needs no space after it.
    expect(keyResultText("KR1：核心报表准时率 ≥ 99%")).toBe("核心报表准时率 ≥ 99%");
    expect(keyResultText("KR1：")).toBeNull();
    expect(keyResultText("Kraken migration")).toBeNull();
  });

  it("names a key result's metric by its words, in several languages", () => {
    const md = [
      "# OKRs",
      "",
      "## Objective 1",
      "",
      "- KR1.1 Median build time ≤ 10 minutes (today: 25)",
      "- KR1.2: Activation rate from 20% to at least 35%",
      "- KR1.3 Tiempo de respuesta: máximo 4 horas",
      "- KR1.4 Wachttijd onder de 2 uur",
      "- KR1.5 障害対応時間を 30分以下 にする",
      "- KR1.6 API coverage ≥ 80%, UI coverage ≥ 50%",
    ].join("\n");
    expect(parsePlan(md).metrics.map(({ name, comparator, target }) => ({ name, comparator, target }))).toEqual([
      { name: "Median build time", comparator: "<=", target: 10 },
      { name: "Activation rate", comparator: ">=", target: 35 },
      { name: "Tiempo de respuesta", comparator: "<=", target: 4 },
      { name: "Wachttijd", comparator: "<", target: 2 },
      { name: "障害対応時間", comparator: "<=", target: 30 },
      { name: "API coverage", comparator: ">=", target: 80 },
      { name: "UI coverage", comparator: ">=", target: 50 },
    ]);
  });

  it("reads key results labelled with a full-width colon as targets, not work", () => {
    const md = "# 2027 Q1 OKR\n\n## O1：提升稳定性\n\n- KR1：报表准时率 ≥ 99%\n- KR2：任务失败率降低 50%\n\n**关键举措**\n\n1. 补齐数据质量校验\n";
    const result = parsePlan(md);
    expect(result.metrics.map((m) => [m.name, m.comparator, m.target])).toEqual([
      ["报表准时率", ">=", 99],
      ["任务失败率", ">=", 50],
    ]);
    expect(result.items.map((i) => [i.title, i.category])).toEqual([["补齐数据质量校验", ["提升稳定性"]]]);
  });
});
