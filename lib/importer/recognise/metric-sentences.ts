import type { Comparator } from "../types";
import { arrowTarget } from "./arrow-targets";
import { postfixBound } from "./postfix-bounds";
import { relativeChange } from "./relative-change";
import { leadingShare } from "./share-targets";
import { oneAsDigit } from "./spoken-one";
import { asciiNumerals, COUNTER, DIGITS, MORE_AFTER, MORE_BEFORE, MORE_TARGET_LABELS, numberValue, ZERO } from "./metric-words";

// Health targets written as sentences rather than "Name: value" lines, in the languages teams write:
//   "Quarantine list below 10 tests"                      → Quarantine list < 10
//   "p99 latency for POST /charges must stay under 800 ms" → p99 latency for POST /charges < 800 ms
//   "Nota na Play Store de pelo menos 4,3"                 → Nota na Play Store ≥ 4.3
//   "Free → paid conversion from 2.8% to at least 4%"      → Free → paid conversion ≥ 4 %
//   "bring the monthly AWS bill from ~$182k to under $140k" → Monthly AWS bill < 140000
//   "Reduce median time-to-first-project by 40%"           → Reduce median time-to-first-project ≥ 40 %
// A sentence is read only where the document says it holds targets (a metrics section, a KR or
// "Goal:" label): anywhere else "under 5 minutes" is part of a task.

export interface SentenceMetric {
  name: string;
  comparator: Comparator;
  target: number;
  unit: string;
}

/** Comparison phrases before a number, longest first within each language so "at least" beats "at". */
const BEFORE: [string, Comparator][] = [
  // English
  ["no more than", "<="], ["not more than", "<="], ["at most", "<="], ["up to", "<="], ["max", "<="], ["maximum", "<="],
  ["at least", ">="], ["no less than", ">="], ["not less than", ">="], ["min", ">="], ["minimum", ">="],
  ["less than", "<"], ["fewer than", "<"], ["under", "<"], ["below", "<"], ["within", "<="],
  ["more than", ">"], ["greater than", ">"], ["over", ">"], ["above", ">"],
  // German
  ["höchstens", "<="], ["maximal", "<="], ["mindestens", ">="], ["weniger als", "<"], ["unter", "<"], ["unterhalb von", "<"], ["mehr als", ">"], ["über", ">"],
  // French
  ["au plus", "<="], ["au maximum", "<="], ["au moins", ">="], ["au minimum", ">="], ["moins de", "<"], ["inférieur à", "<"], ["sous", "<"], ["plus de", ">"], ["supérieur à", ">"],
  // Spanish and Portuguese
  ["como máximo", "<="], ["no máximo", "<="], ["como mínimo", ">="], ["no mínimo", ">="], ["al menos", ">="], ["pelo menos", ">="], ["por lo menos", ">="],
  ["máximo", "<="], ["mínimo", ">="], ["menos de", "<"], ["por debajo de", "<"], ["abaixo de", "<"], ["más de", ">"], ["mais de", ">"], ["por encima de", ">"], ["acima de", ">"],
  // Italian
  ["al massimo", "<="], ["almeno", ">="], ["meno di", "<"], ["sotto", "<"], ["più di", ">"], ["sopra", ">"],
  // Dutch
  ["hoogstens", "<="], ["maximaal", "<="], ["ten minste", ">="], ["minstens", ">="], ["minimaal", ">="], ["minder dan", "<"], ["onder de", "<"], ["onder", "<"], ["boven de", ">"], ["meer dan", ">"], ["boven", ">"],
  // Symbols
  ["<=", "<="], ["≤", "<="], ["=<", "<="], [">=", ">="], ["≥", ">="], ["=>", ">="], ["<", "<"], [">", ">"], ["=", "="],
  // vi, ar, he, id, tr, pl, ru, el, hi, sv (recognise/metric-words.ts)
  ...MORE_BEFORE,
];
/** Japanese and Chinese put the comparison after the number: "200ms以下", "99.9%以上". */
// More languages, and a counter between ("1件以下", "60分以内"): recognise/metric-words.ts.
const AFTER: [string, Comparator][] = [...MORE_AFTER].sort((a, b) => b[0].length - a[0].length);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const BEFORE_SOURCE = [...BEFORE].sort((a, b) => b[0].length - a[0].length).map(([p]) => escape(p)).join("|");
const BEFORE_MAP = new Map(BEFORE.map(([p, c]) => [p, c]));
/** "~$140k", "4,3", "99.95%", "800 ms", "2.5 s": a number with its currency, multiplier and unit. */
// "+20" (eNPS), "R60 000", "Rp 5.000", "₹2,00,000": a sign or a currency before the figure.
const NUMBER = String.raw`[~≈+]?\s*(?:[$€£¥₹₩₽₺₴₦]|R\$|Rp|Rs\.?|R(?=\d))?\s*(${DIGITS})\s*([kKmM](?![a-z]))?\s*(%|ms|sekunden|secondes|segundos|secondi|seconden|s\b|sec(?:onds?)?|min(?:utes?|uten|utos|uti)?\b|h\b|hours?\b|days?\b|d\b|kb\b|mb\b|gb\b)?`;
// Chinese, Japanese and Thai write no space before the comparison: "数据事故不超过 2 次", "ยอดขายไม่น้อยกว่า 12,000".
const COMPARED = new RegExp(String.raw`(?:^|[\s(:]|(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]))(${BEFORE_SOURCE})\s*${NUMBER}`, "iu");
const POSTFIXED = new RegExp(String.raw`${NUMBER}${COUNTER}(${AFTER.map(([p]) => escape(p)).join("|")})`, "u");
const FROM_TO = new RegExp(String.raw`^(.*?)\s+(?:from|von|de|da|van)\s+${NUMBER}\s+(?:to|auf|à|a|para|naar)\s+(?:(${BEFORE_SOURCE})\s*)?${NUMBER}`, "iu");
const BY_PERCENT = /^(.*?)\s+(?:by|um|de|en|del|di|met)\s+(\d+(?:[.,]\d+)?)\s*%/iu;

