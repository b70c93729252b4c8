import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { sentenceMetric } from "./metric-sentences";
import { asciiNumerals, namesTargets, numberValue } from "./metric-words";

const metrics = (md: string) => parsePlan(md).metrics.map((m) => [m.name, m.comparator, m.target]);

describe("numbers as other languages write them", () => {
  it("reads Eastern Arabic digits and marks", () => {
    expect(asciiNumerals("٢٥٪ على الأقل")).toBe("25% على الأقل");
    expect(asciiNumerals("أقل من ١٫٥ ريال")).toBe("أقل من 1.5 ريال");
    expect(asciiNumerals("۴۰")).toBe("40");
  });

  it("reads thousands groups as one number and decimals as decimals", () => {
    expect(numberValue("12.000")).toBe(12000);
    expect(numberValue("1,200,000")).toBe(1200000);
    expect(numberValue("4,3")).toBe(4.3);
    expect(numberValue("99.95")).toBe(99.95);
    expect(numberValue("0.005")).toBe(0.005);
  });
});

describe("targets in more languages", () => {
  it("reads comparison words before and after the number", () => {
    expect(sentenceMetric("Thời gian giao trung bình dưới 35 phút")).toEqual({ name: "Thời gian giao trung bình", comparator: "<", target: 35, unit: "" });
    expect(sentenceMetric("Ít nhất 5.000 đơn hàng")).toMatchObject({ name: "Đơn hàng", comparator: ">=", target: 5000 });
    expect(sentenceMetric("שיעור פתיחה של הניוזלטר מעל 28%")).toMatchObject({ comparator: ">", target: 28, unit: "%" });
    expect(sentenceMetric("معدل فتح الرسائل: ٢٥٪ على الأقل")).toMatchObject({ name: "معدل فتح الرسائل", comparator: ">=", target: 25 });
    expect(sentenceMetric("重大障害の件数：月1件以下")).toMatchObject({ name: "重大障害の件数", comparator: "<=", target: 1 });
    expect(sentenceMetric("평균 응답 시간 200ms 이하")).toMatchObject({ comparator: "<=", target: 200 });
  });

  it("reads a zero target in any language", () => {
    expect(sentenceMetric("صفر مشاكل حرجة قبل الإطلاق")).toEqual({ name: "مشاكل حرجة قبل الإطلاق", comparator: "<=", target: 0, unit: "" });
    expect(sentenceMetric("Null offene Sicherheitslücken")).toMatchObject({ comparator: "<=", target: 0 });
  });

  it("knows a targets heading from a non-goals heading", () => {
    expect(namesTargets("目标")).toBe(true);
    expect(namesTargets("Chỉ tiêu tháng đầu")).toBe(true);
    expect(namesTargets("Метрики успіху")).toBe(true);
    expect(namesTargets("Ținte")).toBe(true);
    expect(namesTargets("Метрикова система")).toBe(false);
    expect(namesTargets("مؤشرات الأداء")).toBe(true);
    expect(namesTargets("非目标")).toBe(false);
    expect(namesTargets("Goals")).toBe(false);
  });

  it("reads a target section, a targets table and a labelled target line", () => {
    const md =
      "# Plan\n\n## Việc cần làm\n- [ ] Tuyển tài xế\n\n## Chỉ tiêu tháng đầu\n- Ít nhất 5.000 đơn hàng\n\n## 关键指标\n| 指标 | 目标 |\n|---|---|\n| 次日留存 | ≥ 45% |\n\nיעד: שיעור פתיחה מעל 28%.\n";
    expect(metrics(md)).toEqual([
      ["שיעור פתיחה", ">", 28],
      ["Đơn hàng", ">=", 5000],
      ["次日留存", ">=", 45],
    ]);
  });
});

describe("Thai targets heading", () => {
  it("'เป้าหมาย' (goal) heads targets", () => {
    expect(namesTargets("เป้าหมาย")).toBe(true);
    expect(namesTargets("งานทั่วไป")).toBe(false);
  });
});

describe("Swahili targets", () => {
  it("read 'angalau' (at least) and 'yasiwe chini ya' (not below) under 'Malengo' (goals)", () => {
    const md = ["# Mpango 2027", "", "## Malengo ya mwaka", "- Wanachama kufikia angalau 60", "- Marejesho ya mikopo yasiwe chini ya 95%", "", "## Kazi za kufanya", "1. Kununua mashine 2 za kushona", ""].join("\n");
    const result = parsePlan(md);
    expect(result.metrics.map((m) => [m.name, m.comparator, m.target])).toEqual([
      ["Wanachama", ">=", 60],
      ["Marejesho ya mikopo", ">=", 95],
    ]);
    expect(result.items.map((i) => i.title)).toEqual(["Kununua mashine 2 za kushona"]);
  });

  it("does not join a percentile's number to the figure after it as grouped thousands", () => {
    expect(parsePlan("# Q1\n\n## Notes\n\n- 목표: 결제 승인 p95 800ms 이하\n").metrics.map((m) => [m.name, m.target])).toEqual([["결제 승인 p95", 800]]);
    // A figure grouped by a space is still one number.
    expect(sentenceMetric("Budget under 1 200 EUR")?.target).toBe(1200);
  });

  it("reads Arabic 'does not exceed' as at most, and 'at least' still as at least", () => {
    expect(sentenceMetric("نقطة الاستعادة (RPO): لا تتجاوز 15 دقيقة")).toMatchObject({ comparator: "<=", target: 15 });
    expect(sentenceMetric("معدل فتح الرسائل: ٢٥٪ على الأقل")).toMatchObject({ comparator: ">=", target: 25 });
  });
});

