import { readFileSync } from "node:fs";
import { join } from "node:path";
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db";
import { backlogItems, itemLinks, metrics, projects, runbookDrills, runbookMetrics, runbookReviews, runbookRevisions, runbooks, users } from "@/db/schema";
import { parseScenarios } from "@/lib/runbooks/outline";
import { importRunbook } from "@/lib/runbooks/service";
import { userActor } from "@/lib/domain/actors";

const DAY = 86_400_000;

/**
 * One written runbook for the demo: seed 002's incident response playbook (item P1-010), owned by
 * the lead, last reviewed 100 days ago (so a review is overdue on the dashboard), with one passed
 * drill. P0-006 and P1-014 are left without one: "Create runbook" on them is the demo's first step.
 * Idempotent: nothing happens when the runbook exists.
 */
export async function seedDemoRunbooks(db: Db, now = new Date()) {
  const [lead] = await db.select().from(users).where(eq(users.email, "lead@example.com"));
  const [engineer] = await db.select().from(users).where(eq(users.email, "engineer@example.com"));
  if (!lead || !engineer) return { created: 0 };
  const [exists] = await db.select({ id: runbooks.id }).from(runbooks).where(eq(runbooks.slug, "incident-response-playbook"));
  if (exists) return { created: 0 };

  const markdown = readFileSync(join(process.cwd(), "db", "demo", "runbooks", "incident-response.md"), "utf8");
  const made = await importRunbook(db, userActor(lead), { markdown, fileName: "incident-response.md" });
  const reviewedAt = new Date(now.getTime() - 100 * DAY);
  const writtenAt = new Date(now.getTime() - 120 * DAY);
  await db.update(runbooks).set({ service: "harness", lastReviewedAt: reviewedAt, lastReviewedBy: lead.id, createdAt: writtenAt, updatedAt: writtenAt }).where(eq(runbooks.id, made.id));
  await db.update(runbookRevisions).set({ createdAt: writtenAt }).where(eq(runbookRevisions.runbookId, made.id));
  await db.insert(runbookReviews).values({ runbookId: made.id, revision: 1, reviewedBy: lead.id, reviewedAt, note: "Walked through with the on-call rotation" });

  const [item] = await db
    .select({ id: backlogItems.id })
    .from(backlogItems)
    .innerJoin(projects, eq(projects.id, backlogItems.projectId))
    .where(and(eq(projects.slug, "health-todos"), eq(backlogItems.key, "P1-010")));
  if (item) await db.insert(itemLinks).values({ fromItemId: item.id, kind: "runbook", runbookId: made.id, createdBy: lead.id });

  // Its scenarios are about these two health metrics: their alarms show on the runbook.
  const watched = await db.select({ id: metrics.id }).from(metrics).where(inArray(metrics.key, ["api_latency_p99", "error_rate"]));
  if (watched.length) await db.insert(runbookMetrics).values(watched.map((m) => ({ runbookId: made.id, metricId: m.id, createdBy: lead.id })));

  // A rehearsal a month ago: every step ticked a few minutes apart.
  const scenario = parseScenarios(markdown.replace(/^# .*\n/, "")).scenarios[0]!;
  const startedAt = new Date(now.getTime() - 30 * DAY);
  const steps = scenario.steps.map((s, i) => ({ section: s.section, text: s.text, done: true, doneAt: new Date(startedAt.getTime() + (i + 1) * 4 * 60_000).toISOString(), note: "" }));
  await db.insert(runbookDrills).values({
    runbookId: made.id,
    revision: 1,
    scenario: scenario.title,
    ranBy: engineer.id,
    startedAt,
    finishedAt: new Date(startedAt.getTime() + (steps.length + 1) * 4 * 60_000),
    outcome: "passed",
    steps,
    notes: "Rollback command worked; queue stats needed the -n flag, fixed in the text.",
  });
  return { created: 1 };
}
