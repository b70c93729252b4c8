import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { leadingPLevel } from "./priority-tags";

const read = (md: string) => parsePlan(md).items.map((i) => [i.title, i.priorityLabel]);

describe("a bold priority tag opening an entry", () => {
  it("is the entry's priority, and the words after it its title", () => {
    const md = "# QA\n\n## Defects\n\n- [ ] **[High]** Login popup shows twice\n- [x] **P2** Dark mode placeholder invisible\n- [ ] **[낮음]** 버전 표기 오타\n";
    expect(read(md)).toEqual([
      ["Login popup shows twice", "High"],
      ["Dark mode placeholder invisible", "P2"],
      ["버전 표기 오타", "Low"],
    ]);
  });

  it("a bold level then a dash defines the level (a legend), it tags nothing", () => {
    const md = "# Audit\n\n## Severity definitions\n\n- **Critical** — exploitable remotely\n- **Low** — informational\n";
    expect(read(md)).toEqual([]);
  });
});

describe("an unbolded P-level opening the line", () => {
  it("reads 'P1: …' and 'P-2 — …' as the priority, the rest as the title", () => {
    expect(leadingPLevel("P1: Fix login")).toEqual({ label: "P1", rest: "Fix login" });
    expect(leadingPLevel("P-2 — Add docs")).toEqual({ label: "P2", rest: "Add docs" });
    const md = "# Backlog\n\n## Tasks\n- [ ] P0: Rotate the leaked key\n- [ ] Add docs (P-3)\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.priority])).toEqual([
      ["Rotate the leaked key", "P0"],
      ["Add docs", "P3"],
    ]);
  });
  it("leaves keys, part numbers and words alone", () => {
    expect(leadingPLevel("P1-001: Fix login")).toBeNull();
    expect(leadingPLevel("P-51 Mustang restoration")).toBeNull();
    expect(leadingPLevel("P5: Nice things")).toBeNull();
    expect(leadingPLevel("P1 Fix login")).toBeNull();
  });
});

describe("a bracketed P-level opening the line", () => {
  it("is the entry's priority in CJK and square brackets", () => {
    expect(leadingPLevel("【P0】把旧的日志桶删掉")).toEqual({ label: "P0", rest: "把旧的日志桶删掉" });
    expect(leadingPLevel("［P2］手順書を直す")).toEqual({ label: "P2", rest: "手順書を直す" });
    expect(leadingPLevel("[P1] Rotate the keys")).toEqual({ label: "P1", rest: "Rotate the keys" });
    const md = "# 计划\n\n## 任务\n\n1. 【P0】给备份加告警\n2. 【P3】整理看板\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.priority])).toEqual([
      ["给备份加告警", "P0"],
      ["整理看板", "P3"],
    ]);
  });
  it("is not a bracket of other words, nor a level with nothing after it", () => {
    expect(leadingPLevel("【重要】给备份加告警")).toBeNull();
    expect(leadingPLevel("【P0】")).toBeNull();
    expect(leadingPLevel("[P9] Something")).toBeNull();
  });
});
