import type { Comparator, MetricRule } from "@/lib/backlog/metric-rule";
import { valueProblem } from "./limits";
import type { MetricDirection } from "@/lib/domain/items";

// Proposals: an imported criterion such as "Pyright errors < 50 across all repos" names a metric
// and a bound; we offer to link it. The metric is recognised by its key ("pyright_errors"), its
// name, or a name's parenthesised part ("Type safety (Pyright errors)" → "pyright errors").

export type KnownMetric = { key: string; name: string; direction: MetricDirection };

const WORD_COMPARATORS: [RegExp, Comparator][] = [
  [/^(?:<=|≤|=<|at most|no more than|not more than|under or equal to)$/i, "<="],
  [/^(?:>=|≥|=>|at least|no less than|not less than)$/i, ">="],
  [/^(?:<|below|under|less than|fewer than|lower than)$/i, "<"],
  [/^(?:>|above|over|more than|greater than|higher than)$/i, ">"],
  [/^(?:=|==|equals?|is|of|at|:)$/i, "="],
];

const COMPARATOR_WORDS = "<=|≤|=<|>=|≥|=>|<|>|==|=|:|at most|at least|no more than|not more than|no less than|not less than|below|under|less than|fewer than|lower than|above|over|more than|greater than|higher than|equals?|is|of|at";

const normalise = (s: string) => s.toLowerCase().replace(/[_\-]+/g, " ").replace(/\s+/g, " ").trim();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function phrases(m: KnownMetric): string[] {
  const out = new Set<string>([normalise(m.key), normalise(m.name)]);
  const inner = /\(([^)]+)\)/.exec(m.name)?.[1];
  if (inner) out.add(normalise(inner));
  const outer = m.name.replace(/\([^)]*\)/g, "").trim();
  if (outer) out.add(normalise(outer));
  return [...out].filter((p) => p.length >= 3);
}

// The bound after a metric's phrase ("< 50", "at least 80%") or the number before it ("0 critical").
const BOUND_AFTER = new RegExp(`^\\W*?(?:\\b\\w+\\b\\s+){0,3}?(${COMPARATOR_WORDS})\\s*([-+]?\\d+(?:[.,]\\d+)?)\\s*(%|s|ms|min|h)?`, "i");
const NUMBER_BEFORE = /([-+]?\d+(?:[.,]\d+)?)\s*(%|s|ms)?\s*(?:or (fewer|less|more|higher|lower))?\s*$/i;

/**
 * proposeRule for many texts against one list of metrics (an import's criteria): the phrases and
 * their patterns are built once, and a text without a number or a phrase is passed over cheaply.
 */
export function ruleProposer(known: KnownMetric[]): (text: string) => MetricRule | null {
  const candidates = known
    .flatMap((m) => phrases(m).map((p) => ({ m, p, re: new RegExp(`(?:^|\\W)${escape(p)}(?:\\W|$)`) })))
    .sort((a, b) => b.p.length - a.p.length);
  return (text) => {
    const t = normalise(text).replace(/\bzero\b/g, "0");
    if (!/\d/.test(t)) return null; // both ways of stating a bound need a number
    for (const { m, p, re } of candidates) {
      if (!t.includes(p)) continue;
      const at = re.exec(t);
      if (!at) continue;
      const bound = BOUND_AFTER.exec(t.slice(at.index + at[0].length - 1));
      const before = NUMBER_BEFORE.exec(t.slice(0, at.index + 1));
      let comparator: Comparator | null = null;
      let value: number | null = null;
      if (bound) {
        comparator = WORD_COMPARATORS.find(([words]) => words.test(bound[1]!.trim()))?.[1] ?? null;
        value = Number(bound[2]!.replace(",", "."));
      } else if (before) {
        // "0 critical vulnerabilities", "80% backend coverage": the number names the goal itself.
        value = Number(before[1]!.replace(",", "."));
        comparator = "=";
      }
      // A bound outside the value range (lib/metrics/limits.ts) could never be set by hand either.
      if (comparator === null || value === null || valueProblem(value)) continue;
      if (comparator === "=") comparator = m.direction === "lower_is_better" ? "<=" : ">=";
      return { metricKey: m.key, comparator, value };
    }
    return null;
  };
}

/**
 * The rule a criterion's text states about one of the known metrics, or null. Longest phrase
 * wins ("test coverage backend" over "test coverage"); "= 0"/"zero" reads as "at most 0" for a
 * lower-is-better metric, since that is what "zero critical vulnerabilities" means.
 */
export const proposeRule = (text: string, known: KnownMetric[]): MetricRule | null => ruleProposer(known)(text);
