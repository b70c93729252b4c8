import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { spokenBound, spokenComparator } from "./spoken-comparators";

const metrics = (md: string) => parsePlan(md).metrics.map((m) => `${m.name} ${m.comparator} ${m.target}`);

describe("spoken comparators", () => {
  it("reads the direction a value says in its own language", () => {
    expect(spokenComparator("unter 3 %", 3)).toBe("<");
    expect(spokenComparator("maks. 40 °C", 40)).toBe("<=");
    expect(spokenComparator("vähintään 70 %", 70)).toBe(">=");
    expect(spokenBound("أقل من 1.5 ث")).toMatchObject({ comparator: "<", target: 1.5 });
  });

  it("says nothing for a bare figure or another figure than the target", () => {
    expect(spokenComparator("80 %", 80)).toBeNull();
    expect(spokenComparator("unter 3 %", 5)).toBeNull();
    expect(spokenBound("Team Nord")).toBeNull();
  });

  it("reads Name: value lines of a metrics section in German and Danish", () => {
    const md = ["# Plan", "## Kennzahlen", "- Absprungrate: unter 30 %", "- Fehler im Checkout: höchstens 2", "## Grænseværdier", "- Rumtemperatur maks. 24 °C"].join("\n");
    expect(metrics(md)).toEqual(["Absprungrate < 30", "Fehler im Checkout <= 2", "Rumtemperatur <= 24"]);
  });

  it("reads a targets table headed in Korean or Arabic", () => {
    const ko = ["# 계획", "| 지표 | 목표 | 현재 |", "|---|---|---|", "| 응답 시간 | ≤ 200ms | 340ms |"].join("\n");
    expect(metrics(ko)).toEqual(["응답 시간 <= 200"]);
    const ar = ["# خطة", "| المؤشر | الحالي | المستهدف |", "|---|---|---|", "| زمن الاستجابة | 3 ث | أقل من 1.5 ث |"].join("\n");
    expect(metrics(ar)).toEqual(["زمن الاستجابة < 1.5"]);
  });

  it("reads a budget heading with a closing remark as a targets section, not a list of tasks", () => {
    const md = ["# Game", "## Memory budget (handheld)", "- Texture memory under 2 GB", "- Draw calls < 900"].join("\n");
    const plan = parsePlan(md);
    expect(plan.items).toHaveLength(0);
    expect(metrics(md)).toEqual(["Texture memory < 2", "Draw calls < 900"]);
  });

  it("does not read a task list with figures as targets", () => {
    const md = ["# Sprint", "## Tasks", "- [ ] Cut the bundle under 2 MB", "- [ ] Buy 3 more licences"].join("\n");
    expect(parsePlan(md).metrics).toEqual([]);
  });
});
