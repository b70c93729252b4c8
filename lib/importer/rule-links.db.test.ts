import { readFileSync } from "node:fs";
import { join } from "node:path";
import { and, asc, count, eq, inArray, isNotNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, backlogItems, checklistItems, imports, metricPoints, metrics, projects, users } from "@/db/schema";
import { linkCriterion } from "@/lib/metrics/rule-service";
import type { ActionFailure } from "@/lib/result";
import { createTestDb } from "@/test/db";
import type { AcceptedRule } from "./rule-proposals";
import { importDocument } from "./service";
import { userActor, type UserActor } from "@/lib/domain/actors";

// Seed 002's criterion "Pyright errors < 50 across all repos" names the demo's type_safety metric
// ("Type safety (Pyright errors)"), whose latest value is 47: accepted at import, it is met at once.

const SEED = readFileSync(join(process.cwd(), "db/demo/seeds/002_ffc60b89eeec65e0.txt"));
const PYRIGHT_TEXT = "Pyright errors < 50 across all repos";
const PYRIGHT: AcceptedRule = { itemKey: "P0-001", text: PYRIGHT_TEXT, metricKey: "type_safety", comparator: "<", value: 50 };

describe("criteria an import creates that can follow a metric", () => {
  let t: Awaited<ReturnType<typeof createTestDb>>;
  let lead: UserActor;
  const valueAt = new Date(Date.now() - 3_600_000);

  beforeAll(async () => {
    t = await createTestDb();
    const [u] = await t.db.insert(users).values({ email: "lea@test", name: "Lea", role: "lead", passwordHash: "x" }).returning();
    lead = userActor({ id: u!.id, email: u!.email, name: u!.name, role: "lead" });
    const [m] = await t.db.insert(metrics).values({ key: "type_safety", name: "Type safety (Pyright errors)", direction: "lower_is_better", target: 10 }).returning();
    await t.db.insert(metricPoints).values([
      { metricId: m!.id, value: 61, recordedAt: new Date(Date.now() - 7_200_000), source: "ci" },
      { metricId: m!.id, value: 47, recordedAt: valueAt, source: "ci" },
    ]);
  });
  afterAll(() => t.drop());

  const run = (slug: string, extra: { dryRun?: boolean; acceptedRules?: AcceptedRule[]; bytes?: Uint8Array } = {}) =>
    importDocument(t.db, lead, { bytes: extra.bytes ?? SEED, fileName: "plan.md", projectSlug: slug, dryRun: extra.dryRun ?? false, acceptedRules: extra.acceptedRules });
  const ok = async (...args: Parameters<typeof run>) => {
    const result = await run(...args);
    if (!result.ok) throw new Error(result.error);
    return result;
  };
  const criteria = async (slug: string, key: string) =>
    t.db
      .select({ id: checklistItems.id, itemId: checklistItems.itemId, text: checklistItems.text, done: checklistItems.done, doneAt: checklistItems.doneAt, doneBy: checklistItems.doneBy, rule: checklistItems.metricRule })
      .from(checklistItems)
      .innerJoin(backlogItems, eq(backlogItems.id, checklistItems.itemId))
      .innerJoin(projects, eq(projects.id, backlogItems.projectId))
      .where(and(eq(projects.slug, slug), eq(backlogItems.key, key), eq(checklistItems.kind, "acceptance")))
      .orderBy(asc(checklistItems.position));
  const linkedIn = async (slug: string) =>
    (
      await t.db
        .select({ n: count() })
        .from(checklistItems)
        .innerJoin(backlogItems, eq(backlogItems.id, checklistItems.itemId))
        .innerJoin(projects, eq(projects.id, backlogItems.projectId))
        .where(and(eq(projects.slug, slug), isNotNull(checklistItems.metricRule)))
    )[0]!.n;

  it("the dry run of seed 002 proposes type_safety < 50 for P0-001's Pyright criterion", async () => {
    const dry = await ok("accepted", { dryRun: true });
    expect(dry.summary).toBeNull(); // a new project, yet its criteria are still proposed
    expect(dry.ruleProposals).toContainEqual({ itemKey: "P0-001", text: PYRIGHT_TEXT, rule: { metricKey: "type_safety", comparator: "<", value: 50 }, metric: "exists" });
    expect(await t.db.select().from(projects).where(eq(projects.slug, "accepted"))).toHaveLength(0);
  });

  it("commits an accepted rule, links the criterion and ticks it from the metric's latest value", async () => {
    const result = await ok("accepted", { acceptedRules: [PYRIGHT] });
    expect(result.summary!.criteriaLinked).toBe(1);
    const [pyright, ...others] = await criteria("accepted", "P0-001");
    expect(pyright).toMatchObject({ text: PYRIGHT_TEXT, rule: { metricKey: "type_safety", comparator: "<", value: 50 }, done: true, doneBy: null });
    expect(pyright!.doneAt!.getTime()).toBe(valueAt.getTime());
    expect(others.map((o) => [o.rule, o.done])).toEqual([[null, false], [null, false], [null, false]]);
    expect(await linkedIn("accepted")).toBe(1);

    // History as the item page writes it: linked by the lead, then ticked by the metric with its reason.
    const history = await t.db.select().from(auditLog).where(and(eq(auditLog.entityId, pyright!.itemId), inArray(auditLog.action, ["item.criterion_link", "item.checklist_tick"]))).orderBy(asc(auditLog.id));
    expect(history.map((h) => [h.action, h.actorLabel])).toEqual([
      ["item.criterion_link", "lea@test"],
      ["item.checklist_tick", "system:metric:type_safety"],
    ]);
    expect(history[0]!.after).toEqual({ acceptance: { text: PYRIGHT_TEXT, rule: { metricKey: "type_safety", comparator: "<", value: 50 } } });
    expect(history[1]!.after).toMatchObject({ because: `type_safety < 50: 47 at ${valueAt.toISOString()}` });
  });

  it("stores no rule for a proposal the lead unticked", async () => {
    const result = await ok("declined", { acceptedRules: [] });
    expect(result.summary!.criteriaLinked).toBe(0);
    expect(await linkedIn("declined")).toBe(0);
    expect((await criteria("declined", "P0-001"))[0]).toMatchObject({ text: PYRIGHT_TEXT, rule: null, done: false });
  });

  it("refuses a forged rule by field and writes nothing", async () => {
    const before = { imports: await t.db.select({ n: count() }).from(imports), audit: await t.db.select({ n: count() }).from(auditLog) };
    const refused = (acceptedRules: AcceptedRule[]) => run("forged", { acceptedRules }).then(
      () => null,
      (e: ActionFailure) => e.error,
    );
    expect(await refused([PYRIGHT, { ...PYRIGHT, value: 500 }])).toEqual({
      code: "invalid",
      message: "Metric rules: P0-001 “Pyright errors < 50 across all repos” can follow type_safety < 50 as proposed, not type_safety < 500",
      fieldErrors: { "acceptedRules.1": ["P0-001 “Pyright errors < 50 across all repos” can follow type_safety < 50 as proposed, not type_safety < 500"] },
    });
    // A rule for a criterion that names no metric, or for an item the plan does not have.
    expect(await refused([{ ...PYRIGHT, text: "All Pydantic v1 patterns replaced" }])).toMatchObject({ code: "invalid", fieldErrors: { "acceptedRules.0": [expect.stringContaining("is not a criterion this import creates")] } });
    expect(await refused([{ ...PYRIGHT, itemKey: "P9-999" }])).toMatchObject({ code: "invalid" });
    expect(await t.db.select().from(projects).where(eq(projects.slug, "forged"))).toHaveLength(0);
    expect({ imports: await t.db.select({ n: count() }).from(imports), audit: await t.db.select({ n: count() }).from(auditLog) }).toEqual(before);
  });

  it("on re-import proposes only new criteria and keeps a rule a lead set by hand", async () => {
    const [pyright] = await criteria("declined", "P0-001");
    await linkCriterion(t.db, lead, { entryId: pyright!.id, rule: { metricKey: "type_safety", comparator: "<=", value: 40 } });
    const edited = Buffer.from(
      SEED.toString("utf8").replace(`- [ ] ${PYRIGHT_TEXT}\n`, `- [ ] ${PYRIGHT_TEXT}\n- [ ] Type safety: fewer than 60 errors\n`),
    );
    const dry = await ok("declined", { dryRun: true, bytes: edited });
    expect(dry.summary!.updated.map((u) => u.key)).toEqual(["P0-001"]);
    expect(dry.ruleProposals).toEqual([{ itemKey: "P0-001", text: "Type safety: fewer than 60 errors", rule: { metricKey: "type_safety", comparator: "<", value: 60 }, metric: "exists" }]);
    // The stored criterion is not the import's to link, even with its own proposed rule.
    await expect(run("declined", { bytes: edited, acceptedRules: [PYRIGHT] })).rejects.toMatchObject({ error: { code: "invalid" } });

    await ok("declined", { bytes: edited, acceptedRules: dry.ruleProposals.map((p) => ({ itemKey: p.itemKey, text: p.text, ...p.rule })) });
    const after = await criteria("declined", "P0-001");
    expect(after.find((c) => c.text === PYRIGHT_TEXT)).toMatchObject({ id: pyright!.id, rule: { metricKey: "type_safety", comparator: "<=", value: 40 }, done: false });
    expect(after.find((c) => c.text === "Type safety: fewer than 60 errors")).toMatchObject({ rule: { metricKey: "type_safety", comparator: "<", value: 60 }, done: true });
  });
});
