import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backlogItems, checklistItems, projects } from "@/db/schema";
import { createUser } from "@/lib/users/service";
import { createTestDb } from "@/test/db";
import { parseBacklogQuery, SORT_COLUMNS, type BacklogQuery } from "./filters";
import { listBacklog } from "./list-queries";
import { systemActor } from "@/lib/domain/actors";

describe("backlog list query", () => {
  let t: Awaited<ReturnType<typeof createTestDb>>;
  let me: string;
  const q = (params: Record<string, string>) => parseBacklogQuery(params).query;
  const keys = async (query: BacklogQuery) => (await listBacklog(t.db, query, me)).rows.map((r) => r.key).sort();

  beforeAll(async () => {
    t = await createTestDb();
    me = (await createUser(t.db, systemActor("test"), { email: "me@example.com", name: "Me", role: "engineer", password: "longenough1" })).id;
    const [core, web] = await t.db.insert(projects).values([{ slug: "core", name: "Core" }, { slug: "web", name: "Web" }]).returning();
    const day = 86_400_000;
    const rows = await t.db
      .insert(backlogItems)
      .values([
        { projectId: core!.id, key: "P1-001", title: "Deployment pipeline retries", priority: "P1", status: "in_progress", assigneeId: me, categoryPath: ["Infrastructure", "CI"], dueAt: new Date(Date.now() - day), triagedAt: new Date(Date.now() - 10 * day) },
        { projectId: core!.id, key: "P1-010", title: "Billing webhook", priority: "P1", status: "not_started", severity: "high", dueAt: new Date(Date.now() + 30 * day), triagedAt: new Date(Date.now() - day) },
        { projectId: core!.id, key: "P0-001", title: "Harness service runbook", priority: "P0", status: "done", description: "Write the **runbook** for the harness." },
        { projectId: web!.id, key: "T-1", title: "Untriaged thing", status: "not_started", categoryPath: ["Security"] },
        { projectId: web!.id, key: "T-2", title: "Flaky login test", priority: "P2", status: "blocked", blockedReason: "vendor", assigneeId: me },
      ])
      .returning();
    await t.db.insert(checklistItems).values({ itemId: rows[1]!.id, kind: "acceptance", text: "Stripe signatures verified", position: 0 });
    // More open criteria than the Done question names, inserted out of order.
    await t.db.insert(checklistItems).values(Array.from({ length: 12 }, (_, i) => ({ itemId: rows[4]!.id, kind: "acceptance" as const, text: `Criterion ${12 - i}`, position: 12 - i })));
  });
  afterAll(() => t.drop());

  it("filters by project, priority incl. untriaged, status, severity, assignee, category and overdue", async () => {
    expect(await keys(q({ project: "web" }))).toEqual(["T-1", "T-2"]);
    expect(await keys(q({ priority: "untriaged,P0" }))).toEqual(["P0-001", "T-1"]);
    expect(await keys(q({ status: "blocked" }))).toEqual(["T-2"]);
    expect(await keys(q({ severity: "high" }))).toEqual(["P1-010"]);
    expect(await keys(q({ assignee: "me" }))).toEqual(["P1-001", "T-2"]);
    expect(await keys(q({ assignee: "none", project: "core" }))).toEqual(["P0-001", "P1-010"]);
    expect(await keys(q({ category: "infra" }))).toEqual(["P1-001"]);
    expect(await keys(q({ overdue: "1" }))).toEqual(["P1-001"]);
    expect(await keys(q({ sla: "overdue,on_track" }))).toEqual(["P1-001", "P1-010"]);
  });

  it("searches partial words, keys like P1-0, descriptions and checklist text", async () => {
    expect(await keys(q({ q: "deplo" }))).toEqual(["P1-001"]);
    expect(await keys(q({ q: "P1-0" }))).toEqual(["P1-001", "P1-010"]);
    expect(await keys(q({ q: "p1-01" }))).toEqual(["P1-010"]);
    expect(await keys(q({ q: "runbook harness" }))).toEqual(["P0-001"]);
    expect(await keys(q({ q: "stripe signa" }))).toEqual(["P1-010"]);
    expect(await keys(q({ q: "nothing-like-this" }))).toEqual([]);
    // Operators and punctuation are data, not syntax.
    expect(await keys(q({ q: "'):* | !& <-> \\" }))).toHaveLength(5);
  });

  it("sorts by every column in both directions and paginates", async () => {
    for (const sort of SORT_COLUMNS) {
      for (const dir of ["asc", "desc"]) {
        const page = await listBacklog(t.db, q({ sort, dir }), me);
        expect(page.rows).toHaveLength(5);
      }
    }
    expect((await listBacklog(t.db, q({ sort: "key" }), me)).rows.map((r) => r.key)).toEqual(["P0-001", "P1-001", "P1-010", "T-1", "T-2"]);
    const page2 = await listBacklog(t.db, q({ sort: "key", size: "25", page: "1" }), me);
    expect(page2).toMatchObject({ total: 5, capped: false, pageCount: 1 });
    expect((await listBacklog(t.db, q({ page: "3" }), me)).rows).toEqual([]);
  });

  it("reports checklist progress and SLA state per row", async () => {
    const page = await listBacklog(t.db, q({ sort: "key" }), me);
    expect(page.rows.find((r) => r.key === "P1-010")).toMatchObject({ checklistDone: 0, checklistTotal: 1, slaState: "on_track" });
    expect(page.rows.find((r) => r.key === "P1-001")).toMatchObject({ slaState: "overdue", assigneeName: "Me" });
  });

  it("names each row's open acceptance criteria, the first ten in checklist order, and counts them all", async () => {
    const rows = (await listBacklog(t.db, q({ sort: "key" }), me)).rows;
    expect(rows.find((r) => r.key === "P1-010")!.openCriteria).toEqual({ count: 1, texts: ["Stripe signatures verified"] });
    expect(rows.find((r) => r.key === "P1-001")!.openCriteria).toEqual({ count: 0, texts: [] });
    expect(rows.find((r) => r.key === "T-2")!.openCriteria).toEqual({ count: 12, texts: Array.from({ length: 10 }, (_, i) => `Criterion ${i + 1}`) });
  });

  it("ignores bad values with a message instead of failing", () => {
    const { query, warnings } = parseBacklogQuery({ status: "bogus", page: "-1", q: "x".repeat(10_000), sort: "nope", size: "7", assignee: "someone", priority: "P0,P9" });
    expect(query).toMatchObject({ sort: "priority", page: 1, size: 50 });
    expect(query.status).toBeUndefined();
    expect(query.q).toBeUndefined();
    expect(warnings).toHaveLength(7);
    expect(warnings.join(" ")).toMatch(/status.*page.*/s);
  });

  it("drops a search term or category holding U+0000 with a message, and the list still answers", async () => {
    const { query, warnings } = parseBacklogQuery({ q: "P1\u0000", category: "\u0000" });
    expect(query.q).toBeUndefined();
    expect(query.category).toBeUndefined();
    expect(warnings.sort()).toEqual(["Ignored category: must not contain the NUL character (U+0000).", "Ignored q: must not contain the NUL character (U+0000)."]);
    await expect(listBacklog(t.db, query, me)).resolves.toBeTruthy();
  });
});
