import { describe, expect, it } from "vitest";
import { isDiscussionTopic, namesDiscussion } from "./discussion-topics";
import type { Section } from "../context";
import { parsePlan } from "../parse";

const section = (raw: string, depth: number, extra: Partial<Section> = {}): Section => ({ depth, raw, segments: [raw], priorityLabel: null, status: null, kind: null, line: 1, ...extra });

describe("discussion topics", () => {
  it("names discussion sections in several languages", () => {
    for (const h of ["논의 사항", "Discussion", "議題", "讨论事项", "Besprechungspunkte", "2. Agenda"]) expect(namesDiscussion(h), h).toBe(true);
    for (const h of ["액션 아이템", "Action items", "Discussion of the rollout plan", "決定事項"]) expect(namesDiscussion(h), h).toBe(false);
  });
  it("reads a numbered topic under a discussion as part of it", () => {
    expect(isDiscussionTopic(section("1. 로그인 장애 후속 조치", 3), [section("논의 사항", 2)])).toBe(true);
  });
  it("keeps work headings: unnumbered, ranked, or not under a discussion", () => {
    expect(isDiscussionTopic(section("Action items", 3), [section("Discussion", 2)])).toBe(false);
    expect(isDiscussionTopic(section("1. Login follow-ups", 3, { priorityLabel: "P1" }), [section("Discussion", 2)])).toBe(false);
    expect(isDiscussionTopic(section("1. Login follow-ups", 3), [section("Plan", 2)])).toBe(false);
  });
  it("takes only the action items of a Korean meeting as work", () => {
    const doc = [
      "# 주간 회의록",
      "",
      "## 논의 사항",
      "",
      "### 1. 로그인 장애 후속 조치",
      "- 지난주 금요일 SSO 인증서 만료로 30분간 로그인 불가",
      "- 인증서 만료 모니터링이 없었던 것이 원인",
      "",
      "## 액션 아이템",
      "",
      "| 담당 | 내용 | 기한 | 상태 |",
      "|---|---|---|---|",
      "| 이도윤 | 인증서 만료 30일 전 알림 추가 | 12/06 | 완료 |",
    ].join("\n");
    expect(parsePlan(doc).items.map((i) => i.title)).toEqual(["인증서 만료 30일 전 알림 추가"]);
  });
});
