import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, isNotNull, isNull, ne } from "drizzle-orm";
import { backlogItems, projects, slaPolicies, users } from "@/db/schema";
import { findUserForSignIn } from "@/lib/auth/sign-in";
import { setDbHandleForTests } from "@/db";
import { createTestDb } from "@/test/db";
import { seedDemo } from "./seed";
import { DEMO_PASSWORD } from "./users";

describe("demo seed", () => {
  let t: Awaited<ReturnType<typeof createTestDb>>;
  beforeAll(async () => {
    t = await createTestDb();
    setDbHandleForTests(t);
  });
  afterAll(async () => {
    setDbHandleForTests(undefined);
    await t.drop();
  });

  it("creates the four demo roles and the five plans as projects through the importer, and is idempotent", async () => {
    expect(await seedDemo(t.db)).toEqual({ usersCreated: 4, itemsCreated: 90 + 50 + 42 + 20 + 190, runbooksCreated: 1 });
    expect(await seedDemo(t.db)).toEqual({ usersCreated: 0, itemsCreated: 0, runbooksCreated: 0 });
    const roles = (await t.db.select().from(users)).map((u) => u.role).sort();
    expect(roles).toEqual(["admin", "engineer", "lead", "viewer"]);
    expect(await t.db.select().from(projects)).toHaveLength(5);
  });

  it("has seed 002's SLA policy, for its project and as the workspace default, so every triaged open item has a due date", async () => {
    const defaults = await t.db.select().from(slaPolicies).where(isNull(slaPolicies.projectId));
    expect(defaults.map((d) => [d.priority, d.targetHours]).sort()).toEqual([
      ["P0", 24],
      ["P1", 336],
      ["P2", 1008],
      ["P3", 2184], // "quarterly": 13 weeks
    ]);
    expect(await t.db.select().from(slaPolicies).where(isNotNull(slaPolicies.projectId))).toHaveLength(4);
    const withoutDue = await t.db
      .select({ key: backlogItems.key })
      .from(backlogItems)
      .where(and(isNotNull(backlogItems.priority), isNull(backlogItems.dueAt), ne(backlogItems.status, "done"), ne(backlogItems.status, "wont_do")));
    expect(withoutDue).toEqual([]);
  });

  it("has the incident response playbook, linked to P1-010, overdue for review, with one passed drill", async () => {
    const { getRunbook } = await import("@/lib/runbooks/queries");
    const runbook = await getRunbook(t.db, "incident-response-playbook");
    expect(runbook).toMatchObject({ title: "Incident response playbook", ownerName: "Lee Lead", currentRevision: 1 });
    expect(runbook!.items.map((i) => i.key)).toEqual(["P1-010"]);
    expect(runbook!.reviewDueAt.getTime()).toBeLessThan(Date.now());
    expect(runbook!.drills).toEqual([expect.objectContaining({ outcome: "passed", scenario: "Analysis requests time out" })]);
    expect(runbook!.drills[0]!.doneCount).toBe(runbook!.drills[0]!.stepCount);
    expect(runbook!.metrics.map((m) => m.key).sort()).toEqual(["api_latency_p99", "error_rate"]);
  });

  it("gives seed 002's health metrics thresholds and 90 days of values, ending where the story says", async () => {
    const { listMetricSummaries } = await import("@/lib/metrics/queries");
    const { DEMO_METRIC_STORIES } = await import("./metrics");
    const summaries = await listMetricSummaries(t.db);
    for (const story of DEMO_METRIC_STORIES) {
      const m = summaries.find((s) => s.key === story.key);
      expect(m, story.key).toMatchObject({ target: story.target, warningThreshold: story.warning, criticalThreshold: story.critical, latest: { value: story.end } });
      expect(m!.spark.length, story.key).toBeGreaterThanOrEqual(30);
    }
    const status = Object.fromEntries(summaries.map((s) => [s.key, s.status]));
    expect(status).toMatchObject({ type_safety: "ok", error_rate: "warning", security: "warning", api_latency_p99: "ok" });
    expect(status.response_time).toBe("no_data"); // defined by seed 001's plan, no values yet
  });

  it("signs in with the demo password and refuses a wrong one without saying which part was wrong", async () => {
    expect(await findUserForSignIn("Lead@Example.com", DEMO_PASSWORD)).toMatchObject({ role: "lead" });
    expect(await findUserForSignIn("lead@example.com", "wrong")).toBeNull();
    expect(await findUserForSignIn("nobody@example.com", DEMO_PASSWORD)).toBeNull();
  });
});
