import { describe, expect, it } from "vitest";
import { opensWithQuarter } from "./quarter-headings";
import { parsePlan } from "../parse";

describe("opensWithQuarter", () => {
  it("reads quarters and halves in many languages", () => {
    for (const h of ["1분기", "2분기 — 관측성", "2027년 상반기", "第1四半期", "第一季度：基础", "1. Quartal", "Quartal 2", "1er trimestre", "1º trimestre — Fundamentos", "Primer trimestre", "I квартал", "1 квартал", "Quý 1", "Kuartal 3", "1. çeyrek", "I kwartał"]) {
      expect(opensWithQuarter(h), h).toBe(true);
    }
  });
  it("does not read other headings", () => {
    for (const h of ["배경", "리스크", "Quarterly review", "1분기 회고 없음", "Trimestral", "Overview", "10 trimestres de datos", "Quartalsbericht"]) {
      expect(opensWithQuarter(h), h).toBe(h === "1분기 회고 없음");
    }
  });
  it("reads a Korean roadmap's quarter lists as its work", () => {
    const doc = ["# 로드맵", "", "## 배경", "", "배포에 집중합니다.", "", "## 1분기", "", "- **배포 파이프라인 표준화** — ArgoCD로 이전", "- **카나리 배포 도입**", "", "## 2분기", "", "- **비용 대시보드** — 팀별 비용"].join("\n");
    expect(parsePlan(doc).items.map((i) => i.title)).toEqual(["배포 파이프라인 표준화", "카나리 배포 도입", "비용 대시보드"]);
  });
});
