import { findPriorityLabel } from "../priority";

// An audit's "Impact" column of level words (Critical / Serious / Moderate / Minor, axe's and WCAG
// audits' scale) ranks its findings as a Severity column does; beside an Effort column the same header
// is one half of a value/effort estimate (a roadmap's "Impact: High, Effort: M"), which ranks nothing.
// A tech-debt register's rows are problems, not features: there "Impact" says how much the debt hurts
// (a finding's severity), so it ranks the rows even beside the Effort of paying the debt down.

/** "Impact" in the languages of the vocabulary, the whole header. */
const IMPACT = /^(?:impact|impacto|impatto|auswirkung|dopad|hatás|влияние|вплив|etki|wpływ|影響|影响|영향|التأثير|השפעה|επίπτωση|tác động|dampak|प्रभाव)$/u;

/** Headers that estimate the cost of a row: an Impact column beside one is a value estimate. */
const COST = /effort|estimate|size|cost|aufwand|esfuerzo|sforzo|esforço|inspanning|工数|工作量|노력|стоимость|трудоёмкость|трудоемкость/u;

const words = (cell: string) => cell.trim().split(/\s+/).filter(Boolean).length;

/**
 * Whether the column headed `header`, with these body cells, is a finding's rating: an Impact header,
 * no cost column in the table (unless its rows are debt), and nearly every filled cell one or two words naming a level.
 */
export function isImpactRating(header: string, cells: string[], headers: string[], { rowsAreDebt = false } = {}): boolean {
  if (!IMPACT.test(header.trim().toLowerCase())) return false;
  if (!rowsAreDebt && headers.some((h) => COST.test(h.toLowerCase()))) return false;
  const filled = cells.map((c) => c.trim()).filter((c) => c && !/^[—–-]+$/.test(c));
  if (filled.length < 2) return false;
  return filled.filter((c) => words(c) <= 2 && findPriorityLabel(c) !== null).length >= filled.length * 0.8;
}
