import { describe, expect, it } from "vitest";
import { saysHowFound } from "./found-by-parens";
import { tidyTitle } from "./title-tails";

describe("how a problem was found, in a closing parenthesis", () => {
  it("is a remark", () => {
    expect(tidyTitle("ログイン画面のメモリリーク（LeakCanary で検出）", false, new Set()).title).toBe("ログイン画面のメモリリーク");
    expect(saysHowFound("QA から報告")).toBe(true);
  });

  it("a parenthesis naming the detection work stays", () => {
    expect(tidyTitle("メモリリーク対策（検出ロジックの改善）", false, new Set()).title).toBe("メモリリーク対策（検出ロジックの改善）");
    expect(saysHowFound("LeakCanary 導入")).toBe(false);
  });
});
