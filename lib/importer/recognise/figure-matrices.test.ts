import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { periodsHoldFigures } from "./figure-matrices";

describe("figures by period", () => {
  it("reads a before-and-after table of figures as no work", () => {
    const text = "# How we fixed flaky tests\n\n## The numbers\n\n| | November 2025 | November 2026 |\n|---|---|---|\n| Flaky tests | 140 | 9 |\n| Green runs on main | 68 % | 97 % |\n| Median build time | 23 min | 14 min |\n";
    expect(parsePlan(text).items).toEqual([]);
  });
  it("tells figures from state marks", () => {
    expect(periodsHoldFigures([["Flaky", "140", "9"], ["Green", "68 %", "97 %"]], [1, 2])).toBe(true);
    expect(periodsHoldFigures([["Login bug", "✅", "❌"], ["Export", "open", "fixed"]], [1, 2])).toBe(false);
    expect(periodsHoldFigures([["Login bug", "", ""]], [1, 2])).toBe(false);
  });
});
