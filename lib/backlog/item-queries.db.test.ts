import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, backlogItems, checklistItems, comments, itemLinks, metricPoints, metrics, projects, runbooks, users } from "@/db/schema";
import { createUser } from "@/lib/users/service";
import { createTestDb } from "@/test/db";
import { criteriaWithRules } from "@/lib/metrics/criteria";
import { getItemDetail, HISTORY_LIMIT } from "./item-queries";
import { listAssignableUsers, listProjectOptions } from "./option-queries";
import { systemActor } from "@/lib/domain/actors";

describe("item page queries", () => {
  let t: Awaited<ReturnType<typeof createTestDb>>;
  const ids = {} as Record<"lead" | "eng" | "viewer" | "gone" | "core" | "web" | "item" | "blocker" | "related" | "webItem", string>;

  beforeAll(async () => {
    t = await createTestDb();
    const user = async (email: string, name: string, role: "viewer" | "engineer" | "lead") =>
      (await createUser(t.db, systemActor("test"), { email, name, role, password: "longenough1" })).id;
    ids.lead = await user("lead@example.com", "Lee Lead", "lead");
    ids.eng = await user("eng@example.com", "Eli Engineer", "engineer");
    ids.viewer = await user("viewer@example.com", "Vic Viewer", "viewer");
    ids.gone = await user("gone@example.com", "Gina Gone", "engineer");
    await t.db.update(users).set({ disabled: true }).where(eq(users.id, ids.gone));

    const [core, web] = await t.db.insert(projects).values([{ slug: "core", name: "Core" }, { slug: "web", name: "Web" }]).returning();
    ids.core = core!.id;
    ids.web = web!.id;
    const [item, blocker, related, lower, webItem] = await t.db
      .insert(backlogItems)
      .values([
        { projectId: ids.core, key: "P0-006", title: "Harness runbook", description: "Write **it**.", priority: "P0", status: "in_progress", assigneeId: ids.eng, updatedBy: ids.lead, categoryPath: ["Ops", "Runbooks"] },
        { projectId: ids.core, key: "P1-001", title: "Blocker", status: "blocked", blockedReason: "vendor" },
        { projectId: ids.core, key: "P2-002", title: "Related", status: "done" },
        { projectId: ids.core, key: "p0-006", title: "Same key, lower case" },
        { projectId: ids.web, key: "P0-006", title: "Same key, other project" },
      ])
      .returning();
    ids.item = item!.id;
    ids.blocker = blocker!.id;
    ids.related = related!.id;
    ids.webItem = webItem!.id;

    await t.db.insert(checklistItems).values([
      { itemId: ids.item, kind: "acceptance", text: "Second", position: 1, done: true, doneBy: ids.eng, doneAt: new Date() },
      { itemId: ids.item, kind: "acceptance", text: "First", position: 0 },
      { itemId: ids.item, kind: "file", text: "docs/runbook.md", position: 0 },
      { itemId: lower!.id, kind: "acceptance", text: "Not mine", position: 0 },
    ]);
    const t0 = Date.now() - 60_000;
    await t.db.insert(comments).values([
      { itemId: ids.item, authorId: ids.lead, body: "Later", createdAt: new Date(t0 + 2000) },
      { itemId: ids.item, authorId: ids.eng, body: "Earlier", createdAt: new Date(t0 + 1000) },
      { itemId: ids.item, authorId: null, body: "From a deleted account", createdAt: new Date(t0 + 3000) },
    ]);
    const [rb] = await t.db.insert(runbooks).values({ slug: "harness", title: "Harness service" }).returning();
    await t.db.insert(itemLinks).values([
      { fromItemId: ids.blocker, kind: "blocks", toItemId: ids.item },
      { fromItemId: ids.item, kind: "relates", toItemId: ids.related },
      { fromItemId: ids.item, kind: "blocks", toItemId: ids.webItem },
      { fromItemId: ids.item, kind: "runbook", runbookId: rb!.id },
      { fromItemId: ids.related, kind: "relates", toItemId: ids.blocker },
    ]);

    const at = (s: number) => new Date(t0 + s * 1000);
    await t.db.insert(auditLog).values([
      { actorType: "user" as const, actorId: ids.lead, actorLabel: "lead@example.com", action: "item.create", entityType: "item", entityId: ids.item, after: { title: "Harness runbook" }, at: at(1) },
      { actorType: "user" as const, actorId: ids.lead, actorLabel: "lead@example.com", action: "item.update", entityType: "item", entityId: ids.item, before: { assigneeId: ids.gone }, after: { assigneeId: ids.eng }, at: at(2) },
      { actorType: "system" as const, actorId: null, actorLabel: "system:demo-seed", action: "item.import_update", entityType: "item", entityId: ids.item, before: { title: "a" }, after: { title: "b" }, at: at(3) },
      { actorType: "user" as const, actorId: ids.eng, actorLabel: "eng@example.com", action: "item.status", entityType: "item", entityId: ids.item, before: { status: "not_started" }, after: { status: "in_progress" }, at: at(4) },
      // Someone else's history, and another entity that happens to share the id, stay out.
      { actorType: "user" as const, actorId: ids.eng, actorLabel: "eng@example.com", action: "item.status", entityType: "item", entityId: ids.blocker, at: at(5) },
      { actorType: "user" as const, actorId: ids.eng, actorLabel: "eng@example.com", action: "user.role", entityType: "user", entityId: ids.item, at: at(6) },
    ]);
  });
  afterAll(() => t.drop());

  it("finds the item by project slug and exact, case-sensitive key, with names", async () => {
    const d = await getItemDetail(t.db, "core", "P0-006");
    expect(d?.item).toMatchObject({ id: ids.item, key: "P0-006", title: "Harness runbook", projectSlug: "core", projectName: "Core", assigneeName: "Eli Engineer", updatedByName: "Lee Lead", categoryPath: ["Ops", "Runbooks"], version: 1 });
    expect(d?.item).not.toHaveProperty("searchVector");
    expect((await getItemDetail(t.db, "core", "p0-006"))?.item.title).toBe("Same key, lower case");
    expect((await getItemDetail(t.db, "web", "P0-006"))?.item.id).toBe(ids.webItem);
    expect(await getItemDetail(t.db, "core", "P9-999")).toBeNull();
    expect(await getItemDetail(t.db, "nope", "P0-006")).toBeNull();
  });

  it("groups checklist entries by kind in position order, with who ticked them", async () => {
    const d = (await getItemDetail(t.db, "core", "P0-006"))!;
    expect(d.checklist.acceptance.map((c) => [c.text, c.done, c.doneByName])).toEqual([
      ["First", false, null],
      ["Second", true, "Eli Engineer"],
    ]);
    expect(d.checklist.action).toEqual([]);
    expect(d.checklist.file.map((c) => c.text)).toEqual(["docs/runbook.md"]);
  });

  it("lists comments oldest first with author names", async () => {
    const d = (await getItemDetail(t.db, "core", "P0-006"))!;
    expect(d.comments.map((c) => [c.body, c.authorName])).toEqual([
      ["Earlier", "Eli Engineer"],
      ["Later", "Lee Lead"],
      ["From a deleted account", null],
    ]);
  });

  it("returns links in both directions with the other end's key, title, status and project", async () => {
    const d = (await getItemDetail(t.db, "core", "P0-006"))!;
    const summary = d.links.map((l) => [l.direction, l.kind, l.itemKey ?? l.runbookSlug, l.itemProjectSlug, l.itemStatus]);
    expect(summary).toHaveLength(4);
    expect(summary).toEqual(
      expect.arrayContaining([
        ["incoming", "blocks", "P1-001", "core", "blocked"],
        ["outgoing", "relates", "P2-002", "core", "done"],
        ["outgoing", "blocks", "P0-006", "web", "not_started"],
        ["outgoing", "runbook", "harness", null, null],
      ]),
    );
    expect(d.links.find((l) => l.kind === "runbook")?.runbookTitle).toBe("Harness service");
    expect(d.links.find((l) => l.itemKey === "P1-001")?.itemTitle).toBe("Blocker");
  });

  it("returns this item's history newest first, with actor names or labels and assignee names", async () => {
    const d = (await getItemDetail(t.db, "core", "P0-006"))!;
    expect(d.history.map((h) => [h.record.action, h.actorName])).toEqual([
      ["item.status", "Eli Engineer"],
      ["item.import_update", "system:demo-seed"],
      ["item.update", "Lee Lead"],
      ["item.create", "Lee Lead"],
    ]);
    expect(d.userNames).toEqual({ [ids.gone]: "Gina Gone", [ids.eng]: "Eli Engineer" });
  });

  it(`caps the history at ${HISTORY_LIMIT} rows, keeping the newest`, async () => {
    const base = Date.now();
    await t.db.insert(auditLog).values(
      Array.from({ length: HISTORY_LIMIT + 5 }, (_, i) => ({ actorType: "user" as const, actorId: ids.eng, actorLabel: "eng@example.com", action: "item.update" as const, entityType: "item", entityId: ids.related, after: { title: `t${i}` }, at: new Date(base + i) })),
    );
    const d = (await getItemDetail(t.db, "core", "P2-002"))!;
    expect(d.history).toHaveLength(HISTORY_LIMIT);
    expect(d.history[0]!.record.after).toEqual({ title: `t${HISTORY_LIMIT + 4}` });
  });

  it("runs a constant number of queries, however much the item holds", async () => {
    let selects = 0;
    // Counts query builders started through db.select (the only way the module reads).
    const counting = new Proxy(t.db, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver);
        if (prop !== "select" || typeof value !== "function") return value;
        return (...args: unknown[]) => (selects++, (value as (...a: unknown[]) => unknown).apply(target, args));
      },
    });
    await getItemDetail(counting, "core", "P2-002"); // 205 history rows, 1 link
    const big = selects;
    selects = 0;
    await getItemDetail(counting, "web", "P0-006");
    expect(big).toBeLessThanOrEqual(6);
    expect(selects).toBeLessThanOrEqual(6);
  });

  it("shows acceptance criteria with the metric rule they follow, and proposals only to a lead", async () => {
    const [metric] = await t.db.insert(metrics).values({ key: "pyright_errors", name: "Pyright errors", direction: "lower_is_better" }).returning();
    await t.db.insert(metricPoints).values([
      { metricId: metric!.id, value: 40, recordedAt: new Date("2026-01-01T00:00:00Z"), source: "manual" },
      { metricId: metric!.id, value: 60, recordedAt: new Date("2026-01-02T00:00:00Z"), source: "ci" },
    ]);
    const [criteriaItem] = await t.db.insert(backlogItems).values({ projectId: ids.core, key: "P3-100", title: "Type safety" }).returning();
    const doneAt = new Date("2026-01-03T00:00:00Z");
    await t.db.insert(checklistItems).values([
      { itemId: criteriaItem!.id, kind: "acceptance", position: 0, text: "Pyright errors below 50", metricRule: { metricKey: "pyright_errors", comparator: "<", value: 50 } },
      { itemId: criteriaItem!.id, kind: "acceptance", position: 1, text: "Old rule", metricRule: { metricKey: "retired_metric", comparator: "<", value: 1 } },
      { itemId: criteriaItem!.id, kind: "acceptance", position: 2, text: "Pyright errors < 10 across repos" },
      { itemId: criteriaItem!.id, kind: "acceptance", position: 3, text: "Write the docs", done: true, doneBy: ids.eng, doneAt },
    ]);
    const { acceptance } = (await getItemDetail(t.db, "core", "P3-100"))!.checklist;

    const lead = await criteriaWithRules(t.db, acceptance, true);
    expect(lead.entries.map((e) => [e.text, e.follows ?? null, e.proposal ?? null])).toEqual([
      ["Pyright errors below 50", { metricKey: "pyright_errors", metricName: "Pyright errors", rule: "pyright_errors < 50", latest: { text: "60", at: "2026-01-02T00:00:00.000Z", source: "ci" }, holds: false }, null],
      ["Old rule", { metricKey: "retired_metric", metricName: "retired_metric", rule: "retired_metric < 1", latest: null, holds: null }, null],
      ["Pyright errors < 10 across repos", null, { metricKey: "pyright_errors", comparator: "<", value: 10, label: "Pyright errors < 10" }],
      ["Write the docs", null, null],
    ]);
    expect(lead.entries[3]).toMatchObject({ done: true, doneByName: "Eli Engineer", doneAt: doneAt.toISOString() });
    expect(lead.metrics?.map((m) => m.key)).toEqual(["pyright_errors"]);

    const engineer = await criteriaWithRules(t.db, acceptance, false);
    expect(engineer.entries.map((e) => e.proposal ?? null)).toEqual([null, null, null, null]);
    expect(engineer.entries[0]!.follows?.holds).toBe(false);
    expect(engineer.metrics).toBeUndefined();
  });

  it("offers active engineers, leads and admins as assignees, and every project", async () => {
    expect((await listAssignableUsers(t.db)).map((u) => u.name)).toEqual(["Eli Engineer", "Lee Lead"]);
    expect((await listProjectOptions(t.db)).map((p) => [p.slug, p.name])).toEqual([
      ["core", "Core"],
      ["web", "Web"],
    ]);
  });
});
