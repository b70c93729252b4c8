import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { keyedPriorities, priorityKeyOf } from "./priority-keys";

const entries = (line: string) => [...(priorityKeyOf(line) ?? new Map())];

describe("a key defining the document's priority codes", () => {
  it("maps each code by the priority word it is defined with", () => {
    expect(entries("Priority key: **A** = safety or blocks handover (urgent), **B** = before handover (high), **C** = within defects period (medium)")).toEqual([
      ["a", "P0"],
      ["b", "P1"],
      ["c", "P2"],
    ]);
    expect(entries("Legend: H = high, M = medium, L = low")).toEqual([
      ["h", "P1"],
      ["m", "P2"],
      ["l", "P3"],
    ]);
    expect(entries("Priorities: A: urgent, B: low")).toEqual([
      ["a", "P0"],
      ["b", "P3"],
    ]);
  });

  it("counts down in the order written when a priority key gives no words", () => {
    expect(entries("Priority: 1 = do today, 2 = this week, 3 = whenever")).toEqual([
      ["1", "P0"],
      ["2", "P1"],
      ["3", "P2"],
    ]);
  });

  it("overrides what a letter means elsewhere: C is medium here, not critical", () => {
    const md = "# Snags\n\nPriority key: A = blocks handover (urgent), B = before handover (high), C = later (medium)\n\n| Ref | Defect | Priority | Status |\n|---|---|---|---|\n| 1 | Cracked tile | A | Open |\n| 2 | Paint touch-up | C | Open |\n| 3 | Loose handrail | B | Closed |\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.priority])).toEqual([
      ["Cracked tile", "P0"],
      ["Paint touch-up", "P2"],
      ["Loose handrail", "P1"],
    ]);
  });

  it("leaves a legend of states, a single definition and prose alone", () => {
    expect(priorityKeyOf("Legend: D = done, W = waiting on the client")).toBeNull();
    expect(priorityKeyOf("Priority key: A = the only one")).toBeNull();
    expect(priorityKeyOf("Priority: we should fix A = B before release, C = D later")).toBeNull();
    // Codes that are priorities already, and the ends of a numbered scale, keep their usual reading.
    expect(priorityKeyOf("Keterangan prioritas: **P1** = harus selesai bulan ini, **P2** = bulan ini kalau sempat, **P3** = kapan-kapan.")).toBeNull();
    expect(priorityKeyOf("Priority: 1 = urgent, 5 = whenever.")).toBeNull();
    expect(keyedPriorities("# Plan\n\nKey: X = done, ~ = in progress\n")).toEqual(new Map());
    // Without a key, a C column still reads as the usual initial (Critical).
    const md = "# Audit\n\n| Finding | Priority |\n|---|---|\n| Open admin port | C |\n| Weak TLS | H |\n";
    expect(parsePlan(md).items.map((i) => i.priority)).toEqual(["P0", "P1"]);
  });
});
