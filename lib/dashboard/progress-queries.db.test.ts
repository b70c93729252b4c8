import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, backlogItems, projects } from "@/db/schema";
import { createTestDb } from "@/test/db";
import { weekStart, weeklyProgress } from "./progress-queries";

const DAY = 86_400_000;
const NOW = new Date("2026-12-04T12:00:00Z"); // a Friday

describe("weekly backlog progress", () => {
  let t: Awaited<ReturnType<typeof createTestDb>>;
  beforeAll(async () => {
    t = await createTestDb();
    const [p] = await t.db.insert(projects).values({ slug: "p", name: "P" }).returning();
    const ago = (days: number) => new Date(NOW.getTime() - days * DAY);
    await t.db.insert(backlogItems).values([
      // Open since long before the window.
      { projectId: p!.id, key: "A", title: "a", priority: "P0", createdAt: ago(200) },
      // Created before, done three weeks ago.
      { projectId: p!.id, key: "B", title: "b", priority: "P1", createdAt: ago(200), status: "done", completedAt: ago(21) },
      // Created five weeks ago, still open, untriaged.
      { projectId: p!.id, key: "C", title: "c", createdAt: ago(35) },
      // Created and dropped (won't do) inside the window: closes but is not throughput.
      { projectId: p!.id, key: "D", title: "d", priority: "P2", createdAt: ago(30), status: "wont_do", completedAt: ago(10) },
      // Done long before the window: never counted.
      { projectId: p!.id, key: "E", title: "e", priority: "P3", createdAt: ago(400), status: "done", completedAt: ago(300) },
    ]);
  });
  afterAll(() => t.close());

  it("starts weeks on Monday (UTC)", () => {
    expect(weekStart(NOW).toISOString()).toBe("2026-11-30T00:00:00.000Z");
    expect(weekStart(new Date("2026-11-30T00:00:00Z")).toISOString()).toBe("2026-11-30T00:00:00.000Z");
  });

  it("counts open items at each week's end and done items per week, by priority", async () => {
    const weeks = await weeklyProgress(t.db, NOW, 12);
    expect(weeks).toHaveLength(12);
    expect(weeks.at(-1)!.weekStart).toBe("2026-11-30");
    const total = (w: (typeof weeks)[number]["open"]) => Object.values(w).reduce((a, b) => a + b, 0);
    // First week: A and B open.
    expect(weeks[0]!.open).toMatchObject({ P0: 1, P1: 1, untriaged: 0 });
    // Last week: A and C open; B done, D dropped.
    expect(weeks.at(-1)!.open).toEqual({ P0: 1, P1: 0, P2: 0, P3: 0, untriaged: 1 });
    expect(Math.max(...weeks.map((w) => total(w.open)))).toBe(4); // A, B, C, D between D's creation and B's completion
    const done = weeks.reduce((sum, w) => sum + total(w.done), 0);
    expect(done).toBe(1); // B only: won't do is not throughput
    expect(weeks.find((w) => w.done.P1 === 1)!.weekStart).toBe(weekStart(new Date(NOW.getTime() - 21 * DAY)).toISOString().slice(0, 10));
  });

  it("counts an item under the priority it had then, from the audit log", async () => {
    const { eq } = await import("drizzle-orm");
    const [a] = await t.db.select().from(backlogItems).where(eq(backlogItems.key, "A"));
    // A was P2 until ten days ago, when it was raised to P0.
    await t.db.insert(auditLog).values({ actorType: "system", actorLabel: "lead", action: "item.update", entityType: "item", entityId: a!.id, before: { priority: "P2" }, after: { priority: "P0" }, at: new Date(NOW.getTime() - 10 * DAY) });
    const weeks = await weeklyProgress(t.db, NOW, 12);
    expect(weeks[0]!.open).toMatchObject({ P0: 0, P1: 1, P2: 1 });
    expect(weeks.at(-3)!.open).toMatchObject({ P0: 0, P2: 2 }); // ends 17 days ago: A (then P2) and D
    expect(weeks.at(-1)!.open).toEqual({ P0: 1, P1: 0, P2: 0, P3: 0, untriaged: 1 });
  });
});
