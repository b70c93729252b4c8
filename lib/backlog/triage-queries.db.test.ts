import { sql, type SQL } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backlogItems, checklistItems, imports, projects, users } from "@/db/schema";
import { createUser } from "@/lib/users/service";
import { listAssignableUsers } from "./option-queries";
import { createTestDb } from "@/test/db";
import { countTriageQueue, listTriageQueue, triageCountQuery, triageQueueQuery } from "./triage-queries";
import { systemActor } from "@/lib/domain/actors";

describe("triage queue queries", () => {
  let t: Awaited<ReturnType<typeof createTestDb>>;
  let engineer: string;
  const day = 86_400_000;
  const ago = (days: number) => new Date(Date.now() - days * day);

  beforeAll(async () => {
    t = await createTestDb();
    const user = (email: string, name: string, role: "viewer" | "engineer" | "lead" | "admin") =>
      createUser(t.db, systemActor("test"), { email, name, role, password: "longenough1" });
    engineer = (await user("eli@example.com", "Eli Engineer", "engineer")).id;
    await user("lee@example.com", "Lee Lead", "lead");
    await user("ada@example.com", "Ada Admin", "admin");
    await user("vic@example.com", "Vic Viewer", "viewer");
    const gone = await user("gone@example.com", "Gone Engineer", "engineer");
    await t.db.update(users).set({ disabled: true }).where(sql`${users.id} = ${gone.id}`);

    const [core, web] = await t.db.insert(projects).values([{ slug: "core", name: "Core" }, { slug: "web", name: "Web" }]).returning();
    const [oldImport, newImport] = await t.db
      .insert(imports)
      .values([
        { projectId: core!.id, fileName: "old-plan.md", contentHash: "a", detectedShape: "checklist", createdAt: ago(30) },
        { projectId: web!.id, fileName: "new-plan.md", contentHash: "b", detectedShape: "checklist", createdAt: ago(1) },
      ])
      .returning();
    const item = (projectId: string, key: string, extra: Partial<typeof backlogItems.$inferInsert> = {}) => ({ projectId, key, title: `Item ${key}`, ...extra });
    const rows = await t.db
      .insert(backlogItems)
      .values([
        item(core!.id, "A", { createdAt: ago(3), description: "x".repeat(2_500), assigneeId: engineer, sourceImportId: oldImport!.id, categoryPath: ["Security", "Auth"] }),
        item(web!.id, "B", { createdAt: ago(1), sourceImportId: newImport!.id, sourceLine: 4 }),
        item(core!.id, "C", { createdAt: ago(5), priority: "P1" }),
        item(core!.id, "D", { createdAt: ago(5), status: "done" }),
        item(core!.id, "E", { createdAt: ago(5), status: "wont_do" }),
        item(core!.id, "F", { createdAt: ago(2), status: "blocked", blockedReason: "vendor" }),
        // Same import time: document order decides.
        item(web!.id, "G", { createdAt: ago(1), sourceImportId: newImport!.id, sourceLine: 20 }),
        item(web!.id, "H", { createdAt: ago(1), sourceImportId: newImport!.id, sourceLine: 10 }),
      ])
      .returning();
    const a = rows.find((r) => r.key === "A")!;
    // B, G and H share one timestamp, as an import's items do.
    await t.db.update(backlogItems).set({ createdAt: rows.find((r) => r.key === "B")!.createdAt }).where(sql`${backlogItems.key} in ('G', 'H')`);
    await t.db.insert(checklistItems).values([
      { itemId: a.id, kind: "acceptance", text: "done one", position: 0, done: true },
      { itemId: a.id, kind: "action", text: "open one", position: 0 },
      { itemId: a.id, kind: "acceptance", text: "second open", position: 2 },
      { itemId: a.id, kind: "acceptance", text: "first open", position: 1 },
    ]);
  });
  afterAll(() => t.drop());

  it("lists open untriaged items oldest first, import order breaking ties, with what the inbox shows", async () => {
    const queue = await listTriageQueue(t.db);
    expect(queue.map((r) => r.key)).toEqual(["A", "F", "B", "H", "G"]);
    const a = queue[0]!;
    expect(a).toMatchObject({
      projectSlug: "core",
      projectName: "Core",
      categoryPath: ["Security", "Auth"],
      status: "not_started",
      assigneeId: engineer,
      assigneeName: "Eli Engineer",
      sourceImportFileName: "old-plan.md",
      recentImport: false,
      descriptionTruncated: true,
      checklistDone: 1,
      checklistTotal: 4,
      // Acceptance criteria only, in checklist order: what the status picker names before a Done.
      openCriteria: { count: 2, texts: ["first open", "second open"] },
      version: 1,
    });
    expect(a.description).toHaveLength(2_000);
    expect(typeof a.createdAt).toBe("string");
    expect(queue.find((r) => r.key === "B")).toMatchObject({ sourceImportFileName: "new-plan.md", recentImport: true, checklistTotal: 0, openCriteria: { count: 0, texts: [] }, assigneeName: null });
    expect(queue.find((r) => r.key === "F")).toMatchObject({ status: "blocked", blockedReason: "vendor", sourceImportFileName: null, recentImport: false });
  });

  it("filters by project slug and honours the limit", async () => {
    expect((await listTriageQueue(t.db, { project: "web" })).map((r) => r.key)).toEqual(["B", "H", "G"]);
    expect(await listTriageQueue(t.db, { project: "no-such-project" })).toEqual([]);
    expect((await listTriageQueue(t.db, { limit: 2 })).map((r) => r.key)).toEqual(["A", "F"]);
  });

  it("counts the queue, per project too, and a triaged item leaves it", async () => {
    expect(await countTriageQueue(t.db)).toEqual({ total: 5, capped: false });
    expect(await countTriageQueue(t.db, { project: "core" })).toEqual({ total: 2, capped: false });
    await t.db.update(backlogItems).set({ priority: "P2" }).where(sql`${backlogItems.key} = 'F'`);
    expect(await countTriageQueue(t.db)).toEqual({ total: 4, capped: false });
    expect((await listTriageQueue(t.db)).map((r) => r.key)).not.toContain("F");
    await t.db.update(backlogItems).set({ priority: null }).where(sql`${backlogItems.key} = 'F'`);
  });

  it("reads a partial index of open items for both the list and the count", async () => {
    const plan = async (query: { getSQL(): SQL }) =>
      t.db.transaction(async (tx) => {
        // A handful of rows would be read sequentially; forbid that to see which index the planner can use.
        await tx.execute(sql`set local enable_seqscan = off`);
        const result = await tx.execute(sql`explain ${query.getSQL().inlineParams()}`);
        const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Record<string, string>[];
        return rows.map((r) => Object.values(r)[0]).join("\n");
      });
    expect(await plan(triageQueueQuery(t.db))).toContain("backlog_items_untriaged_idx");
    // The count may equally use the matrix's (priority, due_at) index of open items: both are partial.
    expect(await plan(triageCountQuery(t.db))).toMatch(/Index Only Scan using backlog_items_(untriaged|open_sla)_idx/);
  });

  it("offers the backlog's assignees (active engineers, leads and admins), by name", async () => {
    const names = (await listAssignableUsers(t.db)).map((u) => u.name);
    expect(names).toContain("Eli Engineer");
    expect(names).toContain("Lee Lead");
    expect(names).toContain("Ada Admin");
    expect(names).not.toContain("Vic Viewer");
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });
});
