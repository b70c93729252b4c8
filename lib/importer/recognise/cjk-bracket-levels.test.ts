import { describe, expect, it } from "vitest";
import { leadingCjkLevel } from "./cjk-bracket-levels";
import { parsePlan } from "../parse";

describe("leadingCjkLevel", () => {
  it("reads a bracketed level opening the entry", () => {
    expect(leadingCjkLevel("【高】商户统计改为异步汇总")).toEqual({ label: "High", rest: "商户统计改为异步汇总" });
    expect(leadingCjkLevel("〔中〕整理手册")).toEqual({ label: "Medium", rest: "整理手册" });
    expect(leadingCjkLevel("[低] 补充文案")).toEqual({ label: "Low", rest: "补充文案" });
    expect(leadingCjkLevel("【優先度：高】手順書を整備する")).toEqual({ label: "High", rest: "手順書を整備する" });
    expect(leadingCjkLevel("【紧急】回滚配置")).toEqual({ label: "Critical", rest: "回滚配置" });
  });
  it("leaves other brackets alone", () => {
    expect(leadingCjkLevel("【背景】说明")).toBeNull();
    expect(leadingCjkLevel("【高】")).toBeNull();
    expect(leadingCjkLevel("【高〕错配")).toBeNull();
    expect(leadingCjkLevel("整理手册【高】")).toBeNull();
    expect(leadingCjkLevel("中期计划")).toBeNull();
  });
  it("gives the entries of a Chinese action list their priorities", () => {
    const doc = "## 改进措施\n\n1. 【高】商户统计改为异步汇总 —— 负责人：刘洋\n2. 【中】整理手册\n3. 【低】补充提示文案\n";
    expect(parsePlan(doc).items.map((i) => [i.title, i.priority])).toEqual([
      ["商户统计改为异步汇总", "P1"],
      ["整理手册", "P2"],
      ["补充提示文案", "P3"],
    ]);
  });
});

describe("a Chinese action line with its owner and a remark", () => {
  it("keeps only the action as the title", () => {
    const doc = "## 改进措施\n\n1. 【中】大促前压测需覆盖回调链路（目前只压下单接口）—— 负责人：孙丽\n2. 【高】自动告警到值班电话 —— 负责人：陈晨，已完成\n";
    expect(parsePlan(doc).items.map((i) => [i.title, i.priority, i.status])).toEqual([
      ["大促前压测需覆盖回调链路", "P2", "not_started"],
      ["自动告警到值班电话", "P1", "done"],
    ]);
  });
});
