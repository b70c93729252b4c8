import type { Db } from "@/db";
import type { ChecklistEntry } from "@/lib/backlog/item-queries";
import { formatValue } from "@/lib/metrics/format";
import { latestByKey, metricOptions } from "@/lib/metrics/queries";
import { COMPARATOR_SYMBOL, readRule, ruleHolds, ruleText } from "@/lib/backlog/metric-rule";
import { proposeRule } from "@/lib/metrics/rule-proposer";
import type { Entry } from "./_components/checklist-section";

/**
 * The acceptance criteria as the checklist shows them: a criterion that follows a metric says
 * which rule and why it is (not) ticked; for a lead, an unlinked criterion that names a known
 * metric and a bound carries a proposal to link it.
 */
export async function criteriaWithRules(db: Db, acceptance: ChecklistEntry[], canLink: boolean) {
  const rules = acceptance.map((e) => readRule(e.metricRule));
  const keys = [...new Set(rules.filter((r) => r !== null).map((r) => r.metricKey))];
  const [latest, metrics] = await Promise.all([latestByKey(db, keys), canLink ? metricOptions(db) : Promise.resolve([])]);
  const entries: Entry[] = acceptance.map((e, i) => {
    const base: Entry = { id: e.id, text: e.text, done: e.done, doneByName: e.doneByName, doneAt: e.doneAt?.toISOString() ?? null };
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
