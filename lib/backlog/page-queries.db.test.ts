import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projects, savedViews, users } from "@/db/schema";
import { watches } from "@/db/schema-notifications";
import { watchedProjectIds } from "@/lib/notify/queries";
import { createTestDb } from "@/test/db";
import { listViews } from "./saved-view-queries";

// The per-user reads every backlog page makes are prepared once per database handle: each call binds
// its own user and sees rows written since the last one.

describe("the backlog page's prepared per-user reads", () => {
  let t: Awaited<ReturnType<typeof createTestDb>>;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.drop());

  it("saved views and watched projects: each user's own, and what was written since", async () => {
    const [ann, bob] = await t.db
      .insert(users)
      .values([
        { email: "ann@test", name: "Ann", role: "lead", passwordHash: "x" },
        { email: "bob@test", name: "Bob", role: "engineer", passwordHash: "x" },
      ])
      .returning();
    const [p1, p2] = await t.db.insert(projects).values([{ slug: "p1", name: "P1" }, { slug: "p2", name: "P2" }]).returning();
    await t.db.insert(savedViews).values({ userId: ann!.id, name: "Mine", query: "assignee=me" });
    expect((await listViews(t.db, ann!.id)).map((v) => v.name)).toEqual(["Mine"]);
    expect(await listViews(t.db, bob!.id)).toEqual([]);
    await t.db.insert(savedViews).values({ userId: ann!.id, name: "Alpha", query: "priority=P0" });
    expect((await listViews(t.db, ann!.id)).map((v) => v.name)).toEqual(["Alpha", "Mine"]);

    await t.db.insert(watches).values([
      { userId: ann!.id, subjectType: "project", subjectId: p1!.id, reason: "manual" },
      { userId: bob!.id, subjectType: "project", subjectId: p2!.id, reason: "manual", watching: false },
    ]);
    expect(await watchedProjectIds(t.db, ann!.id)).toEqual([p1!.id]);
    expect(await watchedProjectIds(t.db, bob!.id)).toEqual([]);
  });
});
