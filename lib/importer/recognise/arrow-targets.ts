import type { Comparator } from "../types";
import { DIGITS, numberValue } from "./metric-words";

// Today's figure, an arrow, then the target: "Payment failures 3.2% → 2%", "결제 실패율 3.2% → 목표 2% 이하",
// "p95 900 ms -> target ≤ 300 ms". The subject is what stands before the first figure; the target is
// the figure after the arrow, compared as the words after it say, else in the direction of travel
// (down from 3.2 to 2 is "at most 2"). Read only where a line is already read as a target.

export interface ArrowTarget {
  subject: string;
  /** The text after the arrow, without a target word, for the caller's comparison reader. */
  after: string;
  comparator: Comparator;
  target: number;
}

const ARROW = new RegExp(String.raw`^(.{1,80}?)\s(${DIGITS})\s*(%|[\p{L}]{1,6})?\s*(?:→|->|=>|⟶|➔)\s*(.{1,80})$`, "u");
const TARGET_WORD = /^(?:target|goal|ziel|objectif|cible|objetivo|meta|doel|mål|目标|目標|목표|mục tiêu|цель|ціль)\s*[:：]?\s*/iu;
const FIGURE = new RegExp(String.raw`(${DIGITS})`, "u");

/** "X 3.2% → 2%": the subject, today's figure's target after the arrow and its direction; null for any other text. */
export function arrowTarget(text: string): ArrowTarget | null {
  const m = ARROW.exec(text.trim());
  if (!m) return null;
  const after = m[4]!.replace(TARGET_WORD, "").trim();
  const figure = FIGURE.exec(after);
  if (!figure) return null;
  const from = numberValue(m[2]!);
  const target = numberValue(figure[1]!);
  const subject = m[1]!.replace(/[\s:：—–-]+$/u, "").trim();
  if (!/\p{L}/u.test(subject) || !Number.isFinite(target)) return null;
  return { subject, after, comparator: target < from ? "<=" : ">=", target };
}
