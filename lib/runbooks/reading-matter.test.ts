import { describe, expect, it } from "vitest";
import { sectionRole } from "./layouts";
import { parseScenarios } from "./outline";
import { namesReadingMatter } from "./reading-matter";

// Headings and runbooks written for this test.

describe("reading matter in more languages", () => {
  it("is named by a heading's first word, or its opening characters in unspaced scripts", () => {
    expect(["Примечания", "Глоссарий терминов", "Uwagi końcowe", "Glossário", "Woordenlijst", "📝 Notatki", "用語集", "备注", "참고 자료"].map(namesReadingMatter)).toEqual(
      Array(9).fill(true),
    );
    expect(["Перезапуск сервиса", "Przywracanie bazy", "ジョブの再実行", "重启服务"].map(namesReadingMatter)).toEqual(Array(4).fill(false));
    expect(sectionRole("Контакты")).toBe("describes");
  });

  it("is no scenario, and a glossary under a case gives it no steps", () => {
    const ru = "## Случай А. Очередь растёт\n\n1. Проверить воркеры.\n2. Перезапустить их.\n\n## Контакты\n\n- Дежурный: @ivan\n";
    expect(parseScenarios(ru).scenarios.map((s) => [s.title, s.steps.length])).toEqual([["Случай А. Очередь растёт", 2]]);
    const ja = "## 事例1：ディスクが一杯\n\n1. 古いログを削除する。\n\n### 用語\n\n- ノード：サーバ一台\n- ボリューム：ディスク\n";
    expect(parseScenarios(ja).scenarios[0]?.steps.map((s) => s.text)).toEqual(["古いログを削除する。"]);
  });
});
