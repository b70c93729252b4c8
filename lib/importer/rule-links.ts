import type { Db, Tx } from "@/db";
import type { LinkedEntry } from "@/lib/backlog/writer/checklist";
import { metricOptions } from "@/lib/metrics/queries";
import { evaluateRules } from "@/lib/metrics/rule-service";
import { readRule, type MetricRule } from "@/lib/backlog/metric-rule";
import { fail } from "@/lib/result";
import type { ImportPlan } from "./plan";
import { checkAccepted, criterionId, newCriteria, proposeRules, ruleMetrics, type AcceptedRule, type RuleProposal } from "./rule-proposals";
import type { ParseResult } from "./types";

// The database side of an import's criterion rules: which metrics exist, which accepted rules
// may be set, and, once the import's rows are written (by lib/backlog/writer), the first evaluation.

export async function importRuleProposals(db: Db | Tx, plan: ImportPlan, parsed: ParseResult): Promise<RuleProposal[]> {
  if (newCriteria(plan).length === 0) return [];
  // Metric keys are global, so every defined metric counts, as on the item page.
  // ruleMetrics sorts them by key; only the fields a proposal carries are kept.
  const defined = (await metricOptions(db)).map(({ key, name, direction }) => ({ key, name, direction }));
  return proposeRules(plan, ruleMetrics(defined, parsed.metrics));
}

/** The rule a new checklist entry of an item gets: an accepted one, or null. */
export type RuleLookup = (itemKey: string, entry: { kind: string; text: string }) => MetricRule | null;

/** The accepted rules as a lookup; refuses the whole import if one is not exactly a proposal. */
export function acceptedRuleLookup(accepted: AcceptedRule[], proposals: RuleProposal[]): RuleLookup {
  const checked = checkAccepted(accepted, proposals);
  if (!checked.ok) {
    const field = `acceptedRules.${checked.index}`;
    return fail("invalid", `Metric rules: ${checked.message}`, { fieldErrors: { [field]: [checked.message] } });
  }
  const { rules } = checked;
  return (itemKey, entry) => (entry.kind === "acceptance" ? (rules.get(criterionId({ itemKey, text: entry.text })) ?? null) : null);
}

/**
 * Ticks (or unticks) the linked criteria from their metrics' latest values with the same helper
 * a recorded value uses, so the "because" in the history is the same. Call it after the metrics
 * this import defines exist and the link rows are written, so history reads link → tick.
 */
export async function evaluateLinked(tx: Tx, linked: LinkedEntry[]): Promise<void> {
  const keys = new Set(linked.flatMap((e) => readRule(e.metricRule)?.metricKey ?? []));
  for (const key of keys) await evaluateRules(tx, key);
}
