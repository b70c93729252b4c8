import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

const read = (md: string) => parsePlan(md).items.map((i) => ({ title: i.title, status: i.status, priority: i.priority, checklist: i.checklist.length }));

describe("a heading over a list whose first entry is a plain field line", () => {
  it("is a record: the heading its title, the fields its state, the rest its description and checklist", () => {
    const md =
      "# Sprint 18\n\n## Stories\n\n### Recurring card payments\n- Owner: Ana · Estimate: 5pt · Status: In progress · Priority: High\n- Acceptance criteria\n  - [ ] Register and cancel API\n  - [ ] Retry three times\n\n### Receipt e-mail in three languages\n- Owner: Bo · Status: Done\n- Only the template, not the sender.\n";
    expect(read(md)).toEqual([
      { title: "Recurring card payments", status: "in_progress", priority: "P1", checklist: 2 },
      { title: "Receipt e-mail in three languages", status: "done", priority: null, checklist: 0 },
    ]);
  });

  it("in other languages", () => {
    const md = "# Sprint\n\n## Historias\n\n### Pagos recurrentes\n- Responsable: Ana · Estado: en curso\n\n### Recibo en tres idiomas\n- Responsable: Bo · Estado: hecho\n";
    expect(read(md).map((r) => [r.title, r.status])).toEqual([
      ["Pagos recurrentes", "in_progress"],
      ["Recibo en tres idiomas", "done"],
    ]);
    const ko = "# 스프린트\n\n## 버그\n\n### 쿠폰 중복 적용 가능\n- 담당: 박서연 · 상태: 보류\n\n### 드롭다운이 안 열림\n- 담당: 이도윤 · 상태: 코드 리뷰\n";
    expect(read(ko).map((r) => [r.title, r.status])).toEqual([
      ["쿠폰 중복 적용 가능", "blocked"],
      ["드롭다운이 안 열림", "in_progress"],
    ]);
  });

  it("one such heading outside a work heading is a section with a list, as before", () => {
    const md = "# Notes\n\n## Offsite\n- Venue: Lisbon · Status: booked\n- Bring laptops\n\n## Tasks\n\n- [ ] Book flights\n";
    expect(read(md).map((r) => r.title)).not.toContain("Offsite");
  });
});
