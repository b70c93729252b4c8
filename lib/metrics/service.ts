import { timeAgo } from "@/lib/time/format";
import { webhookMetricCrossed } from "@/lib/webhooks/events-service";
import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { metricPoints, metrics } from "@/db/schema";
import { appendAudit } from "@/lib/audit-log/append";
import { userIdOf, type Actor } from "@/lib/domain/actors";
import { publishChange } from "@/lib/live/publish";
import { fail } from "@/lib/result";
import { evaluateRules } from "./rule-service";
import { metricStatus } from "./status";
import { deliver } from "@/lib/notify/deliver-service";
import { watchersOf } from "@/lib/notify/watch-service";
import type { DefineMetricInput, PointInput, UpdateMetricInput } from "./schemas";

// Metric definitions and values, framework-free: server actions, the ingest API, the CSV upload
// and the demo seed all come through here.

const definition = (m: typeof metrics.$inferSelect) => ({
  key: m.key,
  name: m.name,
  unit: m.unit,
  direction: m.direction,
  target: m.target,
  warningThreshold: m.warningThreshold,
  criticalThreshold: m.criticalThreshold,
  projectId: m.projectId,
  description: m.description,
});

export async function defineMetric(db: Db, actor: Actor, input: DefineMetricInput) {
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(metrics)
      .values({ key: input.key, name: input.name, unit: input.unit, direction: input.direction, target: input.target, warningThreshold: input.warningThreshold, criticalThreshold: input.criticalThreshold, projectId: input.projectId, description: input.description })
      .onConflictDoNothing()
      .returning();
    if (!created) return fail("conflict", `A metric with the key ${input.key} already exists.`, { fieldErrors: { key: ["already used by another metric"] } });
    await appendAudit(tx, actor, { action: "metric.create", entityType: "metric", entityId: created.id, after: definition(created) });
    await publishChange(tx, { type: "metric", key: created.key, by: userIdOf(actor) });
    return created;
  });
}

async function lockMetric(tx: Tx, metricId: string, version: number) {
  const [row] = await tx.select().from(metrics).where(eq(metrics.id, metricId)).for("update");
  if (!row) return fail("not_found", "That metric no longer exists.");
  if (row.version !== version) {
    fail("conflict", `${row.name} was changed by someone else ${timeAgo(row.updatedAt)}; review the current values and try again.`, {
      current: { ...definition(row), version: row.version },
    });
  }
  return row;
}

export async function updateMetric(db: Db, actor: Actor, input: UpdateMetricInput) {
  return db.transaction(async (tx) => {
    const before = await lockMetric(tx, input.metricId, input.version);
    const [updated] = await tx
      .update(metrics)
      .set({ name: input.name, unit: input.unit, direction: input.direction, target: input.target, warningThreshold: input.warningThreshold, criticalThreshold: input.criticalThreshold, projectId: input.projectId, description: input.description, version: before.version + 1, updatedAt: new Date() })
      .where(eq(metrics.id, before.id))
      .returning();
    await appendAudit(tx, actor, { action: "metric.update", entityType: "metric", entityId: before.id, before: definition(before), after: definition(updated!) });
    await publishChange(tx, { type: "metric", key: before.key, by: userIdOf(actor) });
    return updated!;
  });
}

export async function deleteMetric(db: Db, actor: Actor, input: { metricId: string; version: number }) {
  return db.transaction(async (tx) => {
    const before = await lockMetric(tx, input.metricId, input.version);
    const [{ points }] = (await tx.select({ points: sql<number>`count(*)::int` }).from(metricPoints).where(eq(metricPoints.metricId, before.id))) as [{ points: number }];
    await tx.delete(metrics).where(eq(metrics.id, before.id));
    await appendAudit(tx, actor, { action: "metric.delete", entityType: "metric", entityId: before.id, before: { ...definition(before), points } });
    await publishChange(tx, { type: "metric", key: before.key, by: userIdOf(actor) });
    return { key: before.key, points };
  });
}

export type RecordedPoints = { metricKey: string; count: number; first: string; last: string; latest: { value: number; recordedAt: string } };

async function latestValue(tx: Tx, metricId: string): Promise<number | null> {
  const [row] = await tx
    .select({ value: metricPoints.value })
    .from(metricPoints)
    .where(eq(metricPoints.metricId, metricId))
    .orderBy(sql`${metricPoints.recordedAt} desc, ${metricPoints.id} desc`)
    .limit(1);
  return row?.value ?? null;
}

