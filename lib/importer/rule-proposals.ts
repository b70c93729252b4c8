import { ruleText, type MetricRule } from "@/lib/backlog/comparators";
import { ruleProposer, type KnownMetric } from "@/lib/metrics/rule-proposer";
import { metricDirection, metricKey } from "./metric-targets";
import { matchChecklist, type ImportPlan } from "./plan";
import type { ParsedMetric } from "./types";

// An acceptance criterion that an import creates and that names a known metric and a bound
// ("Pyright errors < 50 across all repos") is offered to follow that metric from the start. The
// dry run lists the proposals; the commit recomputes them and links only the accepted ones that
// match exactly, so a client can never set a rule the server would not have proposed.

/** A metric a criterion may follow: defined already, or about to be defined by this import. */
export type RuleMetric = KnownMetric & { exists: boolean };

export interface RuleProposal {
  itemKey: string;
  text: string;
  rule: MetricRule;
  metric: "exists" | "create";
}

/** An accepted proposal as the client sends it back: the criterion (item key + text) and its rule. */
export type AcceptedRule = MetricRule & { itemKey: string; text: string };

/** A criterion is named by its item's key and its text (texts are unique enough within one item). */
export const criterionId = (c: { itemKey: string; text: string }) => `${c.itemKey}\u0000${c.text}`;

/**
 * The defined metrics (as stored: the import keeps an existing definition) plus the ones this
 * import would create, with the direction the commit will give them. Sorted by key, then document
 * order, so the dry run and the commit break ties between equal phrases the same way.
 */
export function ruleMetrics(defined: KnownMetric[], parsed: Pick<ParsedMetric, "name" | "comparator" | "target">[]): RuleMetric[] {
  const out = new Map<string, RuleMetric>();
  for (const m of [...defined].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) out.set(m.key, { ...m, exists: true });
  for (const m of parsed) {
    const key = metricKey(m.name);
    if (!out.has(key)) out.set(key, { key, name: m.name, direction: metricDirection(m), exists: false });
  }
  return [...out.values()];
}

/**
 * The acceptance criteria the commit will insert: all of a new item's, and those of a re-imported
 * item that match no stored entry. Stored criteria keep whatever rule they have (maybe set by hand).
 */
export function newCriteria(plan: ImportPlan): { itemKey: string; text: string }[] {
  const out: { itemKey: string; text: string }[] = [];
  for (const { key, item } of plan.create) {
    for (const c of item.checklist) if (c.kind === "acceptance") out.push({ itemKey: key, text: c.text });
  }
  for (const { existing, item, changes } of plan.update) {
    if (!changes.some((c) => c.field === "checklist")) continue; // the commit leaves its checklist alone
    const matches = matchChecklist(existing.checklist, item.checklist);
    item.checklist.forEach((c, i) => {
      if (c.kind === "acceptance" && !matches[i]) out.push({ itemKey: existing.key, text: c.text });
    });
  }
  return out;
}

export function proposeRules(plan: ImportPlan, metrics: RuleMetric[]): RuleProposal[] {
  const seen = new Set<string>();
  const propose = ruleProposer(metrics);
  return newCriteria(plan).flatMap((c) => {
    const rule = propose(c.text);
    if (!rule || seen.has(criterionId(c))) return [];
    seen.add(criterionId(c));
    const exists = metrics.find((m) => m.key === rule.metricKey)?.exists ?? false;
    return [{ ...c, rule, metric: exists ? ("exists" as const) : ("create" as const) }];
  });
}

const quote = (s: string) => `“${s.length > 80 ? `${s.slice(0, 79)}…` : s}”`;
const sameRule = (a: MetricRule, b: MetricRule) => a.metricKey === b.metricKey && a.comparator === b.comparator && a.value === b.value;

/**
 * The rule to set per criterion id, or the first accepted entry that is not exactly a proposal of
 * this import (its index, for the field name, and why).
 */
export function checkAccepted(accepted: AcceptedRule[], proposals: RuleProposal[]): { ok: true; rules: Map<string, MetricRule> } | { ok: false; index: number; message: string } {
  const proposed = new Map(proposals.map((p) => [criterionId(p), p.rule]));
  const rules = new Map<string, MetricRule>();
  for (const [index, a] of accepted.entries()) {
    const rule = proposed.get(criterionId(a));
    if (!rule) return { ok: false, index, message: `${a.itemKey} ${quote(a.text)} is not a criterion this import creates with a proposed rule; run the dry run again` };
    const sent = { metricKey: a.metricKey, comparator: a.comparator, value: a.value };
    if (!sameRule(rule, sent)) return { ok: false, index, message: `${a.itemKey} ${quote(a.text)} can follow ${ruleText(rule)} as proposed, not ${ruleText(sent)}` };
    rules.set(criterionId(a), rule);
  }
  return { ok: true, rules };
}
