import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { isLegendLine } from "./legend-lines";

// Made-up legends in several languages: they define the document's marks and are not items.

const read = (md: string) => parsePlan(md).items.map((i) => [i.title, i.priority]);

describe("a legend of priority marks", () => {
  it("named in another language gives the marks their level (French, Russian)", () => {
    const fr = "# Plan\n\n**Légende** : 🔴 critique, 🟠 haute, 🟢 faible\n\n## À faire\n\n- 🔴 Corriger la fuite mémoire du worker\n- 🟠 Ajouter la pagination à l'API\n- 🟢 Renommer les variables\n";
    expect(read(fr)).toEqual([
      ["Corriger la fuite mémoire du worker", "P0"],
      ["Ajouter la pagination à l'API", "P1"],
      ["Renommer les variables", "P3"],
    ]);
    const ru = "# План\n\nЛегенда: 🔴 критично · 🟡 средний · 🟢 низкий\n\n## Задачи\n\n- 🔴 Починить бэкапы\n- 🟢 Обновить README\n";
    expect(read(ru)).toEqual([
      ["Починить бэкапы", "P0"],
      ["Обновить README", "P3"],
    ]);
  });

  it("a legend entry inside the list is not an item", () => {
    const md = "# Plan\n\n## Todo\n\n- Legend: 🔴 critical, 🟠 high, 🟢 low\n- 🔴 Fix the worker memory leak\n- Key: rotate the signing key\n";
    expect(read(md)).toEqual([
      ["Fix the worker memory leak", "P0"],
      ["Key: rotate the signing key", null],
    ]);
  });
});

describe("a line defining the scale's words in quotes", () => {
  it.each([
    "“高” 表示两周内必须处理；“中” 本季度内；“低” 有空再做。",
    "\"High\" means this sprint; \"Low\" means when there is time.",
    "«Срочно» — в течение недели, «низкий» — когда будет время.",
  ])("%s is a legend", (line) => expect(isLegendLine(line)).toBe(true));

  it("one quoted word, or quoted words that are not a scale, is a sentence", () => {
    expect(isLegendLine("Rename the \"High\" button label")).toBe(false);
    expect(isLegendLine("Replace “foo” and “bar” in the config")).toBe(false);
  });

  it("GitLab's scoped labels are the entry's fields, not definitions", () => {
    expect(isLegendLine('#212 Sync the schedules ~"status::blocked" ~"priority::high"')).toBe(false);
  });

  it("under a notes heading it adds no item", () => {
    const md = "# 审计\n\n## 问题\n\n- [ ] 修复登录超时\n\n## 说明\n\n- “高” 表示两周内必须处理；“中” 本季度内；“低” 有空再做。\n";
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["修复登录超时"]);
  });
});
