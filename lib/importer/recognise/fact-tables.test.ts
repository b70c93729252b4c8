import { describe, expect, it } from "vitest";
import { isFactTable } from "./fact-tables";
import { parsePlan } from "../parse";

describe("isFactTable", () => {
  it("reads an incident report's particulars as facts", () => {
    const rows = [
      ["発生日時", "2026/11/25 09:02"],
      ["影響", "Web・アプリともにログイン不可"],
      ["報告者", "インフラチーム 高橋"],
    ];
    expect(isFactTable(["項目", "内容"], rows)).toBe(true);
    expect(isFactTable(["Field", "Value"], [["Started", "09:02"], ["Reporter", "Sam"]])).toBe(true);
    expect(isFactTable(["항목", "내용"], [["발생 일시", "11/25 09:02"], ["영향", "로그인 불가"]])).toBe(true);
  });
  it("does not take a task table for facts", () => {
    // A status column, or a third column, makes it a tracker.
    expect(isFactTable(["Item", "Status"], [["Rotate keys", "Done"], ["Add alerts", "Open"]])).toBe(false);
    // Sentences on the left are work to do, not field names.
    expect(isFactTable(["Item", "Content"], [["Move the Redis config into Terraform and require review.", "x"], ["Add alerts for the error rate.", "y"]])).toBe(false);
    // A task header on the left.
    expect(isFactTable(["タスク", "内容"], [["移行", "DB"], ["検証", "QA"]])).toBe(false);
    expect(isFactTable(["項目", "内容"], [["影響", "大"]])).toBe(false);
  });
  it("keeps the report's measures table as work", () => {
    const doc = [
      "# 障害報告書",
      "",
      "| 項目 | 内容 |",
      "|---|---|",
      "| 発生日時 | 2026/11/25 09:02 |",
      "| 障害レベル | レベル2 |",
      "| 報告者 | 高橋 |",
      "",
      "## 再発防止策",
      "",
      "| No. | 対策 | 担当 | 状況 |",
      "|---|---|---|---|",
      "| 1 | Redis の設定変更を Terraform 管理に移す | 高橋 | 対応中 |",
      "| 2 | アラート閾値を見直す | 伊藤 | 完了 |",
    ].join("\n");
    expect(parsePlan(doc).items.map((i) => i.title)).toEqual(["Redis の設定変更を Terraform 管理に移す", "アラート閾値を見直す"]);
  });
});
