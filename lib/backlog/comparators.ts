// A metric rule's comparators and words, without zod, for the item page's rule editor in the
// browser; metric-rule.ts adds the schema the server reads stored rules with.

export const COMPARATORS = ["<", "<=", ">", ">=", "="] as const;
export type Comparator = (typeof COMPARATORS)[number];
export type MetricRule = { metricKey: string; comparator: Comparator; value: number };

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
