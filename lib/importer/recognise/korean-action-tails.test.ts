import { describe, expect, it } from "vitest";
import { isKoreanActionTail } from "./korean-action-tails";
import { parsePlan } from "../parse";

describe("isKoreanActionTail", () => {
  it("reads a lone action word after a bold lead", () => {
    expect(isKoreanActionTail(" 제공")).toBe(true);
    expect(isKoreanActionTail(" 도입")).toBe(true);
    expect(isKoreanActionTail(" 개선하기")).toBe(true);
  });
  it("leaves remarks, other scripts and longer tails alone", () => {
    expect(isKoreanActionTail(" — 팀별 비용 가시화")).toBe(false);
    expect(isKoreanActionTail(" (OpenTelemetry)")).toBe(false);
    expect(isKoreanActionTail(" 팀별 클라우드 비용")).toBe(false);
    expect(isKoreanActionTail(" using Pact.")).toBe(false);
    expect(isKoreanActionTail(" щотижня")).toBe(false);
    expect(isKoreanActionTail("")).toBe(false);
  });
  it("keeps the action in the item's title", () => {
    const doc = "## 1분기\n\n- **공통 대시보드 템플릿** 제공\n- **비용 대시보드** — 팀별 비용 가시화\n";
    expect(parsePlan(doc).items.map((i) => [i.title, i.description])).toEqual([
      ["공통 대시보드 템플릿 제공", ""],
      ["비용 대시보드", "팀별 비용 가시화"],
    ]);
  });
});
