import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDbHandleForTests } from "@/db";
import { backlogItems, projects } from "@/db/schema";
import { createTestDb } from "@/test/db";
import { listProjectSummaries } from "./queries";
import { userActor } from "@/lib/domain/actors";

const viewer = userActor({ id: "00000000-0000-4000-8000-000000000001", email: "v@example.com", name: "V", role: "viewer" as const });

describe("project summaries", () => {
  let t: Awaited<ReturnType<typeof createTestDb>>;
  beforeAll(async () => {
    t = await createTestDb();
    setDbHandleForTests(t);
    const [a, b] = await t.db.insert(projects).values([{ slug: "alpha", name: "Alpha" }, { slug: "beta", name: "Beta" }, { slug: "empty", name: "Empty" }]).returning();
    await t.db.insert(backlogItems).values([
      { projectId: a!.id, key: "A-1", title: "open" },
      { projectId: a!.id, key: "A-2", title: "in progress", status: "in_progress" },
      { projectId: a!.id, key: "A-3", title: "blocked", status: "blocked" },
      { projectId: a!.id, key: "A-4", title: "done", status: "done", completedAt: new Date() },
      { projectId: a!.id, key: "A-5", title: "dropped", status: "wont_do", completedAt: new Date() },
      { projectId: b!.id, key: "B-1", title: "done", status: "done", completedAt: new Date() },
    ]);
  });
  afterAll(async () => {
    setDbHandleForTests(undefined);
    await t.close();
  });

  it("counts items per project: all, open (not done or won't do) and done; a project without items counts zero", async () => {
    const rows = await listProjectSummaries(viewer);
    expect(rows.map(({ slug, total, open, done }) => ({ slug, total, open, done }))).toEqual([
      { slug: "alpha", total: 5, open: 3, done: 1 },
      { slug: "beta", total: 1, open: 0, done: 1 },
      { slug: "empty", total: 0, open: 0, done: 0 },
    ]);
  });
});
