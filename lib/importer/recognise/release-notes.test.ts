import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

// Release notes written for this test.

describe("a release's notes", () => {
  it("give no items for what changed, even ticked", () => {
    const md = ["# リリースノート — 天気アプリ v3.1", "", "## 新機能", "- 週間予報を追加しました。", "", "## 不具合の修正", "- ✅ 通知が二回届く問題を修正しました。", "- ✅ 起動が遅い問題を修正しました。", ""].join("\n");
    expect(parsePlan(md).items).toEqual([]);
  });

  it("still read a section named as work", () => {
    const md = ["# Release notes 4.2", "", "## Fixed", "- ✅ Crash on empty input", "", "## To do before 4.3", "- [ ] Drop the legacy exporter", ""].join("\n");
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Drop the legacy exporter"]);
  });

  it("are not a plan whose title only starts alike", () => {
    const md = ["# Release notes checklist", "", "- [ ] Draft the notes", "- [ ] Ask support to review", ""].join("\n");
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Draft the notes", "Ask support to review"]);
  });
});
