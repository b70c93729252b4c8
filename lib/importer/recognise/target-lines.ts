import { budgetCap } from "./budget-caps";
import { labelledTarget, sentenceMetric, type SentenceMetric } from "./metric-sentences";
import { DIGITS, numberValue } from "./metric-words";

// Target lines beyond "Goal: …" / "KR 1.1 …" (metric-sentences.ts):
//  - a short lead before a colon that names a target in other words ("SLO we track for the fleet:",
//    "North star for the quarter:", "Burn-up target:", "Unser Ziel für Q3:") labels the line too;
//  - one line may set several targets, one per clause ("Goal: LCP under 2.5 s on mobile, INP
//    under 200 ms", "Target: 0 blocker and 0 serious issues"): each clause that holds its own comparison is its own metric. A clause without
//    one ("… on mobile, for the product page") only qualifies the first, so the line is one target.

// The words that make a lead a target's label, wherever they stand in it. Lower case.
const TARGET_WORDS = /(?:^|[^\p{L}])(?:target|targets|goal|goals|slo|slos|sla|north star|objective|kpi|kpis|ziel|ziele|zielwert|objectif|cible|objetivo|meta|obiettivo|doel|mål|目標|目标|지표|指标|指標|indicator|indicators|indicateur|indicateurs|indicador|indicadores|kennzahl|kennzahlen)(?![\p{L}])/iu;
// A full-width colon needs no space after it ("本季度目标：每日任务成功率 ≥ 99.5%").
const LEAD = /^\s*([^:：]{2,80})(?::\s+|：\s*)(\S.*)$/u;
const MAX_LEAD_WORDS = 6;
const CJK_TARGET_END = /(?:目标|目標|목표|指标|指標|지표)$/u;

/** The text after a target line's label, or null when the line has none. */
function afterLead(line: string): string | null {
  const m = line.match(LEAD);
  if (!m) return null;
  // "Targets for the project (from the Linear project description):": the parenthesis only says where they come from.
  const lead = m[1]!.replace(/\([^()]*\)/g, " ").trim();
  // "本季度目标" ("this quarter's target"): CJK writes the target word as the end of a compound, with no space before it.
  if (lead.length > 48 || lead.split(/\s+/).length > MAX_LEAD_WORDS || !(TARGET_WORDS.test(lead) || CJK_TARGET_END.test(lead))) return null;
  return m[2]!;
}

/** Clauses of a target line: at ", ", "; ", a full-width "，" or "；" (never inside "4,000" or "4,5") or a word "and" in the languages the importer reads. */
const clausesOf = (text: string): string[] =>
  text
    .split(/[,;]\s+|[，；]\s*|\s+(?:and|und|et|y|e|en|i|og|och|и)\s+/iu)
    .map((c) => c.trim().replace(/[.!。]+$/u, ""))
    .filter(Boolean);

/** The targets a sentence sets: one per clause when every clause compares on its own, else the sentence's one (or none). */
export function clauseTargets(text: string): SentenceMetric[] {
  const clauses = clausesOf(text);
  if (clauses.length > 1) {
    const each = clauses.map((clause) => sentenceMetric(clause));
    if (each.every((m) => m !== null)) return each as SentenceMetric[];
  }
  const single = sentenceMetric(text);
  return single ? [single] : [];
}

/** The targets a line sets: none when it is no target line, one per clause that compares on its own. */
export function lineTargets(line: string): SentenceMetric[] {
  const whole = targetsOf(line);
  if (whole.length > 0) return whole;
  // "Re-test after the fixes ship. Target: 0 blockers.": a later sentence of the line may be the labelled one.
  const sentences = line.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
  return sentences.length > 1 ? sentences.slice(1).flatMap(targetsOf) : [];
}

// "Coverage: 61 % (goal: at least 75 %)", "p95: 900 ms (target 300 ms)": a measure's current value
// with its target in a remark. The measure is the line's label; the target the remark's comparison,
// else its figure in the direction of travel from the current value.
const GOAL_REMARK = /\(\s*(?:target|goal|objective|objectif|cible|ziel|zielwert|objetivo|meta|obiettivo|doel|目標|目标)\s*[:：]?\s*([^()]*)\)/iu;
const FIGURE = new RegExp(String.raw`(${DIGITS})`, "u");

function currentWithGoal(line: string): SentenceMetric | null {
  const remark = line.match(GOAL_REMARK);
  const label = line.match(/^\s*([^:：()]{2,60})[:：]\s*/u);
  if (!remark || remark.index === undefined || !label) return null;
  const current = line.slice(label[0].length, remark.index).match(FIGURE);
  const goal = clausesOf(remark[1]!)[0] ?? "";
  const said = sentenceMetric(goal);
  const figure = goal.match(FIGURE);
  if (!current || !figure) return null;
  const target = said?.target ?? numberValue(figure[1]!);
  const comparator = said?.comparator ?? (target < numberValue(current[1]!) ? "<=" : ">=");
  const name = label[1]!.replace(/^[^\p{L}\p{N}]+/u, "").trim();
  return name && Number.isFinite(target) ? { name, comparator, target, unit: said?.unit ?? "" } : null;
}

function targetsOf(line: string): SentenceMetric[] {
  const remarked = currentWithGoal(line);
  if (remarked) return [remarked];
  // "Budget: 48.000 € (max)": a ceiling on spending (budget-caps.ts).
  const cap = budgetCap(line);
  if (cap) return [cap];
  const whole = labelledTarget(line);
  const rest = whole ? (line.match(/^[^:：]*[:：]\s*(.*)$/u)?.[1] ?? null) : afterLead(line);
  if (rest === null) return whole ? [whole] : [];
  const clauses = clausesOf(rest);
  if (clauses.length > 1) {
    const each = clauses.map((clause) => sentenceMetric(clause));
    if (each.every((m) => m !== null)) return each as SentenceMetric[];
  }
  if (whole) return [whole];
  const single = sentenceMetric(rest);
  return single && !namedByAVerb(single, rest) ? [single] : [];
}

/**
 * "Burn-up target: finish ≥ 80% of committed points": a lower-case word alone before the
 * comparison is what to do, not what is measured; such a line names no metric a reader could
 * track under that name, so it gives none rather than a metric called "Finish".
 */
function namedByAVerb(metric: SentenceMetric, rest: string): boolean {
  const first = rest.trim().split(/\s+/)[0] ?? "";
  return !/\s/.test(metric.name) && /^\p{Ll}/u.test(first) && metric.name.toLowerCase() === first.toLowerCase();
}
