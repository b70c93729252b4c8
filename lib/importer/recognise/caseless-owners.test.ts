import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

// "鈴木: 手順書を作成する" under an action heading: a name in a script without capitals, named as a
// person elsewhere in the document (an attendee line), is the owner, not part of the title.
describe("owners written in a script without case", () => {
  it("a known person's name before a colon is taken off the title", () => {
    const doc = "# 定例\n\n出席者: 山田、李\n\n## 今週のタスク\n\n- 山田: 見積書を送る\n- 李：テスト環境を用意する\n";
    expect(parsePlan(doc).items.map((i) => i.title)).toEqual(["見積書を送る", "テスト環境を用意する"]);
  });

  it("a word before a colon that names no person of the document stays", () => {
    const doc = "# 定例\n\n出席者: 山田、李\n\n## 今週のタスク\n\n- 本番: 見積書を送る\n- 検証環境: テストを用意する\n";
    expect(parsePlan(doc).items.map((i) => i.title)).toEqual(["本番: 見積書を送る", "検証環境: テストを用意する"]);
  });
});
