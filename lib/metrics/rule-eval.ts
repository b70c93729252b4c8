import { eq, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { backlogItems, checklistItems, metricPoints, metrics } from "@/db/schema";
import { appendAudit, type AuditActor } from "@/lib/audit-log/append";
import type { Actor } from "@/lib/auth/actor";
import { publishChange } from "@/lib/live/publish";
import { fail } from "@/lib/result";
import { readRule, ruleHolds, ruleText, type MetricRule } from "./rules";

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
  const actor: AuditActor = { system: `metric:${metricKey}` };
  const changedItems = new Set<string>();
  for (const entry of linked) {
    const rule = readRule(entry.rule);
    if (!rule) continue;
    const done = ruleHolds(rule, latest.value);
    if (done === entry.done) continue;
    await tx.update(checklistItems).set({ done, doneAt: done ? latest.recordedAt : null, doneBy: null }).where(eq(checklistItems.id, entry.id));
    await appendAudit(tx, actor, {
      action: done ? "item.checklist_tick" : "item.checklist_untick",
      entityType: "item",
      entityId: entry.itemId,
      before: { acceptance: { text: entry.text, done: entry.done } },
      after: { acceptance: { text: entry.text, done }, because: `${ruleText(rule)}: ${latest.value} at ${latest.recordedAt.toISOString()}` },
    });
    changedItems.add(entry.itemId);
  }
  if (changedItems.size) await publishChange(tx, { type: "items", ids: [...changedItems], by: null });
  return changedItems.size;
}

/** Ties an acceptance criterion to a metric rule (or unties it with `rule: null`), then evaluates it. */
export async function linkCriterion(db: Db, actor: Actor, input: { entryId: string; rule: MetricRule | null }) {
  return db.transaction(async (tx) => {
    const [entry] = await tx.select().from(checklistItems).where(eq(checklistItems.id, input.entryId)).for("update");
    if (!entry) return fail("not_found", "That criterion no longer exists.");
    if (entry.kind !== "acceptance") return fail("invalid", "Only acceptance criteria can follow a metric.");
    if (input.rule) {
      const [metric] = await tx.select({ id: metrics.id }).from(metrics).where(eq(metrics.key, input.rule.metricKey));
      if (!metric) return fail("invalid", `No metric with the key ${input.rule.metricKey}.`, { fieldErrors: { metricKey: ["unknown metric"] } });
    }
    await tx.update(checklistItems).set({ metricRule: input.rule }).where(eq(checklistItems.id, entry.id));
    await appendAudit(tx, actor, {
      action: input.rule ? "item.criterion_link" : "item.criterion_unlink",
      entityType: "item",
      entityId: entry.itemId,
      before: { acceptance: { text: entry.text, rule: readRule(entry.metricRule) } },
      after: { acceptance: { text: entry.text, rule: input.rule } },
    });
    if (input.rule) await evaluateRules(tx, input.rule.metricKey);
    const [item] = await tx.select({ projectId: backlogItems.projectId, version: backlogItems.version }).from(backlogItems).where(eq(backlogItems.id, entry.itemId));
    if (item) await publishChange(tx, { type: "item", id: entry.itemId, projectId: item.projectId, version: item.version, by: actor.token ? null : actor.id });
    const [after] = await tx.select({ done: checklistItems.done }).from(checklistItems).where(eq(checklistItems.id, entry.id));
    return { id: entry.id, itemId: entry.itemId, done: after!.done };
  });
}