/** Chinese verbs of reaching a figure, closing a subject: "提升到", "降低至", "达到" (raise to, cut to, reach). */
const REACH_TO = /\s*(?:(?:提升|提高|增加|增长|降低|减少|缩短|下降|上升|控制|保持|压缩|減少|縮短|降|升)(?:到|至)|达到|達到)\s*$/u;

const IMPROVE_DOWN = /\b(?:reduce|cut|lower|decrease|shrink|halve|drop|senken|reduzieren|réduire|diminuir|reducir|ridurre|verlagen|verminderen)\b/i;
const UNIT: Record<string, string> = { "%": "%", ms: "ms", s: "s", sec: "s", second: "s", seconds: "s", sekunden: "s", secondes: "s", segundos: "s", secondi: "s", seconden: "s", min: "min", minute: "min", minutes: "min", minuten: "min", minutos: "min", minuti: "min", h: "h", hour: "h", hours: "h", d: "d", day: "d", days: "d" };

function numberOf(digits: string, multiplier: string | undefined): number {
  const n = numberValue(digits);
  if (!multiplier) return n;
  return multiplier.toLowerCase() === "k" ? n * 1_000 : n * 1_000_000;
}

/** What a sentence's subject is called: no trailing modal verb or preposition, no leading article. */
export function metricName(subject: string): string {
  let name = subject
    .replace(/\([^)]*\)/g, " ")
    .replace(/[`*_]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  // "must stay", "should be kept", "needs to remain", "de", "of", "at", ":" before the comparison.
  const tail = /\s*(?:[:=–—-]|\b(?:must|should|shall|will|needs? to|has to|have to|to|is|are|be|stay|stays|remain|remains|kept|keep|get|at|of|de|di|van|von|der|da|do|du|des)\b)\s*$/i;
  while (tail.test(name) && name.replace(tail, "").length > 0) name = name.replace(tail, "").trim();
  name = name.replace(/^(?:the|a|an|our|der|die|das|le|la|les|el|los|o|os|il|de|het)\s+/i, "");
  return name ? name.charAt(0).toUpperCase() + name.slice(1) : "";
}

function unitOf(raw: string | undefined): string {
  if (!raw) return "";
  return UNIT[raw.toLowerCase()] ?? "";
}

/** A target sentence → one metric, or null when the sentence holds no comparison a CI job could check. */
export function sentenceMetric(sentence: string): SentenceMetric | null {
  // "Activation (created a project within 24h) ≥ 55%": a parenthesis explains, it holds no target.
  // "under one hour", "أقل من ساعة واحدة": one unit of time said in words is the figure 1 (recognise/spoken-one.ts).
  const text = oneAsDigit(asciiNumerals(sentence).replace(/\([^)]*\)/g, " ").replace(/\s+/g, " ").trim());
  // "صفر مشاكل حرجة قبل الإطلاق", "Zero P0 bugs": nothing of it allowed (README: "0 warnings" → <= 0).
  const zero = text.match(ZERO);
  // A digit inside a word ("Sev-1", "P0") is part of a name, not a second figure.
  if (zero && !/(?<![\p{L}\p{N}-])\d/u.test(text.slice(zero[0].length))) {
    const name = metricName(text.slice(zero[0].length));
    return name ? { name, comparator: "<=", target: 0, unit: "" } : null;
  }
  // "100% of in-scope systems have quarterly ASV scans": a share of a population as the floor (recognise/share-targets.ts).
  const share = leadingShare(text);
  if (share) return { ...share, comparator: ">=", unit: "%" };
  // "X from 2.8% to at least 4%": the target is where it goes, the comparison its own or the direction of travel.
  const fromTo = text.match(FROM_TO);
  if (fromTo) {
    const [, subject, fromDigits, fromMult, , phrase, toDigits, toMult, toUnit] = fromTo;
    const from = numberOf(fromDigits!, fromMult);
    const target = numberOf(toDigits!, toMult);
    const comparator = phrase ? BEFORE_MAP.get(phrase.toLowerCase())! : target < from ? "<=" : ">=";
    const name = metricName(subject!.replace(/^(?:bring|get|take|move|push|drive|grow|raise|increase|reduce|cut|lower|improve|senken|steigern|erhöhen|passer|aumentar|reduzir|reducir|portare|verhogen|verlagen)\s+/i, ""));
    return name && Number.isFinite(target) ? { name, comparator, target, unit: unitOf(toUnit ?? fromTo[4]) } : null;
  }
  // "결제 실패율 3.2% → 목표 2% 이하": today's figure, an arrow, the target (arrow-targets.ts).
  const arrow = arrowTarget(text);
  if (arrow) {
    const said = sentenceMetric(`x ${arrow.after}`);
    const name = metricName(arrow.subject);
    return name ? { name, comparator: said?.target === arrow.target ? said.comparator : arrow.comparator, target: arrow.target, unit: said?.unit ?? "" } : null;
  }
  const compared = text.match(COMPARED);
  if (compared && compared.index !== undefined) {
    // "Ít nhất 5.000 đơn hàng", "At least 40 sign-ups": with nothing before the comparison, the words after the number name it.
    // "At least 90% of services …", "Minstens 90% van de chats …": the preposition joins the figure to its subject.
    const after = text.slice(compared.index + compared[0].length).replace(/^[^\p{L}]+/u, "").replace(/^(?:of|van|des|du|der|del|dei|degli|dos|das)\s+/i, "");
    const name = metricName(text.slice(0, compared.index)) || metricName(after);
    const target = numberOf(compared[2]!, compared[3]);
    return name && Number.isFinite(target) ? { name, comparator: BEFORE_MAP.get(compared[1]!.toLowerCase())!, target, unit: unitOf(compared[4]) } : null;
  }
  const postfixed = text.match(POSTFIXED);
  if (postfixed && postfixed.index !== undefined) {
    // "重大障害の件数：月1件以下": a label before a colon names the target, the words after it are its period.
    const before = text.slice(0, postfixed.index);
    const labelled = before.match(/^(.+?)\s*[：:]/u);
    // "订单占比提升到 25% 以上", "延迟降低至 100ms 以下": a verb of reaching ("raise to", "cut to") joins the name to its figure.
    const name = metricName((labelled ? labelled[1]! : before).replace(/[をがはのを：:]\s*$/u, "").replace(REACH_TO, ""));
    const target = numberOf(postfixed[1]!, postfixed[2]);
    const comparator = AFTER.find(([p]) => p === postfixed[4])![1];
    return name && Number.isFinite(target) ? { name, comparator, target, unit: unitOf(postfixed[3]) } : null;
  }
  // "Reduce time-to-first-project by 40%": an improvement of at least that much.
  const by = text.match(BY_PERCENT);
  if (by && (IMPROVE_DOWN.test(by[1]!) || /\b(?:increase|raise|improve|grow|boost|erhöhen|steigern|augmenter|aumentar|aumentare|verhogen)\b/i.test(by[1]!))) {
    const name = metricName(by[1]!);
    return name ? { name, comparator: ">=", target: Number(by[2]!.replace(",", ".")), unit: "%" } : null;
  }
  // "Support tickets down 40%", "Organic sessions +15%", "un 25% menor": a change of at least that much.
  // "95% satisfaction or higher", "Sev1 incidents 0": a bound written after the figure (postfix-bounds.ts).
  return relativeChange(text, metricName) ?? postfixBound(text);
}

/** "KR 1.2", "Key result 3:", "Goal:", "Ziel:", "Objectif :", "Meta:" at the start of a line, and the rest. */
const LABEL = new RegExp(String.raw`^\s*(?:\*\*)?(?:kr\s*\d+(?:\.\d+)*|key result\s*\d+(?:\.\d+)*|goals?|targets?|objectives?|ziel|zielwert|objectif|cible|objetivo|meta|obiettivo|doel|doelstelling|目標|目标|${MORE_TARGET_LABELS.join("|")})(?![\p{L}\d])(?:\*\*)?\s*[:.)：–—-]?\s*(?:\*\*)?\s*`, "iu");

/** A labelled target line ("KR 1.1 …", "Goal: …") → its metric; null for any other line. */
export function labelledTarget(line: string): SentenceMetric | null {
  const label = line.match(LABEL);
  if (!label || label[0].trim() === "") return null;
  return sentenceMetric(line.slice(label[0].length));
}
