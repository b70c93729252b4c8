import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { keyedArrow } from "./arrow-marks";

const read = (md: string) => parsePlan(md).items.map((i) => [i.title, i.priority]);

describe("arrows as priority marks", () => {
  it("rank entries where the document's key names their levels", () => {
    const md = "# Backlog\n\nPriority: 🔥 urgent / ⬆️ high / ➡️ normal / ⬇️ low\n\n## Tasks\n- ⬇️ Split the PaymentService class\n- Raise coverage to 80% ⬆️\n- ➡️ Move the cron to the queue\n";
    expect(read(md)).toEqual([
      ["Split the PaymentService class", "P3"],
      ["Raise coverage to 80%", "P1"],
      ["Move the cron to the queue", "P2"],
    ]);
    const ko = "# 백로그\n\n우선순위: ⬆️ 높음 / ⬇️ 낮음\n\n## 기술 부채\n- ⬇️ 클래스 분리\n- ⬆️ 통합 테스트 추가\n";
    expect(read(ko)).toEqual([
      ["클래스 분리", "P3"],
      ["통합 테스트 추가", "P1"],
    ]);
  });

  it("without a key an arrow is no priority, and a pointing arrow stays text", () => {
    expect(keyedArrow("⬆️ Upgrade the node", new Map())).toBeNull();
    expect(keyedArrow("Coverage 60% → 80%", new Map([["➡", "Medium"]]))).toBeNull();
    const md = "# Plan\n\n## Tasks\n- ⬆️ Upgrade Node\n- Coverage 60% → 80%\n";
    expect(read(md).map(([, p]) => p)).toEqual([null, null]);
  });
});
