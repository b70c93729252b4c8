import { eq, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { checklistItems, metricPoints, metrics } from "@/db/schema";
import { systemActor, type Actor } from "@/lib/domain/actors";
import { setEntryRule, tickEntries } from "@/lib/backlog/writer/checklist";
import { announceItem } from "@/lib/backlog/writer/items";
import { fail } from "@/lib/result";
import { readRule, ruleHolds, ruleText, type MetricRule } from "@/lib/backlog/metric-rule";

/**
 * Re-ticks every criterion that follows `metricKey` from the metric's latest value, inside the
 * caller's transaction (so a recorded value and the ticks it causes commit together). A metric
 * without values unticks nothing: "no data" is not "failed".
 */
export async function evaluateRules(tx: Tx, metricKey: string): Promise<number> {
  const linked = await tx
    .select({ id: checklistItems.id, itemId: checklistItems.itemId, text: checklistItems.text, done: checklistItems.done, rule: checklistItems.metricRule })
    .from(checklistItems)
    .where(sql`${checklistItems.metricRule} is not null and ${checklistItems.metricRule}->>'metricKey' = ${metricKey}`);
  if (linked.length === 0) return 0;
  const [latest] = await tx
    .select({ value: metricPoints.value, recordedAt: metricPoints.recordedAt })
    .from(metricPoints)
    .innerJoin(metrics, eq(metrics.id, metricPoints.metricId))
    .where(eq(metrics.key, metricKey))
    .orderBy(sql`${metricPoints.recordedAt} desc, ${metricPoints.id} desc`)
    .limit(1);
  if (!latest) return 0;
  const actor = systemActor(`metric:${metricKey}`);
  const ticks = linked.flatMap((entry) => {
    const rule = readRule(entry.rule);
    if (!rule) return [];
    const because = `${ruleText(rule)}: ${latest.value} at ${latest.recordedAt.toISOString()}`;
    return [{ entry: { ...entry, kind: "acceptance" as const }, done: ruleHolds(rule, latest.value), at: latest.recordedAt, because }];
  });
  const changed = ticks.filter((t) => t.done !== t.entry.done);
  await tickEntries(tx, actor, changed);
  return new Set(changed.map((t) => t.entry.itemId)).size;
}

/** Ties an acceptance criterion to a metric rule (or unties it with `rule: null`), then evaluates it. */
export async function linkCriterion(db: Db, actor: Actor, input: { entryId: string; rule: MetricRule | null }) {
  return db.transaction(async (tx) => {
    const [entry] = await tx.select().from(checklistItems).where(eq(checklistItems.id, input.entryId)).for("update");
    if (!entry) return fail("not_found", "That criterion no longer exists.");
    if (entry.kind !== "acceptance") return fail("invalid", "Only acceptance criteria can follow a metric.");
    if (input.rule) {
      const [metric] = await tx.select({ id: metrics.id }).from(metrics).where(eq(metrics.key, input.rule.metricKey));
      if (!metric) return fail("invalid", `No metric with the key ${input.rule.metricKey}.`, { fieldErrors: { metricKey: ["no metric with that key"] } });
    }
    await setEntryRule(tx, actor, entry, input.rule);
    if (input.rule) await evaluateRules(tx, input.rule.metricKey);
    await announceItem(tx, actor, entry.itemId);
    const [after] = await tx.select({ done: checklistItems.done }).from(checklistItems).where(eq(checklistItems.id, entry.id));
    return { id: entry.id, itemId: entry.itemId, done: after!.done };
  });
}
