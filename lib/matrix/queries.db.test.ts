import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backlogItems, projects, slaPolicies } from "@/db/schema";
import { createTestDb } from "@/test/db";
import { compliance, escalationList, oldestOverdue, quadrantItems, slaCounts, statusGrid } from "./queries";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe("matrix queries", () => {
  let t: Awaited<ReturnType<typeof createTestDb>>;
  let core: string;
  let web: string;
  const now = Date.now();
  const at = (offset: number) => new Date(now + offset);

  beforeAll(async () => {
    t = await createTestDb();
    const [a, b] = await t.db.insert(projects).values([{ slug: "core", name: "Core" }, { slug: "web", name: "Web" }]).returning();
    core = a!.id;
    web = b!.id;
    await t.db.insert(slaPolicies).values([
      { projectId: null, priority: "P0", label: "Critical", targetHours: 24, ownership: "Senior engineer", escalation: "Page the on-call" },
      { projectId: null, priority: "P1", label: "High", targetHours: 336, ownership: "Team lead" },
      // Web's P1 items belong to someone else.
      { projectId: web, priority: "P1", label: "High", targetHours: 336, ownership: "Web lead" },
    ]);
    const item = (projectId: string, key: string, extra: Partial<typeof backlogItems.$inferInsert>) => ({ projectId, key, title: key, ...extra });
    await t.db.insert(backlogItems).values([
      item(core, "C-1", { priority: "P0", slaStartedAt: at(-3 * DAY), dueAt: at(-2 * DAY), impact: 5, effortHours: 2 }), // overdue 2 days
      item(core, "C-2", { priority: "P0", slaStartedAt: at(-2 * HOUR), dueAt: at(-1 * HOUR), impact: 2, effortHours: 40 }), // overdue 1 hour
      item(core, "C-3", { priority: "P1", slaStartedAt: at(-13 * DAY), dueAt: at(DAY), status: "in_progress", impact: 4, effortHours: 12 }), // at risk
      item(core, "C-4", { priority: "P1", slaStartedAt: at(-DAY), dueAt: at(13 * DAY) }), // on track, unplaced
      item(core, "C-5", {}), // untriaged
      item(web, "W-1", { priority: "P1", slaStartedAt: at(-20 * DAY), dueAt: at(-6 * DAY) }), // overdue, web lead
      // Closed: on time 10 days ago, late 40 days ago, on time 100 days ago (outside 90).
      item(core, "D-1", { priority: "P1", status: "done", dueAt: at(-9 * DAY), completedAt: at(-10 * DAY) }),
      item(core, "D-2", { priority: "P1", status: "done", dueAt: at(-45 * DAY), completedAt: at(-40 * DAY) }),
      item(core, "D-3", { priority: "P1", status: "wont_do", dueAt: at(-99 * DAY), completedAt: at(-100 * DAY) }),
      item(core, "D-4", { priority: "P0", status: "done", dueAt: at(-5 * DAY), completedAt: at(-4 * DAY), impact: 5, effortHours: 1 }),
    ]);
  });
  afterAll(() => t.drop());

  it("counts items per priority and status, all projects or one", async () => {
    const grid = await statusGrid(t.db, null);
    const cell = (p: string | null, s: string) => grid.find((c) => c.priority === p && c.status === s)?.count ?? 0;
    expect(cell("P0", "not_started")).toBe(2);
    expect(cell("P1", "not_started")).toBe(2);
    expect(cell("P1", "done")).toBe(2);
    expect(cell(null, "not_started")).toBe(1);
    expect((await statusGrid(t.db, web)).reduce((n, c) => n + c.count, 0)).toBe(1);
  });

  it("counts open items per SLA state in SQL", async () => {
    const counts = await slaCounts(t.db, null);
    expect(counts.find((c) => c.priority === "P0")).toEqual({ priority: "P0", overdue: 2, atRisk: 0, onTrack: 0 });
    expect(counts.find((c) => c.priority === "P1")).toEqual({ priority: "P1", overdue: 1, atRisk: 1, onTrack: 1 });
    expect((await slaCounts(t.db, core)).find((c) => c.priority === "P1")?.overdue).toBe(0);
  });

  it("compliance: closed within their SLA over 30 and 90 days", async () => {
    const rows = await compliance(t.db, null);
    expect(rows.find((r) => r.priority === "P1" && r.days === 30)).toMatchObject({ closed: 1, onTime: 1 });
    expect(rows.find((r) => r.priority === "P1" && r.days === 90)).toMatchObject({ closed: 2, onTime: 1 });
    expect(rows.find((r) => r.priority === "P0" && r.days === 30)).toMatchObject({ closed: 1, onTime: 0 });
  });

  it("the oldest overdue item per priority, with the owner its policy names", async () => {
    const oldest = await oldestOverdue(t.db, null);
    expect(oldest.map((o) => [o.priority, o.key, o.owner])).toEqual([
      ["P0", "C-1", "Senior engineer"],
      ["P1", "W-1", "Web lead"],
    ]);
  });

  it("escalation: overdue items grouped by policy owner, latest first", async () => {
    const groups = await escalationList(t.db, null);
    expect(groups.map((g) => [g.owner, g.total, g.items.map((i) => i.key)])).toEqual([
      ["Senior engineer", 2, ["C-1", "C-2"]],
      ["Web lead", 1, ["W-1"]],
    ]);
    expect(groups[0]!.escalation).toBe("Page the on-call");
    expect(groups[0]!.items[0]!.dueAt).toBeInstanceOf(Date);
    expect(await escalationList(t.db, core, 1)).toMatchObject([{ owner: "Senior engineer", total: 2, items: [{ key: "C-1" }] }]);
  });

  it("the quadrant: open placed items per quadrant and the unplaced ones, untriaged first", async () => {
    const q = await quadrantItems(t.db, null);
    expect(q.placed.quick_wins.items.map((i) => i.key)).toEqual(["C-1"]);
    expect(q.placed.big_bets.items.map((i) => i.key)).toEqual(["C-3"]);
    expect(q.placed.money_pits).toMatchObject({ total: 1, items: [{ key: "C-2" }] });
    expect(q.placed.fill_ins.total).toBe(0);
    expect(q.unplaced.total).toBe(3);
    expect(q.unplaced.untriaged).toBe(1);
    expect(q.unplaced.items[0]!.key).toBe("C-5");
  });
});
