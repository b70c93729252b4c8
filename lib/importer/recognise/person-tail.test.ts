import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { withoutPersonTail } from "./person-tail";

describe("withoutPersonTail", () => {
  const people = new Set(["한지민", "Olek"]);

  it("takes off a trailing dash, a named person and a short remark", () => {
    expect(withoutPersonTail("로그 보존 기간 연장 — 한지민, ~1/15", people)).toBe("로그 보존 기간 연장");
    expect(withoutPersonTail("Order the badges – Olek", people)).toBe("Order the badges");
  });

  it("keeps a dash clause that names no person of the document", () => {
    expect(withoutPersonTail("Move backups — offsite copy, weekly", people)).toBe("Move backups — offsite copy, weekly");
    expect(withoutPersonTail("Replace Redis — Valkey", people)).toBe("Replace Redis — Valkey");
  });

  it("reads Korean attendee names as people in a meeting's action items", () => {
    const doc = "# 회의록\n\n**참석자:** 한지민(PM), 오세훈(QA)\n\n## 액션 아이템\n\n- [ ] 로그 보존 기간 연장 — 한지민, ~1/15\n- [ ] 회귀 테스트 정리 — 오세훈\n";
    expect(parsePlan(doc).items.map((i) => i.title)).toEqual(["로그 보존 기간 연장", "회귀 테스트 정리"]);
  });
});
