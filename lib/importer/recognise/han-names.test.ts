import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { isHanName } from "./han-names";

// Names and lists written for this test.

describe("Chinese personal names", () => {
  it("have a family name then one or two given characters", () => {
    for (const n of ["王芳", "李建国", "陈晨"]) expect(isHanName(n), n).toBe(true);
  });

  it("are not words opening with a family-name character, nor other words", () => {
    for (const n of ["高优", "方案", "文档", "后端", "前端", "必须", "王", "欧阳修远"]) expect(isHanName(n), n).toBe(false);
  });

  it("close entries as their owners when two or more entries name different people", () => {
    const md = "## 任务\n\n1. 更新监控告警（王芳）\n2. 整理值班手册（李建国）\n3. 清理测试环境（后端）\n";
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["更新监控告警", "整理值班手册", "清理测试环境（后端）"]);
  });

  it("stay in the title when only one entry has such a parenthesis", () => {
    const md = "## 任务\n\n1. 更新监控告警（王芳）\n2. 整理值班手册\n";
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["更新监控告警（王芳）", "整理值班手册"]);
  });
});

describe("Chinese names in traditional characters", () => {
  it("knows the family names as Hong Kong and Taiwan write them", () => {
    expect(isHanName("黃志明")).toBe(true);
    expect(isHanName("陳嘉欣")).toBe(true);
    expect(isHanName("測試")).toBe(false);
  });
});
