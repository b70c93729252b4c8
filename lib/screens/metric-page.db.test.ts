import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { metricPoints, metrics, runbookMetrics, runbooks } from "@/db/schema";
import { createTestDb } from "@/test/db";
import { loadMetricPage } from "./metric-page";

describe("a metric page's loader", () => {
  let t: Awaited<ReturnType<typeof createTestDb>>;

  beforeAll(async () => {
    t = await createTestDb();
    const [metric] = await t.db.insert(metrics).values({ key: "pyright_errors", name: "Pyright errors", direction: "lower_is_better", target: 10, warningThreshold: 50 }).returning();
    const at = (day: number) => new Date(Date.now() - day * 86_400_000);
    await t.db.insert(metricPoints).values(Array.from({ length: 12 }, (_, i) => ({ metricId: metric!.id, value: 40 + i, recordedAt: at(12 - i), source: "ci" })));
    const [linked] = await t.db.insert(runbooks).values([{ slug: "types", title: "Type errors" }, { slug: "other", title: "Other" }]).returning();
    await t.db.insert(runbookMetrics).values({ runbookId: linked!.id, metricId: metric!.id });
  });
  afterAll(() => t.drop());

  it("answers null for a metric that does not exist", async () => {
    expect(await loadMetricPage(t.db, "nope", "90d", { define: true, record: true, linkRunbook: true })).toBeNull();
  });

  it("reads the definition, chart, ten newest values and linked runbooks, times as ISO strings", async () => {
    const page = (await loadMetricPage(t.db, "pyright_errors", "30d", { define: false, record: false, linkRunbook: true }))!;
    expect(page.metric).toMatchObject({ key: "pyright_errors", status: "warning", latest: { value: 51, recordedAt: expect.stringMatching(/Z$/) } });
    expect(page.range).toBe("30d");
    expect(page.series.points).toHaveLength(12);
    expect(page.recent.map((p) => p.value)).toEqual([51, 50, 49, 48, 47, 46, 45, 44, 43, 42]);
    expect(page.recent[0]!.recordedAt).toBe(page.metric.latest!.recordedAt);
    expect(page.runbooks.linked.map((r) => r.slug)).toEqual(["types"]);
    expect(page.runbooks.options.map((r) => r.slug)).toEqual(["other", "types"]);
  });

  it("reads the runbook picker only for someone who may link one", async () => {
    const page = (await loadMetricPage(t.db, "pyright_errors", "30d", { define: true, record: true, linkRunbook: false }))!;
    expect(page.runbooks.options).toEqual([]);
    expect(page.runbooks.linked).toHaveLength(1);
  });
});
