import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, isNotNull, isNull, ne } from "drizzle-orm";
import { auditLog, backlogItems, projects, slaPolicies, users } from "@/db/schema";
import { isClosed } from "@/lib/domain/items";
import { slaState } from "@/lib/sla/state";
import { DEMO_ASSIGNMENTS } from "./assignments";
import { DEMO_PROJECTS } from "./projects";
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

  const startedAt = new Date();
  it("creates the four demo roles and the five plans as projects through the importer, and is idempotent", async () => {
    expect(await seedDemo(t.db, startedAt)).toEqual({ usersCreated: 4, itemsCreated: 90 + 50 + 42 + 20 + 190, runbooksCreated: 1 });
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

  it("is alive on the day it starts: each plan's clocks started when it was imported, weeks ago, so items are overdue, at risk and on track", async () => {
    const rows = await t.db.select({ item: backlogItems, project: projects.slug }).from(backlogItems).innerJoin(projects, eq(projects.id, backlogItems.projectId));
    const states = (slug: string) => {
      const out: Record<string, string[]> = {};
      for (const { item, project } of rows) {
        if (project !== slug || !item.priority || isClosed(item.status)) continue;
        const key = `${item.priority} ${slaState(item, startedAt)}`;
        out[key] = [...(out[key] ?? []), item.key];
      }
      return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, v.length]));
    };
    expect(states("health-todos")).toEqual({ "P0 overdue": 8, "P1 overdue": 14, "P2 overdue": 12, "P3 at_risk": 8 });
    expect(states("project-backlog")).toEqual({ "P0 overdue": 10, "P1 overdue": 10, "P2 at_risk": 10, "P3 on_track": 20 });
    expect(states("refinements")).toEqual({ "P1 overdue": 3, "P2 overdue": 2, "P3 on_track": 4 });
    // Backdated by the importer's clock start, not afterwards: created, triaged and window start agree.
    for (const { slug, importedDaysAgo } of DEMO_PROJECTS) {
      const at = startedAt.getTime() - importedDaysAgo * 86_400_000;
      const mine = rows.filter((r) => r.project === slug);
      expect(mine.every((r) => r.item.createdAt.getTime() === at && (r.item.slaStartedAt ?? r.item.createdAt).getTime() === at), slug).toBe(true);
    }
    // Items the plans mark done were completed over the weeks since, not at import.
    const done = rows.filter((r) => r.item.status === "done");
    expect(done.length).toBeGreaterThan(50);
    expect(done.every((r) => r.item.completedAt! > r.item.createdAt && r.item.completedAt! < startedAt && r.item.startedAt! >= r.item.createdAt && r.item.updatedAt >= r.item.completedAt!)).toBe(true);
    expect(new Set(done.map((r) => r.item.completedAt!.toISOString().slice(0, 10))).size).toBeGreaterThan(20);
    // Seed 002 states severity and effort: every item is on the impact × effort board.
    expect(rows.filter((r) => r.project === "health-todos").every((r) => r.item.impact !== null && r.item.effortHours !== null)).toBe(true);
  });

  it("gives engineer, lead and admin a few items each, one of them overdue and one at risk, assigned by the seed now", async () => {
    for (const { email, items } of DEMO_ASSIGNMENTS) {
      const [user] = await t.db.select().from(users).where(eq(users.email, email));
      const mine = await t.db.select().from(backlogItems).where(eq(backlogItems.assigneeId, user!.id));
      expect(mine.map((i) => i.key).sort(), email).toEqual(items.map((i) => i.key).sort());
      const states = mine.map((i) => slaState(i, startedAt));
      expect(states, email).toContain("overdue");
      expect(states, email).toContain("at_risk");
      const history = await t.db.select().from(auditLog).where(and(eq(auditLog.entityId, mine[0]!.id), eq(auditLog.action, "item.update")));
      expect(history).toEqual([expect.objectContaining({ actorLabel: expect.stringContaining("demo-seed"), after: { assigneeId: user!.id } })]);
      expect(history[0]!.at.getTime()).toBeGreaterThanOrEqual(startedAt.getTime() - 60_000);
    }
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
