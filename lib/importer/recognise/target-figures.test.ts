import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { sentenceMetric } from "./metric-sentences";

// Figures and labels of targets as more languages write them (metric-words.ts, metric-sentences.ts).

describe("target figures and labels in more languages", () => {
  it("reads a figure grouped by spaces, with a currency or a sign before it", () => {
    expect(sentenceMetric("Donations at least R12 500")).toMatchObject({ comparator: ">=", target: 12500 });
    expect(sentenceMetric("Chiffre d'affaires au moins 45 000 €")).toMatchObject({ comparator: ">=", target: 45000 });
    expect(sentenceMetric("eNPS at least +15")).toMatchObject({ comparator: ">=", target: 15 });
    expect(sentenceMetric("Vasteaika alle 6 tuntia")).toMatchObject({ name: "Vasteaika", comparator: "<", target: 6 });
  });

  it("keeps two separate figures apart and a year a year", () => {
    // "3 100" after a word that is no count: still one grouped number; a decimal after the group is not swallowed.
    expect(sentenceMetric("Queue depth under 2 500,5")?.target).not.toBe(2500);
    expect(sentenceMetric("Release in 2025")).toBeNull();
  });

  it("reads a target labelled in Ukrainian, Afrikaans or Croatian", () => {
    const md = ["# Plan", "", "**Ціль:** час відповіді < 2 с", "", "**Teiken:** minstens 40 vrywilligers", "", "**Cilj:** dostupnost ≥ 99,5 %", ""].join("\n");
    expect(parsePlan(md).metrics.map((m) => [m.comparator, m.target])).toEqual([
      ["<", 2],
      [">=", 40],
      [">=", 99.5],
    ]);
  });

  it("reads no target from a task that only carries a number", () => {
    expect(parsePlan("# Plan\n\n## Tasks\n\n- Print 12 500 flyers\n- Book 40 rooms\n").metrics).toEqual([]);
  });
});

describe("zero bounds written in more ways", () => {
  it("reads Chinese 无 (none) opening a target, and a zero count after a separator", () => {
    expect(sentenceMetric("无 P0 故障")).toMatchObject({ name: "P0 故障", comparator: "<=", target: 0 });
    expect(sentenceMetric("Data loss — 0 transactions")).toMatchObject({ name: "Data loss", comparator: "<=", target: 0 });
  });

  it("does not read 无法 (cannot) or a zero inside a sentence as a bound", () => {
    expect(sentenceMetric("无法登录的用户")).toBeNull();
    expect(sentenceMetric("Restart 0 pods then scale up")).toBeNull();
  });
});
