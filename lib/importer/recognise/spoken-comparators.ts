import type { Comparator } from "../types";
import { sentenceMetric } from "./metric-sentences";

// A "Name: value" target says its direction in its own language ("Klickrate: unter 5 %", "שיעור: מתחת ל-2%",
// "Ladetid: maks. 3 s"): the comparison words of the target sentences (metric-sentences.ts) decide it,
// not the guess from the metric's name that a bare "Coverage: 80%" needs.

/** The comparator the words of a target value say for its figure `target`, or null when they say none. */
export function spokenComparator(value: string, target: number): Comparator | null {
  // The sentence reader needs a subject before the comparison; the value's own name is not part of it.
  const said = sentenceMetric(`x ${value}`);
  return said && said.target === target && said.name !== "" ? said.comparator : null;
}

/** A target value whose comparison only words of another language give ("أقل من 2.5 ث", "alle 4 h"): its bound, or null. */
export function spokenBound(value: string): { comparator: Comparator; target: number; unit: string } | null {
  const said = sentenceMetric(`x ${value}`);
  return said ? { comparator: said.comparator, target: said.target, unit: said.unit } : null;
}

// "31% (8/26 points) — target for the next sprints ≥ 80%", "61 % ; Ziel mindestens 75 %": today's figure, then the target after its label.
const GOAL_AFTER = /[—–(;,]\s*(?:target|goal|objective|ziel|objectif|cible|objetivo|meta|obiettivo|doel|mål|tavoite|mục tiêu|chỉ tiêu|目标|目標|목표|יעד|الهدف|sasaran|hedef|cel|цель)(?![\p{L}])([^()]*)/iu;

/** The part of a metric's value after a target label, when the value first gives today's figure; else the value. */
export function goalPart(value: string): string {
  const m = GOAL_AFTER.exec(value);
  // "Pyright errors < 50 (target: < 10)": a value that already compares is the target; the remark a later one.
  const before = value.slice(0, m?.index ?? 0);
  return m && /\d/.test(before) && !/[<>≤≥=]/.test(before) && spokenBound(before) === null && /\d/.test(m[1]!) ? m[1]!.trim() : value;
}
