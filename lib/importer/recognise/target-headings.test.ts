import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { goalPart } from "./spoken-comparators";
import { namesOneTarget } from "./target-headings";

const metrics = (md: string) => parsePlan(md).metrics.map((m) => `${m.name} ${m.comparator} ${m.target}`);

describe("targets stated outside a metrics section", () => {
  it("knows a heading that names one target", () => {
    expect(namesOneTarget("3. Objetivo del trimestre")).toBe(true);
    expect(namesOneTarget("Quartalsziel")).toBe(true);
    expect(namesOneTarget("Goal for the pilot")).toBe(true);
    expect(namesOneTarget("Zielgruppe und Kanäle")).toBe(false);
    expect(namesOneTarget("Open questions")).toBe(false);
  });

  it("reads the sentence under such a heading as the target", () => {
    const md = ["# Minutes", "## Objetivo del trimestre", "Reducir las devoluciones por debajo del 4 % antes de marzo."].join("\n");
    expect(metrics(md)).toEqual(["Reducir las devoluciones < 4"]);
    const de = ["# Sprint 12", "## Quartalsziel", "Ladezeit der Startseite unter 2 Sekunden halten und das neue Menü fertigstellen."].join("\n");
    expect(metrics(de)).toEqual(["Ladezeit der Startseite < 2"]);
  });

  it("reads a target-labelled entry of a notes list", () => {
    const md = ["# Cycle 9", "## Notes from planning", "- Ana is out on Friday.", "- Cycle goal: onboarding completion from 40% to 55%."].join("\n");
    expect(metrics(md)).toEqual(["Onboarding completion >= 55"]);
  });

  it("does not read a paragraph under an ordinary heading, or a notes entry without a target label, as a target", () => {
    const md = ["# Retro", "## What happened", "Checkout errors stayed under 2 % all week.", "## Notes", "- Latency was below 300 ms on Tuesday."].join("\n");
    expect(metrics(md)).toEqual([]);
  });

  it("takes the figure after a target label over today's figure", () => {
    expect(goalPart("31% (8/26 points) — target for next sprints ≥ 80%")).toBe("for next sprints ≥ 80%");
    expect(goalPart("≥ 80% — target set in March")).toBe("≥ 80% — target set in March");
    expect(goalPart("errors < 50 (target: < 10)")).toBe("errors < 50 (target: < 10)");
  });

  it("reads a notes entry labelled with targets in the plural or a CJK compound, its source in a parenthesis", () => {
    const md = [
      "# Export",
      "## Notes",
      "- Targets for the project (from the project description): LCP p75 ≤ 2.5 s, INP p75 ≤ 200 ms.",
      "- 本季度目标：每日任务成功率 ≥ 99.5%，核心报表数据延迟不超过 2 小时。",
    ].join("\n");
    expect(metrics(md)).toEqual(["LCP p75 <= 2.5", "INP p75 <= 200", "每日任务成功率 >= 99.5", "核心报表数据延迟 <= 2"]);
  });

  it("does not read a long lead-in that only mentions targets as a label", () => {
    const md = ["# Notes", "## Notes", "- We talked for a long time about whether the targets from last quarter still hold: p95 ≤ 300 ms."].join("\n");
    expect(metrics(md)).toEqual([]);
  });

  it("reads a CJK notes entry naming several targets by topic, one per clause", () => {
    const md = ["# エクスポート", "## メモ", "- クラッシュフリー率の目標は 99.8% 以上、ANR 率は 0.47% 未満（Google Play の基準）。"].join("\n");
    expect(metrics(md)).toEqual(["クラッシュフリー率 >= 99.8", "ANR 率 < 0.47"]);
    // The same as a paragraph of its own.
    expect(metrics("# エクスポート\n\nクラッシュフリー率の目標は 99.8% 以上、ANR 率は 0.47% 未満。\n")).toEqual(["クラッシュフリー率 >= 99.8", "ANR 率 < 0.47"]);
  });

  it("does not read a CJK entry whose first clause states no target", () => {
    const md = ["# エクスポート", "## メモ", "- ログイン画面は 3 回落ちた、ANR 率は 0.47% だった。"].join("\n");
    expect(metrics(md)).toEqual([]);
  });
});

