import { describe, expect, it } from "vitest";
import { kindOf } from "../sections";
import { endsWithCjkTaskNoun } from "./cjk-task-headings";

describe("Japanese, Chinese and Korean headings that end with the task noun", () => {
  it("name the work below", () => {
    expect(endsWithCjkTaskNoun("フォローアップ タスク")).toBe(true);
    expect(endsWithCjkTaskNoun("今週のタスク (3)")).toBe(true);
    expect(endsWithCjkTaskNoun("后续任务")).toBe(true);
    expect(endsWithCjkTaskNoun("이번 주 할 일")).toBe(true);
    expect(kindOf("会議後のやること", null, null)).toBe("tasks");
  });

  it("a noun that qualifies another, a negation or a Latin qualifier is not read so", () => {
    expect(endsWithCjkTaskNoun("タスク管理の方針")).toBe(false);
    expect(endsWithCjkTaskNoun("タスクなし")).toBe(false);
    expect(endsWithCjkTaskNoun("Sprint 3 タスク")).toBe(false);
    expect(endsWithCjkTaskNoun("タスク")).toBe(false); // alone: the opening reader's
  });
});
