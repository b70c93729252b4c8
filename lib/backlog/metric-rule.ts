import { z } from "zod";

// An acceptance criterion tied to a metric ("pyright_errors < 50"): its tick follows the metric's
// latest value (lib/metrics/rule-service.ts). Stored on checklist_items.metric_rule as
// { metricKey, comparator, value }. Free of server code: the item page edits rules in the browser.

export const COMPARATORS = ["<", "<=", ">", ">=", "="] as const;
export type Comparator = (typeof COMPARATORS)[number];
export type MetricRule = { metricKey: string; comparator: Comparator; value: number };

export const metricRuleSchema = z.object({
  metricKey: z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, "choose a metric"),
  comparator: z.enum(COMPARATORS, { error: "one of <, <=, >, >=, =" }),
  value: z.coerce.number({ error: "a number" }).refine(Number.isFinite, "a finite number"),
});

/** The stored JSON, if it is a rule (rows written before rules existed hold null). */
export function readRule(raw: unknown): MetricRule | null {
  const parsed = metricRuleSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export function ruleHolds(rule: Pick<MetricRule, "comparator" | "value">, value: number): boolean {
  switch (rule.comparator) {
    case "<":
      return value < rule.value;
    case "<=":
      return value <= rule.value;
    case ">":
      return value > rule.value;
    case ">=":
      return value >= rule.value;
    case "=":
      return Math.abs(value - rule.value) < 1e-9;
  }
}

export const COMPARATOR_SYMBOL: Record<Comparator, string> = { "<": "<", "<=": "≤", ">": ">", ">=": "≥", "=": "=" };
export const ruleText = (rule: MetricRule): string => `${rule.metricKey} ${COMPARATOR_SYMBOL[rule.comparator]} ${rule.value}`;
