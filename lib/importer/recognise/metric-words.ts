import type { Comparator } from "../types";

// How targets are written beyond English and the Western-European languages the metric readers
// (metrics.ts, metric-sentences.ts) started with, so "معدل فتح الرسائل: ٢٥٪ على الأقل", "Ít nhất
// 5.000 đơn hàng", "יעד: שיעור פתיחה מעל 28%" and "重大障害の件数：月1件以下" read as the targets they are:
//  - digits: Arabic-Indic and Persian digits, the Arabic decimal and thousands marks and percent sign
//    become ASCII; a number grouped in thousands ("12.000", "5.000", "1,200,000", "40 000") is one
//    number, not a decimal (a leading zero — "0.005" — stays a decimal);
//  - comparison words in more languages, before the number ("ít nhất", "أقل من", "מעל") or after it
//    ("على الأقل", "לפחות", "trở lên");
//  - "zero" words ("صفر مشاكل حرجة", "null Fehler", "0 件"): a bound of at most zero;
//  - the words that label a target line or head a targets section ("יעד:", "Mục tiêu", "الهدف", "目标").

const ARABIC_INDIC = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** Eastern Arabic and Persian digits and marks as ASCII: "٢٥٪" → "25%", "١٫٥" → "1.5", "٤٠٬٠٠٠" → "40,000". */
export function asciiNumerals(text: string): string {
  if (!/[\u0660-\u066C\u06F0-\u06F9]/.test(text)) return text;
  return text
    .replace(ARABIC_INDIC, (d) => String((d.charCodeAt(0) & 0xf) % 10))
    .replace(/\u066B/g, ".")
    .replace(/\u066C/g, ",")
    .replace(/\u066A/g, "%");
}

/** A number grouped in thousands by dots, commas, or (narrow) spaces, never starting with 0. */
const GROUPED = /^[1-9]\d{0,2}(?:([.,\u00A0\u202F ])\d{3})(?:\1\d{3})*$/;

/** The digits of a number as written → its value: "12.000" → 12000, "1,200,000" → 1200000, "4,3" → 4.3, "2.5" → 2.5. */
export function numberValue(digits: string): number {
  const t = digits.trim();
  if (GROUPED.test(t)) return Number(t.replace(/[.,\u00A0\u202F ]/g, ""));
  return Number(t.replace(",", "."));
}

/** A regex source for a number's digits: a grouped number first ("12.000"), else digits with one decimal part. */
// "60 000", "1 200 000": grouped by (narrow, no-break) spaces as French, Nordic, Slavic and Afrikaans texts write them.
// Thousands grouped by spaces ("1 200", "R12 500") never go on from a percentile's name: "p95 800ms" is "p95" and a figure.
export const DIGITS = String.raw`[1-9]\d{0,2}(?:[.,]\d{3})+(?![\d.,]\d)|(?<![pP]\d{0,2}|\d)[1-9]\d{0,2}(?:[\u00A0\u202F ]\d{3})+(?![\d.,]?\d)|\d+(?:[.,]\d+)?`;

/** Comparison words before the number, in the languages metric-sentences.ts did not read yet. */
export const MORE_BEFORE: [string, Comparator][] = [
  // vi
  ["ít nhất", ">="], ["tối thiểu", ">="], ["tối đa", "<="], ["không quá", "<="], ["dưới", "<"], ["trên", ">"],
  // ar
  ["على الأقل", ">="], ["لا يقل عن", ">="], ["لا يزيد عن", "<="], ["لا تتجاوز", "<="], ["لا يتجاوز", "<="], ["أقل من", "<"], ["أكثر من", ">"], ["فوق", ">"], ["تحت", "<"],
  // he
  ["לפחות", ">="], ["לכל היותר", "<="], ["לא יותר מ", "<="], ["מתחת ל", "<"], ["פחות מ", "<"], ["מעל", ">"], ["יותר מ", ">"],
  // id, tr, pl, ru, el, hi, ko, sv
  ["minimal", ">="], ["paling sedikit", ">="], ["maksimal", "<="], ["kurang dari", "<"], ["lebih dari", ">"], ["di bawah", "<"], ["di atas", ">"],
  ["en az", ">="], ["en fazla", "<="], ["co najmniej", ">="], ["najwyżej", "<="], ["poniżej", "<"], ["powyżej", ">"],
  ["не менее", ">="], ["не более", "<="], ["минимум", ">="], ["максимум", "<="], ["менее", "<"], ["меньше", "<"], ["более", ">"], ["больше", ">"],
  ["τουλάχιστον", ">="], ["το πολύ", "<="], ["κάτω από", "<"], ["πάνω από", ">"], ["कम से कम", ">="], ["अधिकतम", "<="],
  ["minst", ">="], ["högst", "<="], ["över", ">"], ["mindre än", "<"], ["fler än", ">"], ["mer än", ">"],
  // da, nb, fi, cs, hu, uk, el, zh
  ["mindst", ">="], ["højst", "<="], ["høyst", "<="], ["maks.", "<="], ["maks", "<="], ["mindre end", "<"], ["mere end", ">"], ["mindre enn", "<"], ["mer enn", ">"],
  ["vähintään", ">="], ["enintään", "<="], ["korkeintaan", "<="], ["yli", ">"], ["alle", "<"],
  ["alespoň", ">="], ["nejméně", ">="], ["nejvýše", "<="], ["maximálně", "<="], ["méně než", "<"], ["více než", ">"], ["pod", "<"], ["nad", ">"],
  ["legalább", ">="], ["legfeljebb", "<="], ["kevesebb mint", "<"], ["több mint", ">"],
  ["не більше", "<="], ["не менше", ">="], ["щонайменше", ">="], ["менше", "<"], ["більше", ">"],
  ["όχι πάνω από", "<="], ["όχι περισσότερο από", "<="], ["λιγότερο από", "<"],
  ["不得超过", "<="], ["不超过", "<="], ["不低于", ">="], ["不少于", ">="], ["低于", "<"], ["高于", ">"], ["超过", ">"],
  // es/pt contractions, ar feminine, he with the maqaf before a figure
  ["por debajo del", "<"], ["menos del", "<"], ["más del", ">"], ["arriba del", ">"], ["arriba de", ">"], ["por encima del", ">"],
  ["لا تقل عن", ">="], ["لا تزيد عن", "<="], ["מתחת ל-", "<"], ["פחות מ-", "<"], ["יותר מ-", ">"], ["לא יותר מ-", "<="],
  // sw: "Wanachama kufikia angalau 60" (members reaching at least 60), "yasiwe chini ya 95%" (not below)
  ["kufikia angalau", ">="], ["angalau", ">="], ["yasiwe chini ya", ">="], ["isiwe chini ya", ">="], ["si chini ya", ">="], ["si zaidi ya", "<="], ["isiyozidi", "<="],
  ["chini ya", "<"], ["zaidi ya", ">"],
  // th: written without a space after the name ("ยอดขายไม่น้อยกว่า 12,000 บาท", sales not less than …)
  ["ไม่น้อยกว่า", ">="], ["อย่างน้อย", ">="], ["ไม่เกิน", "<="], ["สูงสุด", "<="], ["น้อยกว่า", "<"], ["ต่ำกว่า", "<"], ["มากกว่า", ">"], ["เกินกว่า", ">"],
];

