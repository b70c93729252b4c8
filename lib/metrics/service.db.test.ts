import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, metricPoints, metrics, users } from "@/db/schema";
import { ActionFailure } from "@/lib/result";
import { createTestDb } from "@/test/db";
import { chartSeries, CHART_BUCKETS, getMetricDetail, listMetricSummaries, pointCount, RAW_POINT_LIMIT } from "./queries";
import { defineMetricSchema, ingestSchema } from "./schemas";
import { defineMetric, deleteMetric, recordPoints, removePoint, updateMetric } from "./service";
import { userActor, type UserActor } from "@/lib/domain/actors";

const DAY = 86_400_000;

describe("metrics", () => {
  let t: Awaited<ReturnType<typeof createTestDb>>;
  let lead: UserActor;
  const ci = { kind: "token" as const, tokenId: "00000000-0000-4000-8000-0000000000c1", tokenName: "ci", prefix: "hbk_ci", scopes: ["metrics:write"] };

  beforeAll(async () => {
    t = await createTestDb();
    const [u] = await t.db.insert(users).values({ email: "lea@test", name: "Lea", role: "lead", passwordHash: "x" }).returning();
    lead = userActor({ id: u!.id, email: u!.email, name: u!.name, role: "lead" });
  });
  afterAll(() => t.close());

  it("defines a metric once per key and updates it with a version check", async () => {
    const m = await defineMetric(t.db, lead, defineMetricSchema.parse({ key: "pyright_errors", name: "Pyright errors", direction: "lower_is_better", target: "10", warningThreshold: "50", criticalThreshold: "100" }));
    const again = await defineMetric(t.db, lead, defineMetricSchema.parse({ key: "pyright_errors", name: "Dup", direction: "lower_is_better" })).catch((e: ActionFailure) => e.error);
    expect(again).toMatchObject({ code: "conflict", fieldErrors: { key: ["already used by another metric"] } });
    const updated = await updateMetric(t.db, lead, { metricId: m.id, version: 1, name: "Pyright errors (all repos)", unit: "", direction: "lower_is_better", target: 10, warningThreshold: 50, criticalThreshold: 100, projectId: null, description: "" });
    expect(updated.version).toBe(2);
    const stale = await updateMetric(t.db, lead, { metricId: m.id, version: 1, name: "x", unit: "", direction: "lower_is_better", target: null, warningThreshold: null, criticalThreshold: null, projectId: null, description: "" }).catch((e: ActionFailure) => e.error);
    expect(stale).toMatchObject({ code: "conflict", current: { name: "Pyright errors (all repos)" } });
  });

  it("records a batch all at once, by a token without a user, and reports the latest value", async () => {
    const [m] = await t.db.select().from(metrics).where(eq(metrics.key, "pyright_errors"));
    const now = new Date();
    const points = ingestSchema.parse({ points: [{ value: 120, recordedAt: new Date(now.getTime() - 2 * DAY).toISOString() }, { value: 49, recordedAt: new Date(now.getTime() - 60_000).toISOString(), note: "after the fix" }] });
    const recorded = await recordPoints(t.db, ci, m!, points, "api:ci");
    expect(recorded).toMatchObject({ count: 2, latest: { value: 49 } });
    const stored = await t.db.select().from(metricPoints).where(eq(metricPoints.metricId, m!.id));
    expect(stored.map((p) => [p.value, p.source, p.createdBy, p.note])).toEqual(expect.arrayContaining([[49, "api:ci", null, "after the fix"]]));
    expect(await pointCount(t.db, m!.id)).toBe(2);
    // The history says a token did it, by the token's id, never as if it were a user.
    const [audit] = await t.db.select().from(auditLog).where(and(eq(auditLog.action, "metric.record"), eq(auditLog.entityId, m!.id)));
    expect(audit).toMatchObject({ actorType: "token", actorId: ci.tokenId, actorLabel: "token:hbk_ci" });

    const detail = await getMetricDetail(t.db, "pyright_errors");
    expect(detail).toMatchObject({ status: "ok", latest: { value: 49 } });
    const [summary] = await listMetricSummaries(t.db);
    expect(summary).toMatchObject({ key: "pyright_errors", status: "ok", latest: { value: 49 } });
    expect(summary!.spark.length).toBe(2);
  });

  it("writes nothing when one row of a batch cannot be stored", async () => {
    const [m] = await t.db.select().from(metrics).where(eq(metrics.key, "pyright_errors"));
    const before = await t.db.select({ n: sql<number>`count(*)::int` }).from(metricPoints);
    // A note longer than the column allows cannot happen through the schema; a missing metric can.
    const gone = { id: "00000000-0000-4000-8000-00000000dead", key: "gone" };
    await expect(recordPoints(t.db, lead, gone, [{ value: 1 }, { value: 2 }], "api")).rejects.toThrow();
    await expect(recordPoints(t.db, lead, m!, [{ value: 1 }, { value: Number.NaN }], "api")).rejects.toThrow();
    const after = await t.db.select({ n: sql<number>`count(*)::int` }).from(metricPoints);
    expect(after).toEqual(before);
  });

  it("sends a short range as recorded and a long one in buckets that keep the spikes", async () => {
    const m = await defineMetric(t.db, lead, defineMetricSchema.parse({ key: "latency_p99", name: "p99", direction: "lower_is_better", unit: "ms" }));
    const now = new Date();
    const n = 5000;
    const points = Array.from({ length: n }, (_, i) => ({ value: i === 2500 ? 9999 : 100 + (i % 7), recordedAt: new Date(now.getTime() - (n - i) * 60 * 60_000) }));
    await recordPoints(t.db, lead, m, points, "seed", now);

    const week = await chartSeries(t.db, m.id, "7d", now);
    expect(week.bucketMs).toBeNull();
    expect(week.points.length).toBe(7 * 24);
    expect(week.points.length).toBeLessThanOrEqual(RAW_POINT_LIMIT);

    const year = await chartSeries(t.db, m.id, "1y", now);
    expect(year.total).toBe(n);
    expect(year.bucketMs).not.toBeNull();
    expect(year.points.length).toBeLessThanOrEqual(CHART_BUCKETS + 1);
    expect(Math.max(...year.points.map((p) => p.max))).toBe(9999);
    expect(year.points.reduce((s, p) => s + p.n, 0)).toBe(n);

    const all = await chartSeries(t.db, m.id, "all", now);
    expect(all.from).toBe(points[0]!.recordedAt.getTime());
  });

  it("deletes a metric with its values", async () => {
    const [m] = await t.db.select().from(metrics).where(eq(metrics.key, "latency_p99"));
    expect(await deleteMetric(t.db, lead, { metricId: m!.id, version: m!.version })).toEqual({ key: "latency_p99", points: 5000 });
    expect(await t.db.select().from(metricPoints).where(eq(metricPoints.metricId, m!.id))).toEqual([]);
  });
});

