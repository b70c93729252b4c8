import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { metricPoints, metrics, runbookMetrics, runbookReviews, runbookRevisions, runbooks } from "@/db/schema";
import { createTestDb } from "@/test/db";
import { loadRunbookPage } from "./runbook-page";

describe("a runbook page's loader", () => {
  let t: Awaited<ReturnType<typeof createTestDb>>;

  beforeAll(async () => {
    t = await createTestDb();
    const [rb] = await t.db.insert(runbooks).values({ slug: "disk-full", title: "Disk full", currentRevision: 1, lastReviewedAt: new Date("2026-03-02T00:00:00Z"), reviewIntervalDays: 30 }).returning();
    await t.db.insert(runbookRevisions).values({ runbookId: rb!.id, revision: 1, body: "# Disk full\n\n## Scenario: Logs fill the disk\n\n- [ ] Run df -h\n" });
    await t.db.insert(runbookReviews).values([
      { runbookId: rb!.id, revision: 1, reviewedAt: new Date("2026-03-02T00:00:00Z") },
      { runbookId: rb!.id, revision: 1, reviewedAt: new Date("2026-02-01T00:00:00Z"), note: "first read" },
    ]);
    const [calm, alarming] = await t.db
      .insert(metrics)
      .values([
        { key: "disk_free", name: "Disk free", direction: "higher_is_better", warningThreshold: 20 },
        { key: "log_volume", name: "Log volume", direction: "lower_is_better", criticalThreshold: 100 },
      ])
      .returning();
    await t.db.insert(metricPoints).values([
      { metricId: calm!.id, value: 80, recordedAt: new Date("2026-03-01T00:00:00Z") },
      { metricId: alarming!.id, value: 500, recordedAt: new Date("2026-03-01T00:00:00Z") },
    ]);
    await t.db.insert(runbookMetrics).values([
      { runbookId: rb!.id, metricId: calm!.id },
      { runbookId: rb!.id, metricId: alarming!.id },
    ]);
  });
  afterAll(() => t.drop());

  it("answers null for a slug no runbook has", async () => {
    expect(await loadRunbookPage(t.db, "nope", { edit: true, review: true, drill: true })).toBeNull();
  });

  it("lays out the body and gives the review history, the alarming metrics and the picker to an editor", async () => {
    const page = (await loadRunbookPage(t.db, "disk-full", { edit: true, review: false, drill: false }))!;
    expect(page.runbook).toMatchObject({ slug: "disk-full", title: "Disk full", currentRevision: 1 });
    expect(page.view.html).toContain("Run df -h");
    expect(page.view.scenarios).not.toHaveLength(0);
    expect(page.review).toMatchObject({ lastAt: "2026-03-02T00:00:00.000Z", intervalDays: 30, earlier: [{ at: "2026-02-01T00:00:00.000Z", revision: 1, note: "first read" }] });
    expect(page.review.dueAt.toISOString()).toBe("2026-04-01T00:00:00.000Z");
    expect(page.alarms).toEqual([{ id: expect.any(String), key: "log_volume", name: "Log volume", unit: "", value: 500, status: "critical", recordedAt: "2026-03-01T00:00:00.000Z" }]);
    expect(page.metrics.linked.map((m) => [m.key, m.status])).toEqual([
      ["disk_free", "ok"],
      ["log_volume", "critical"],
    ]);
    expect(page.metrics.options.map((m) => m.key)).toEqual(["disk_free", "log_volume"]);
  });

  it("reads no metric picker for someone who may not edit", async () => {
    expect((await loadRunbookPage(t.db, "disk-full", { edit: false, review: true, drill: true }))!.metrics.options).toEqual([]);
  });
});
