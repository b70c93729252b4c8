import type { Comparator } from "../types";

// A target written as a change of a percentage rather than a bound, in the languages the importer
// reads: "Support tickets down 40% vs Q2", "Organic sessions +15% QoQ", "CI spend reduced by 50%",
// "Coste mensual un 25% menor que en T4", "Achterstand met 50% omlaag", "Ladezeit 30 % geringer".
// The README's convention: "50% reduction" / "down 30%" is the reduction, at least that figure; a
// rise the same. The name is what changes, without the change word. Read only where a sentence is
// already read as a target (metric-sentences.ts), so a task "cut the bill by 10%" elsewhere is not.

export interface RelativeChange {
  name: string;
  comparator: Comparator;
  target: number;
  unit: string;
}

const PERCENT = String.raw`(\d{1,3}(?:[.,]\d+)?)\s*%`;
// "down 40%", "reduced by 50%", "up 12 %", "gesenkt um 20 %", "réduit de 30 %", "reducido en un 25 %".
const WORD_BEFORE = new RegExp(
  String.raw`^(.+?)\s+(?:down|up|reduced|lowered|cut|decreased|increased|raised|grown|dropped|gesenkt|reduziert|erhöht|gesteigert|réduite?s?|baissée?s?|augmentée?s?|reducid[oa]s?|aumentad[oa]s?|reduzid[oa]s?|ridott[oa]|omlaag|omhoog|verlaagd|verhoogd)\s+(?:(?:by|um|de|en|del|di|met|in)\s+)?(?:(?:un|una|a|an)\s+)?${PERCENT}`,
  "iu",
);
// "+15% QoQ", "−20 %": a signed change right after the name.
const SIGNED = new RegExp(String.raw`^(.+?)\s+[+−-]\s?${PERCENT}`, "u");
// "un 25% menor", "50% lower", "met 50% omlaag", "30 % weniger", "20 % de moins".
const WORD_AFTER = new RegExp(
  String.raw`^(.+?)\s+(?:(?:by|um|de|en|del|di|met|of)\s+)?(?:(?:un|una|a|an)\s+)?${PERCENT}\s+(?:de\s+)?(?:lower|less|fewer|smaller|cheaper|faster|higher|more|weniger|niedriger|geringer|kleiner|mehr|höher|menor|menos|mayor|más|moins|plus|omlaag|omhoog|lager|minder|hoger|meer|sneller|in\s+meno|in\s+più)(?![\p{L}])`,
  "iu",
);

// "任务失败率降低 50%", "月账单下降30%", "コスト削減 20%": Chinese and Japanese write the verb of change right
// after the name, with or without a space, and the figure after it.
const CJK_BEFORE = new RegExp(String.raw`^(.+?)\s*(?:降低|下降|减少|減少|缩短|縮短|节省|節省|削减|削減|低減|提升|提高|增加|增長|增长|上升|向上)了?\s*${PERCENT}`, "u");

/** A change by a percentage ("X down 40%", "X +15%", "X un 25% menor") → X at least that change; null for any other text. */
export function relativeChange(text: string, nameOf: (subject: string) => string): RelativeChange | null {
  const m = text.match(WORD_BEFORE) ?? text.match(WORD_AFTER) ?? text.match(CJK_BEFORE) ?? text.match(SIGNED);
  if (!m) return null;
  const name = nameOf(m[1]!);
  const target = Number(m[2]!.replace(",", "."));
  return name && Number.isFinite(target) && target > 0 ? { name, comparator: ">=", target, unit: "%" } : null;
}