describe("criteria that follow a metric", () => {
  let t: Awaited<ReturnType<typeof createTestDb>>;
  let lead: UserActor;

  beforeAll(async () => {
    t = await createTestDb();
    const [u] = await t.db.insert(users).values({ email: "lea@test", name: "Lea", role: "lead", passwordHash: "x" }).returning();
    lead = userActor({ id: u!.id, email: u!.email, name: u!.name, role: "lead" });
  });
  afterAll(() => t.close());

  it("tick and untick from the latest value, in the value's commit, and refuse a hand tick", async () => {
    const { projects, backlogItems, checklistItems, auditLog } = await import("@/db/schema");
    const { linkCriterion } = await import("./rule-service");
    const { setChecklistDone } = await import("@/lib/backlog/service");
    const [p] = await t.db.insert(projects).values({ slug: "p", name: "P" }).returning();
    const [item] = await t.db.insert(backlogItems).values({ projectId: p!.id, key: "P0-001", title: "Cut type errors" }).returning();
    const [entry] = await t.db.insert(checklistItems).values({ itemId: item!.id, kind: "acceptance", text: "Pyright errors < 50 across all repos", position: 0 }).returning();
    const m = await defineMetric(t.db, lead, defineMetricSchema.parse({ key: "pyright_errors", name: "Pyright errors", direction: "lower_is_better" }));

    // Linked before any value: not ticked (no data is not a pass).
    expect(await linkCriterion(t.db, lead, { entryId: entry!.id, rule: { metricKey: "pyright_errors", comparator: "<", value: 50 } })).toMatchObject({ done: false });
    await recordPoints(t.db, lead, m, [{ value: 61, recordedAt: new Date(Date.now() - 3_600_000) }], "ci");
    expect((await t.db.select().from(checklistItems).where(eq(checklistItems.id, entry!.id)))[0]!.done).toBe(false);

    const at = new Date(Date.now() - 60_000);
    await recordPoints(t.db, lead, m, [{ value: 49, recordedAt: at }], "ci");
    const [ticked] = await t.db.select().from(checklistItems).where(eq(checklistItems.id, entry!.id));
    expect(ticked).toMatchObject({ done: true, doneBy: null });
    expect(ticked!.doneAt!.getTime()).toBe(at.getTime());
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.action, "item.checklist_tick"));
    expect(audit.at(-1)).toMatchObject({ actorLabel: "system:metric:pyright_errors", after: expect.objectContaining({ because: expect.stringContaining("pyright_errors < 50: 49") }) });

    // An older value arriving late does not change "latest".
    await recordPoints(t.db, lead, m, [{ value: 80, recordedAt: new Date(Date.now() - 7_200_000) }], "ci");
    expect((await t.db.select().from(checklistItems).where(eq(checklistItems.id, entry!.id)))[0]!.done).toBe(true);
    // A regression unticks it.
    await recordPoints(t.db, lead, m, [{ value: 52 }], "ci");
    expect((await t.db.select().from(checklistItems).where(eq(checklistItems.id, entry!.id)))[0]!.done).toBe(false);

    const refused = await setChecklistDone(t.db, lead, { entryId: entry!.id, done: true }).catch((e: ActionFailure) => e.error);
    expect(refused).toMatchObject({ code: "conflict", message: expect.stringContaining("follows the metric pyright_errors") });

    // Unlinked, it is an ordinary criterion again.
    await linkCriterion(t.db, lead, { entryId: entry!.id, rule: null });
    expect(await setChecklistDone(t.db, lead, { entryId: entry!.id, done: true })).toEqual({ id: entry!.id, done: true });

    const unknown = await linkCriterion(t.db, lead, { entryId: entry!.id, rule: { metricKey: "nope", comparator: "<", value: 1 } }).catch((e: ActionFailure) => e.error);
    expect(unknown).toMatchObject({ code: "invalid", fieldErrors: { metricKey: ["no metric with that key"] } });
  });

  it("removes a wrong value: the criterion follows what remains, the audit keeps the value", async () => {
    const { projects, backlogItems, checklistItems, auditLog } = await import("@/db/schema");
    const { linkCriterion } = await import("./rule-service");
    const [p] = await t.db.insert(projects).values({ slug: "q", name: "Q" }).returning();
    const [item] = await t.db.insert(backlogItems).values({ projectId: p!.id, key: "Q-1", title: "Coverage" }).returning();
    const [entry] = await t.db.insert(checklistItems).values({ itemId: item!.id, kind: "acceptance", text: "Coverage at least 80%", position: 0 }).returning();
    const m = await defineMetric(t.db, lead, defineMetricSchema.parse({ key: "coverage", name: "Coverage", unit: "%", direction: "higher_is_better" }));
    await linkCriterion(t.db, lead, { entryId: entry!.id, rule: { metricKey: "coverage", comparator: ">=", value: 80 } });
    await recordPoints(t.db, lead, m, [{ value: 82, recordedAt: new Date(Date.now() - 3_600_000) }], "ci");
    await recordPoints(t.db, lead, m, [{ value: 8.2, note: "typo" }], "manual"); // meant 82
    const done = async () => (await t.db.select().from(checklistItems).where(eq(checklistItems.id, entry!.id)))[0]!.done;
    expect(await done()).toBe(false);

    const [typo] = await t.db.select().from(metricPoints).where(eq(metricPoints.note, "typo"));
    expect(await removePoint(t.db, lead, { metricId: m.id, pointId: typo!.id })).toMatchObject({ metricKey: "coverage", value: 8.2 });
    expect(await done()).toBe(true);
    expect(await getMetricDetail(t.db, "coverage")).toMatchObject({ latest: { value: 82 }, status: "ok" });
    const [row] = await t.db.select().from(auditLog).where(eq(auditLog.action, "metric.remove_point"));
    expect(row).toMatchObject({ actorId: lead.userId, entityId: m.id, before: { value: 8.2, source: "manual", note: "typo" } });

    // Twice, or through another metric's id: refused, nothing else removed.
    const again = await removePoint(t.db, lead, { metricId: m.id, pointId: typo!.id }).catch((e: ActionFailure) => e.error);
    expect(again).toMatchObject({ code: "not_found" });
    const other = await defineMetric(t.db, lead, defineMetricSchema.parse({ key: "other", name: "Other", direction: "lower_is_better" }));
    const [kept] = await t.db.select().from(metricPoints).where(eq(metricPoints.metricId, m.id));
    const wrongMetric = await removePoint(t.db, lead, { metricId: other.id, pointId: kept!.id }).catch((e: ActionFailure) => e.error);
    expect(wrongMetric).toMatchObject({ code: "not_found" });
    expect(await t.db.select().from(metricPoints).where(eq(metricPoints.metricId, m.id))).toHaveLength(1);
  });
});
