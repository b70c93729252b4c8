import { describe, expect, it } from "vitest";
import { metricName, sentenceMetric } from "./metric-sentences";
import { relativeChange } from "./relative-change";

// Changes by a percentage, written for this test in several languages.

describe("relative change", () => {
  it.each([
    ["Pager alerts down 35% vs last quarter", "Pager alerts", 35],
    ["Cloud bill reduced by 20%", "Cloud bill", 20],
    ["Weekly active teams +12% QoQ", "Weekly active teams", 12],
    ["Checkout errors 40% lower than in March", "Checkout errors", 40],
    ["Ladezeit der Startseite um 30 % geringer", "Ladezeit der Startseite", 30],
    ["Temps de build réduit de 25 %", "Temps de build", 25],
    ["Tiempo de espera un 15% menor que en T2", "Tiempo de espera", 15],
    ["Wachtrij met 50% omlaag", "Wachtrij", 50],
  ])("reads %j as a change of at least that much", (text, name, target) => {
    expect(relativeChange(text, metricName)).toEqual({ name, comparator: ">=", target, unit: "%" });
    expect(sentenceMetric(text)).toEqual({ name, comparator: ">=", target, unit: "%" });
  });

  it("reads no change where there is none", () => {
    for (const text of ["Coverage 80%", "Migrate 3 services", "Error rate under 1%", "Team of 5 people"]) expect(relativeChange(text, metricName), text).toBeNull();
  });

  it("reads a Chinese or Japanese verb of change right after the name, and a comparison with no space before it", () => {
    expect(relativeChange("Airflow 任务失败率降低 50%", metricName)).toMatchObject({ name: "Airflow 任务失败率", comparator: ">=", target: 50 });
    expect(relativeChange("EMR 月账单下降30%", metricName)).toMatchObject({ name: "EMR 月账单", target: 30 });
    expect(relativeChange("迁移 3 个服务", metricName)).toBeNull();
    expect(sentenceMetric("P1 数据事故不超过 2 次")).toMatchObject({ name: "P1 数据事故", comparator: "<=", target: 2 });
  });
});