/** When the latest value moves the metric into another state (OK, warning, critical), its watchers are told. */
async function notifyThresholdCrossing(tx: Tx, actor: Actor, metricId: string, before: number | null, after: number) {
  const [m] = await tx.select().from(metrics).where(eq(metrics.id, metricId));
  if (!m) return;
  const was = metricStatus(m, before);
  const state = metricStatus(m, after);
  if (was === state || (was === "no_data" && state === "ok")) return;
  await webhookMetricCrossed(tx, actor, { key: m.key, name: m.name, unit: m.unit }, was, state, after);
  const watchers = await watchersOf(tx, "metric", [m.id]);
  await deliver(
    tx,
    actor,
    watchers.map((userId) => ({
      userId,
      kind: "metric_threshold" as const,
      subjectType: "metric" as const,
      subjectId: m.id,
      detail: { metric: { key: m.key, name: m.name.slice(0, 200), status: state, value: after, unit: m.unit.slice(0, 40) } },
      // One entry per state reached: "critical" then "back to OK" within minutes are two facts.
      burstKey: `metric_threshold:${m.id}:${state}`,
    })),
  );
}

/**
 * Writes values all or nothing in one statement (a JSON array unpacked by PostgreSQL, so a
 * 10,000-point batch is one round trip and never hits the bind-parameter limit).
 */
export async function recordPoints(db: Db, actor: Actor, metric: { id: string; key: string }, points: PointInput[], source: string, now = new Date()): Promise<RecordedPoints> {
  const rows = points.map((p) => ({ t: (p.recordedAt ?? now).toISOString(), v: p.value, n: p.note ?? "" }));
  const times = rows.map((r) => r.t).sort();
  return db.transaction(async (tx) => {
    const before = await latestValue(tx, metric.id);
    await tx.execute(sql`
      insert into ${metricPoints} (metric_id, recorded_at, value, source, note, created_by)
      select ${metric.id}::uuid, x.t, x.v, ${source}, x.n, ${userIdOf(actor)}::uuid
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(t timestamptz, v double precision, n text)`);
    await appendAudit(tx, actor, {
      action: "metric.record",
      entityType: "metric",
      entityId: metric.id,
      after: { count: rows.length, source, first: times[0]!, last: times.at(-1)!, ...(rows.length === 1 ? { value: rows[0]!.v } : {}) },
    });
    const [latest] = await tx
      .select({ value: metricPoints.value, recordedAt: metricPoints.recordedAt })
      .from(metricPoints)
      .where(eq(metricPoints.metricId, metric.id))
      .orderBy(sql`${metricPoints.recordedAt} desc, ${metricPoints.id} desc`)
      .limit(1);
    // Criteria that follow this metric tick (or untick) in the same commit as the value.
    await evaluateRules(tx, metric.key);
    await notifyThresholdCrossing(tx, actor, metric.id, before, latest!.value);
    await publishChange(tx, { type: "metric", key: metric.key, by: userIdOf(actor) });
    return { metricKey: metric.key, count: rows.length, first: times[0]!, last: times.at(-1)!, latest: { value: latest!.value, recordedAt: latest!.recordedAt.toISOString() } };
  });
}

/**
 * Removes one recorded value: the metric's status, chart and the criteria that follow it are
 * re-read from what remains, in the same commit. The audit row keeps the value, its time and
 * source, so the removal can be traced and the value re-entered.
 */
export async function removePoint(db: Db, actor: Actor, input: { metricId: string; pointId: number }) {
  return db.transaction(async (tx) => {
    const [metric] = await tx.select({ id: metrics.id, key: metrics.key }).from(metrics).where(eq(metrics.id, input.metricId));
    if (!metric) return fail("not_found", "That metric no longer exists.");
    const [gone] = await tx
      .delete(metricPoints)
      .where(and(eq(metricPoints.id, input.pointId), eq(metricPoints.metricId, metric.id)))
      .returning({ value: metricPoints.value, recordedAt: metricPoints.recordedAt, source: metricPoints.source, note: metricPoints.note });
    if (!gone) return fail("not_found", "That value was already removed.");
    await appendAudit(tx, actor, {
      action: "metric.remove_point",
      entityType: "metric",
      entityId: metric.id,
      before: { value: gone.value, recordedAt: gone.recordedAt.toISOString(), source: gone.source, note: gone.note },
    });
    await evaluateRules(tx, metric.key);
    await publishChange(tx, { type: "metric", key: metric.key, by: userIdOf(actor) });
    return { metricKey: metric.key, value: gone.value, recordedAt: gone.recordedAt.toISOString() };
  });
}

export async function metricByKey(db: Db, key: string) {
  const [row] = await db.select().from(metrics).where(eq(metrics.key, key)).limit(1);
  return row ?? null;
}

export async function metricById(db: Db, id: string) {
  const [row] = await db.select().from(metrics).where(eq(metrics.id, id)).limit(1);
  return row ?? null;
}
