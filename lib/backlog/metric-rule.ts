import { z } from "zod";
import { COMPARATORS, COMPARATOR_SYMBOL, ruleHolds, ruleText, type Comparator, type MetricRule } from "./comparators";

// An acceptance criterion tied to a metric ("pyright_errors < 50"): its tick follows the metric's
// latest value (lib/metrics/rule-service.ts). Stored on checklist_items.metric_rule as
// { metricKey, comparator, value }. The browser imports comparators.ts, which has no zod.

export { COMPARATORS, COMPARATOR_SYMBOL, ruleHolds, ruleText, type Comparator, type MetricRule };

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
