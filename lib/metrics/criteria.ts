import "server-only";
import type { Db } from "@/db";
import type { ChecklistEntry } from "@/lib/backlog/item-queries";
import { COMPARATOR_SYMBOL, readRule, ruleHolds, ruleText } from "@/lib/backlog/metric-rule";
import { formatValue } from "./format";
import { latestByKey, metricOptions, type MetricOption } from "./queries";
import { proposeRule } from "./rule-proposer";

// The item page's acceptance criteria seen through the metrics they follow (or could follow):
// here, in the metrics area, because it reads metrics; the backlog below knows nothing of them.

/** A checklist entry as the item page shows it (dates as ISO strings, for a client component). */
export type ChecklistEntryView = {
  id: string;
  text: string;
  done: boolean;
  doneByName: string | null;
  doneAt: string | null;
  /** The metric rule this criterion follows: its tick comes from the metric's latest value. */
  follows?: { metricKey: string; metricName: string; rule: string; latest: { text: string; at: string; source: string } | null; holds: boolean | null };
  /** For leads: the rule the criterion's text states about a known metric, offered for linking. */
  proposal?: { metricKey: string; comparator: string; value: number; label: string };
};

/**
 * The acceptance criteria as the checklist shows them: a criterion that follows a metric says
 * which rule and why it is (not) ticked; for a lead (`canLink`), an unlinked criterion that names a
 * known metric and a bound carries a proposal to link it, and `metrics` lists what may be followed.
 */
export async function criteriaWithRules(db: Db, acceptance: ChecklistEntry[], canLink: boolean): Promise<{ entries: ChecklistEntryView[]; metrics?: MetricOption[] }> {
  const rules = acceptance.map((e) => readRule(e.metricRule));
  const keys = [...new Set(rules.filter((r) => r !== null).map((r) => r.metricKey))];
  const [latest, metrics] = await Promise.all([latestByKey(db, keys), canLink ? metricOptions(db) : Promise.resolve([])]);
  const entries = acceptance.map((e, i): ChecklistEntryView => {
    const base: ChecklistEntryView = { id: e.id, text: e.text, done: e.done, doneByName: e.doneByName, doneAt: e.doneAt?.toISOString() ?? null };
    const rule = rules[i];
    if (rule) {
      const m = latest.get(rule.metricKey);
      return {
        ...base,
        follows: {
          metricKey: rule.metricKey,
          metricName: m?.name ?? rule.metricKey,
          rule: ruleText(rule),
          latest: m?.latest ? { text: formatValue(m.latest.value, m.unit), at: m.latest.recordedAt.toISOString(), source: m.latest.source } : null,
          holds: m?.latest ? ruleHolds(rule, m.latest.value) : null,
        },
      };
    }
    if (!canLink) return base;
    const proposal = proposeRule(e.text, metrics);
    if (!proposal) return base;
    const m = metrics.find((x) => x.key === proposal.metricKey)!;
    return { ...base, proposal: { ...proposal, label: `${m.name} ${COMPARATOR_SYMBOL[proposal.comparator]} ${formatValue(proposal.value, m.unit)}` } };
  });
  return { entries, metrics: canLink ? metrics : undefined };
}
