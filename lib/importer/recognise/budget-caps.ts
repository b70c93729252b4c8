import { DIGITS, numberValue } from "./metric-words";
import type { SentenceMetric } from "./metric-sentences";

// A budget with a ceiling is a target like any bound: "Budget: 48.000 € (hard cap)", "Tổng ngân
// sách: tối đa 250 triệu đồng", "Σύνολο προϋπολογισμού: 10.400 € (μέγιστο 11.000 €)" → Budget ≤ the
// ceiling. Only a line that says it is a ceiling counts: "Budget: €48k, 61% committed" reports
// spending and sets nothing. The target is the figure right after the ceiling word, else (the word
// in a remark after the figure: "48.000 € (max)") the line's first figure. Read from one line at a
// time with a few fixed patterns, so linear in the line.

// Budget words in the languages the importer reads (a Greek or Thai stem is matched inside the word).
const BUDGET = /(?:^|[^\p{L}])(?:budgets?|gesamtbudget|budgetrahmen|presupuesto|orçamento|bilancio|begroting|budżet|bütçe|бюджет|ngân sách)(?![\p{L}])|προϋπολογισμ|งบประมาณ|予算|预算/iu;
// Ceiling words, before or after the figure.
const CEILING =
  /(?:^|[^\p{L}])(?:max|maximum|at most|up to|no more than|hard cap|cap|ceiling|höchstens|maximal|obergrenze|plafond|au plus|máximo|tope|massimo|tetto|tối đa|không quá|μέγιστο|το πολύ|не более|максимум|en fazla|najwyżej|maks)(?![\p{L}])|ไม่เกิน|上限|最大|以内/iu;
const FIGURE = new RegExp(String.raw`(${DIGITS})\s*([kK](?![\p{L}]))?`, "u");

const figureAt = (text: string): number | null => {
  const m = text.match(FIGURE);
  if (!m) return null;
  const value = numberValue(m[1]!) * (m[2] ? 1_000 : 1);
  return Number.isFinite(value) ? value : null;
};

/** The budget ceiling a line sets, or null when it sets none. */
export function budgetCap(line: string): SentenceMetric | null {
  const ceiling = line.match(CEILING);
  const firstFigure = line.search(/\d/);
  if (!ceiling || ceiling.index === undefined || firstFigure < 0) return null;
  const budget = line.match(BUDGET);
  if (!budget || budget.index === undefined || budget.index > firstFigure) return null;
  const afterCeiling = line.slice(ceiling.index + ceiling[0].length);
  // "tối đa 250", "μέγιστο 11.000 €", "max. 5k": the figure right after the word (a currency sign may come between).
  const right = /^[\s.:]*[$€£¥₹]?\s*\d/u.test(afterCeiling) ? figureAt(afterCeiling) : null;
  const target = right ?? (ceiling.index > firstFigure ? figureAt(line) : null);
  if (target === null) return null;
  const label = line.match(/^([^:：]{2,60})[:：]/u)?.[1];
  // "Note: total budget not over 1.2 million": a label without the budget word only opens the line.
  const from = label && !BUDGET.test(label) ? label.length + 1 : 0;
  const subject = label && BUDGET.test(label) ? label : line.slice(from, Math.min(ceiling.index, firstFigure));
  const name = subject.replace(/^[^\p{L}]+|[^\p{L})]+$/gu, "").trim();
  return name ? { name: name.charAt(0).toUpperCase() + name.slice(1), comparator: "<=", target, unit: "" } : null;
}
