import { describe, expect, it } from "vitest";
import { talkTail } from "./talk-tails";

const cutAt = (title: string) => {
  const tail = talkTail(title);
  return tail ? [title.slice(0, tail.index), tail.status] : null;
};

describe("tails of status mails, chat threads and sprint notes", () => {
  it("a parenthesis in Latin words after a title in another script is its translation", () => {
    expect(cutAt("ログイン画面の表示が崩れる件 (Login screen layout is broken)")).toEqual(["ログイン画面の表示が崩れる件", null]);
    // A version or a figure in Latin letters is no gloss.
    expect(cutAt("설정 화면 버전 오타 (1.4.0-rc → 1.4.0)")).toBeNull();
    expect(cutAt("Обновить сервер (Ubuntu 24.04 LTS)")).toBeNull();
  });

  it("a percentage among other clauses in parentheses says how far the work is", () => {
    expect(cutAt("Tutorial level art pass (Ravi: 60%, lighting left)")).toEqual(["Tutorial level art pass", "in_progress"]);
    // A lone figure, or a decimal comma, says what to do.
    expect(cutAt("Raise the sampling rate (5%)")).toBeNull();
    expect(cutAt("Fejlrate skal holdes lav (under 0,5 %)")).toBeNull();
  });

  it("a Japanese or Korean dash remark closing on a state word says the state", () => {
    expect(cutAt("請求書の再発行 — 経理部の確認待ち")).toEqual(["請求書の再発行", "blocked"]);
    expect(cutAt("알림 템플릿 정리 — 수요가 없어 하지 않기로 함")).toEqual(["알림 템플릿 정리", "wont_do"]);
    // A Latin-script remark is read elsewhere, by its own rules.
    expect(cutAt("Boss fight — phases 1 and 2")).toBeNull();
  });

  it("a short dash remark opening with a date says when", () => {
    expect(cutAt("Deploy the billing API — 03/11 live")).toEqual(["Deploy the billing API", null]);
    expect(cutAt("Deploy the billing API — 03/11 after the freeze is lifted by finance")).toBeNull();
  });
});
