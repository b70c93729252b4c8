import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { openedTarget } from "./target-openings";

describe("targets stated as a note", () => {
  it("reads a measure named before its target word, the bound after the colon", () => {
    expect(openedTarget("Contrast ratio target for all text: at least 4.5:1.")).toEqual({ name: "Contrast ratio", clause: "at least 4.5:1" });
    expect(openedTarget("Ladezeit Ziel: unter 2 s")).toEqual({ name: "Ladezeit", clause: "unter 2 s" });
  });

  it("reads the target word opening the clause, after a note label", () => {
    expect(openedTarget("Catatan: target uptime API 99,95%.")).toEqual({ name: "uptime API", clause: "99,95%" });
    expect(openedTarget("Note: target p95 latency 300 ms")).toEqual({ name: "p95 latency", clause: "300 ms" });
  });

  it("reads Korean, Japanese and Chinese 'measure + target (topic) + figure'", () => {
    expect(openedTarget("참고: 콜드 스타트 목표는 2초 이하.")).toEqual({ name: "콜드 스타트", clause: "2초 이하" });
    expect(openedTarget("起動時間の目標は2秒以下")).toEqual({ name: "起動時間", clause: "2秒以下" });
    expect(openedTarget("首屏时间目标为1.5秒以内")).toEqual({ name: "首屏时间", clause: "1.5秒以内" });
  });

  it("takes no line without a figure, without a measure, or that only mentions a target", () => {
    expect(openedTarget("Contrast ratio target for all text: see the WCAG table")).toBeNull();
    expect(openedTarget("Our target: at least 40 sign-ups")).toBeNull();
    expect(openedTarget("We missed the target twice in 2025 because of the migration and the freeze")).toBeNull();
    expect(openedTarget("Target audience: teachers")).toBeNull();
    // After the colon, what to do rather than a bound: a sprint goal, not a measure.
    expect(openedTarget("Sprint goal: ship partial refunds to 100% of merchants.")).toBeNull();
    expect(openedTarget("Burn-up target: finish ≥ 80% of committed points by end of cycle.")).toBeNull();
    expect(openedTarget("목표는 아직 정하지 않았다")).toBeNull();
    expect(openedTarget("이번 달 크래시율 0.42% → 목표는 0.3% 이하")).toBeNull();
  });

  it("gives metrics from such a note in a plan, with the direction its words say", () => {
    const md = "# Infra\n\n## Prioritas\n- [ ] Pasang WAF\n\nCatatan: target uptime API 99,95%.\n\n참고: 콜드 스타트 목표는 2초 이하.\n";
    expect(parsePlan(md).metrics.map((m) => [m.name, m.comparator, m.target])).toEqual([
      ["Uptime API", ">=", 99.95],
      ["콜드 스타트", "<=", 2],
    ]);
  });
});
