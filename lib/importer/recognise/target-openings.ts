import { sentenceMetric } from "./metric-sentences";

// Target statements written as a note rather than under a metrics heading, in three shapes the
// labelled-line reader (target-lines.ts) does not take apart:
//   "Contrast ratio target for all text: at least 4.5:1." — the lead names the measure before its
//     target word; the words after the colon only give the bound;
//   "Catatan: target uptime API 99,95%.", "Note: target p95 300 ms" — the target word opens the
//     clause, then the measure, then its figure (no colon between them);
//   "참고: 콜드 스타트 목표는 2초 이하.", "起動時間の目標は2秒以下", "首屏时间目标为 1.5 秒以内" — Korean,
//     Japanese and Chinese put the measure, then "target" with a topic marker, then the figure.
// A note label ("Note:", "Catatan:", "참고:") before any of them is only the line's kind.
// Each gives the measure's name and the clause with its figure; metrics.ts reads the clause's direction.

/** The words for a target, lower case, in the languages of the vocabulary. */
const TARGET = "target|goal|objective|ziel|zielwert|objectif|cible|objetivo|meta|obiettivo|doel|mål|tavoite|cíl|cel|цель|ціль|hedef|sasaran|mục tiêu";
/** "Note:", "Catatan:", "참고:", "備考：": a label that only says the line is a note. */
const NOTE_LEAD =
  /^\s*(?:note|nb|n\.b\.|hinweis|anmerkung|remarque|nota|nota bene|opmerking|notering|huom|uwaga|poznámka|примечание|примітка|not|catatan|ghi chú|참고|메모|備考|注意?|メモ|备注|注)\s*[:：]\s*/iu;
/** "Contrast ratio target for all text: …": a measure, its target word, a few words of scope, a colon. */
const LEAD_NAMED = new RegExp(`^\\s*([\\p{L}][\\p{L}\\p{N} ./+-]{1,40}?)\\s+(?:${TARGET})(?:\\s+[^:：]{1,30})?\\s*[:：]\\s*(\\S.{0,80})$`, "iu");
/** "target uptime API 99,95%": the target word, the measure (one to five words), the figure closing the clause. */
const OPENED = new RegExp(`^\\s*(?:${TARGET})\\s+((?:[\\p{L}][\\p{L}\\p{N}./+-]*)(?:\\s+[\\p{L}][\\p{L}\\p{N}./+-]*){0,4})\\s+([<>≤≥~]?\\s*\\d[\\d.,]*\\s*(?:%|[\\p{L}/]{1,12})?)\\s*[.!]?$`, "iu");
/** "콜드 스타트 목표는 2초 이하", "起動時間の目標は2秒以下", "首屏时间目标为1.5秒以内": the measure, "target" with its topic marker, the figure. */
const TOPIC = /^\s*(\S.{0,40}?)\s*(?:의\s*)?목표(?:는|은|치는)\s*(\S.{0,40})$|^\s*(\S.{0,40}?)(?:の)?目標(?:値)?(?:は|：)\s*(\S.{0,40})$|^\s*(\S.{0,40}?)(?:的)?目标(?:值)?(?:为|是|：)\s*(\S.{0,40})$/u;
/** Words that only point at the writer's team, not a measure: "Our target: …". */
const NO_MEASURE = /^(?:our|my|the|your|their|this|team|unser\w*|notre|nos|nuestr[oa]s?|nosso|nossa|onze|vår|vårt)$/iu;

/**
 * "at least 4.5:1", "unter 2 s", "≤ 300 ms": the words after the colon give only the bound. "Sprint goal:
 * ship refunds to 100% of merchants", "Burn-up target: finish ≥ 80% …" say what to do, and name no measure.
 */
function onlyBound(clause: string): boolean {
  if (/^\s*[<>≤≥~≈]?\s*\d/u.test(clause)) return true;
  const said = sentenceMetric(`x ${clause}`);
  return said !== null && said.name === "X";
}

export interface OpenedTarget {
  /** The measure, as written. */
  name: string;
  /** The words with the figure (and its bound, when said). */
  clause: string;
}

/** The measure and its figure when a line states a target in one of the shapes above; null otherwise. */
export function openedTarget(line: string): OpenedTarget | null {
  const text = line.replace(NOTE_LEAD, "").replace(/[.。!]+\s*$/u, "").trim();
  if (!text || text.length > 160 || !/\d/.test(text)) return null;
  const lead = text.match(LEAD_NAMED);
  if (lead && !NO_MEASURE.test(lead[1]!.trim()) && onlyBound(lead[2]!)) return { name: lead[1]!.trim(), clause: lead[2]!.trim() };
  const opened = text.match(OPENED);
  if (opened) return { name: opened[1]!.trim(), clause: opened[2]!.trim() };
  const topic = text.match(TOPIC);
  if (topic) {
    const name = (topic[1] ?? topic[3] ?? topic[5])!.trim();
    const clause = (topic[2] ?? topic[4] ?? topic[6])!.trim();
    // "計測（目標：5分以内）", "0.42% → 목표는 0.3%": a target inside a remark or after today's figure is another shape.
    if (/\d/.test(clause) && !/[()（）→:：\d]/u.test(name)) return { name, clause };
  }
  return null;
}

/** The line's sentences (a note often opens with another: "Re-test after the release. Contrast ratio target …"). */
export function sentencesOf(line: string): string[] {
  return line.split(/(?<=[.!?。])\s+(?=\p{Lu}|\p{Lo})/u);
}

/** "ANR 率は 0.47% 未満", "延迟为 2 小时以内": a further measure and its figure after a topic marker. */
const CONTINUED = /^\s*(\S.{0,40}?)\s*(?:は|为|是|는|은)\s*(\S.{0,40})$/u;

/**
 * "クラッシュフリー率の目標は 99.8% 以上、ANR 率は 0.47% 未満": CJK notes give one measure's target with
 * the topic shape, then more measures in clauses after "、" / "，", each with its own topic marker and
 * figure ("and ANR rate below 0.47%"). The targets of such a sentence, one per clause; empty when its
 * first clause is no target of that shape. A remark in parentheses ("（Google Play の基準）") is not part of a figure.
 */
export function topicTargets(sentence: string): OpenedTarget[] {
  const text = sentence.replace(NOTE_LEAD, "").replace(/[.。!]+\s*$/u, "").replace(/[（(][^（）()]{0,80}[）)]/gu, "").trim();
  if (text.length > 240 || !/[、，]/u.test(text)) return [];
  const [first, ...rest] = text.split(/[、，]\s*/u);
  const opened = first && TOPIC.test(first) ? openedTarget(first) : null;
  if (!opened) return [];
  const found = [opened];
  for (const clause of rest) {
    const m = clause.match(CONTINUED);
    if (!m || !/\d/.test(m[2]!) || /[()（）→:：\d]/u.test(m[1]!)) return [opened];
    found.push({ name: m[1]!.trim(), clause: m[2]!.trim() });
  }
  return found;
}