/** Comparison words after the number ("٢٥٪ على الأقل", "5 לפחות", "35% trở lên", "100件以下"). */
export const MORE_AFTER: [string, Comparator][] = [
  ["على الأقل", ">="], ["كحد أدنى", ">="], ["كحد أقصى", "<="], ["לפחות", ">="], ["לכל היותר", "<="], ["trở lên", ">="], ["trở xuống", "<="],
  ["以下", "<="], ["以内", "<="], ["未満", "<"], ["以上", ">="], ["超", ">"], ["不超过", "<="], ["以下で", "<="], ["이하", "<="], ["이상", ">="], ["미만", "<"], ["초과", ">"],
];

/** A counter or unit between a number and its postfixed comparison: "1件以下", "60分以内", "5 phút trở xuống". */
export const COUNTER = String.raw`(?:\s*(?:[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{1,2}|ms|s|%))?\s*`;

/** "Zero" in the languages of the vocabulary, opening a target: a bound of at most zero. Chinese "无 P1 事故" (none), not "无法" (cannot). */
export const ZERO = /^(?:zero|no|none|0|null|kein(?:e|en)?|zéro|aucun(?:e)?|cero|ningún|ninguna|nessun(?:o|a)?|geen|noll|inga|ноль|ни одного|sıfır|صفر|אפס|μηδέν|nol|tidak ada|शून्य|ゼロ|零|0건)(?![\p{L}\p{N}])|^(?:无|無)(?!\p{Script=Han})/iu;

/** Words that label a target line ("יעד: …", "Mục tiêu: …") beside the ones metric-sentences.ts reads. */
export const MORE_TARGET_LABELS = [
  "יעד", "יעדים", "الهدف", "هدف", "mục tiêu", "chỉ tiêu", "sasaran", "στόχος", "लक्ष्य", "목표", "цель", "hedef", "cel", "mål", "tavoite", "目標値", "目标值",
  // uk, af, South Slavic, Baltic, cs/sk/hu, id/ms, sw, pt
  "ціль", "мета", "teiken", "cilj", "циљ", "tikslas", "mērķis", "siht", "cíl", "cieľ", "cél", "tujuan", "lengo", "alvo",
];

/**
 * A heading that names a section of targets in one of these languages ("## 目标", "## الهدف",
 * "## Chỉ tiêu tháng đầu", "## مؤشرات الأداء"): the word opens the heading, so "非目标" (non-goals)
 * and "Ziele erreicht" stories are not. English "Goals" stays a note (README): only words that mean
 * a target or an indicator are read here.
 */
const TARGET_HEADING =
  /^[^\p{L}\p{N}]*(?:目標|目标|指標|指标|الهدف|الأهداف|أهداف|مؤشرات الأداء|مؤشرات|chỉ tiêu|mục tiêu|יעדים|יעד|στόχοι|लक्ष्य|목표|지표|sasaran|hedefler|cele|цели|показатели|метрики|показники|цілі|metryki|wskaźniki|mierniki|metrikler|göstergeler|mål|kpi|chỉ số|ținte|ţinte|metrici|indicatori|grænseværdier|grenseverdier|gränsvärden|grenzwerte|raja-arvot|limit values|thresholds|metas|เป้าหมาย|ตัวชี้วัด|malengo|viashiria)(?![\p{L}\p{N}])/iu;

export function namesTargets(heading: string): boolean {
  return TARGET_HEADING.test(heading.replace(/[*_`]/g, ""));
}
