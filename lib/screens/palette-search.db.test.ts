import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backlogItems, metrics, projects, runbooks, savedViews, users } from "@/db/schema";
import { createTestDb } from "@/test/db";
import { paletteSearch } from "./palette-search";

describe("the command palette's lookup", () => {
  let t: Awaited<ReturnType<typeof createTestDb>>;
  let mine: string;

  beforeAll(async () => {
    t = await createTestDb();
    const [me, other] = await t.db
      .insert(users)
      .values([
        { email: "me@test", name: "Me", role: "lead", passwordHash: "x" },
        { email: "other@test", name: "Other", role: "lead", passwordHash: "x" },
      ])
      .returning();
    mine = me!.id;
    const [project] = await t.db.insert(projects).values({ slug: "payments", name: "Payments" }).returning();
    await t.db.insert(backlogItems).values({ projectId: project!.id, key: "T-1", title: "Payments retry storm" });
    await t.db.insert(runbooks).values([
      { slug: "payments-outage", title: "Payments outage", service: "checkout" },
      { slug: "db-failover", title: "Database failover", service: "postgres" },
    ]);
    await t.db.insert(metrics).values([
      { key: "payments_p95_ms", name: "Payment latency p95", direction: "lower_is_better" },
      { key: "coverage", name: "Test coverage", direction: "higher_is_better" },
    ]);
    await t.db.insert(savedViews).values([
      { userId: mine, name: "My payments P0s", query: "project=payments&priority=P0" },
      { userId: other!.id, name: "Their payments view", query: "project=payments" },
    ]);
  });
  afterAll(() => t.drop());

  const everything = () => ({ runbooks: true, metrics: true, viewsOf: mine });

  it("finds items, projects, runbooks (title or service), metrics (name or key) and the caller's own views", async () => {
    const found = await paletteSearch(t.db, "payment", everything());
    expect(found.items.map((i) => i.key)).toEqual(["T-1"]);
    expect(found.projects.map((p) => p.slug)).toEqual(["payments"]);
    expect(found.runbooks.map((r) => r.slug)).toEqual(["payments-outage"]);
    expect(found.metrics.map((m) => m.key)).toEqual(["payments_p95_ms"]);
    expect(found.views).toEqual([{ id: expect.any(String), name: "My payments P0s", query: "project=payments&priority=P0" }]);
    expect((await paletteSearch(t.db, "postgres", everything())).runbooks.map((r) => r.slug)).toEqual(["db-failover"]);
    expect((await paletteSearch(t.db, "coverage", everything())).metrics.map((m) => m.name)).toEqual(["Test coverage"]);
  });

  it("reads no kind the caller may not read", async () => {
    const found = await paletteSearch(t.db, "payment", { runbooks: false, metrics: false, viewsOf: null });
    expect(found).toMatchObject({ runbooks: [], metrics: [], views: [] });
    expect(found.items).toHaveLength(1);
  });

  it("takes LIKE's wildcards literally and answers nothing for blank text", async () => {
    expect(await paletteSearch(t.db, "%", everything())).toMatchObject({ runbooks: [], metrics: [], views: [] });
    expect((await paletteSearch(t.db, "_p95_", everything())).metrics).toHaveLength(1);
    expect(await paletteSearch(t.db, "   ", everything())).toEqual({ items: [], projects: [], runbooks: [], metrics: [], views: [] });
  });
});
