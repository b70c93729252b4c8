import type { Comparator } from "../types";
import { DIGITS, numberValue } from "./metric-words";

// Two ways of writing a target the comparison readers (metric-sentences.ts) did not take:
//  - the bound after the figure as "or more / or less": "Help articles: 95% satisfaction or
//    higher", "Wartezeit 2 Minuten oder weniger", "tevredenheid 95% of hoger" → ≥ / ≤ the figure;
//  - a bare zero count closing the line: "Sev1 incidents 0", "Open P0 bugs: 0", "障害 0件" → ≤ 0
//    (README: "0 warnings" is at most zero).
// The name is the label before a colon, else the words before the figure. Read only where a
// line is already read as a target.

export interface PostfixBound {
  name: string;
  comparator: Comparator;
  target: number;
  unit: string;
}

const OR_MORE = /^(?:or (?:more|higher|better|above|greater)|oder (?:mehr|höher|besser)|ou (?:plus|mais|supérieur|mieux)|o (?:más|superior|mejor|più|superiore)|of (?:meer|hoger|beter)|eller (?:mer|högre|mere|højere))(?![\p{L}])/iu;
const OR_LESS = /^(?:or (?:less|fewer|lower|below|under)|oder (?:weniger|niedriger)|ou (?:moins|menos|inférieur)|o (?:menos|inferior|meno)|of (?:minder|lager)|eller (?:mindre|lägre|mindre))(?![\p{L}])/iu;
const FIGURE = new RegExp(String.raw`(${DIGITS})\s*(%|ms|s|min|h)?`, "u");
// "Data loss — 0 transactions", "Datenverlust: 0 Datensätze": after a separator, a zero and the one or two words it counts.
const TRAILING_ZERO = /(?:^|[\s:：])0\s*(?:件|건|個|回|개)?$|\s*[:：—–]\s*0\s+\p{L}+(?:\s\p{L}+)?$/u;

function nameFrom(text: string, figureAt: number): string {
  const label = text.match(/^([^:：]{2,60})[:：]/u)?.[1];
  const subject = label !== undefined && label.length < figureAt ? label : text.slice(0, figureAt);
  return subject.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N})]+$/gu, "").trim();
}

/** An "X or more" / "X or less" bound, or a closing zero count, or null. */
export function postfixBound(text: string): PostfixBound | null {
  const trimmed = text.trim();
  const zero = trimmed.match(TRAILING_ZERO);
  if (zero && zero.index !== undefined) {
    const name = trimmed.slice(0, zero.index).replace(/[\s:：]+$/u, "").trim();
    return name && /\p{L}/u.test(name) ? { name: name.charAt(0).toUpperCase() + name.slice(1), comparator: "<=", target: 0, unit: "" } : null;
  }
  const figure = text.match(FIGURE);
  if (!figure || figure.index === undefined) return null;
  // The bound word may come right after the figure or after the words it counts ("95% satisfaction or higher").
  const after = text.slice(figure.index + figure[0].length);
  const bound = after.match(/(?:^|\s)((?:or|oder|ou|o|of|eller)\s+\p{L}+)/u);
  // The bound closes its clause ("… or higher.", "… or less (p95)"); "3 features or fewer risks" compares nothing.
  if (!bound || bound.index === undefined || !/^\s*(?:$|[.,;:(—–-])/u.test(after.slice(bound.index + bound[0].length))) return null;
  const comparator: Comparator | null = OR_MORE.test(bound[1]!) ? ">=" : OR_LESS.test(bound[1]!) ? "<=" : null;
  if (!comparator) return null;
  const name = nameFrom(text, figure.index);
  const target = numberValue(figure[1]!);
  return name && Number.isFinite(target) ? { name: name.charAt(0).toUpperCase() + name.slice(1), comparator, target, unit: figure[2] ?? "" } : null;
}
