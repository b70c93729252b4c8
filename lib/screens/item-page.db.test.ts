import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, backlogItems, checklistItems, comments, itemLinks, metrics, projects, runbooks } from "@/db/schema";
import { createUser } from "@/lib/users/service";
import { systemActor, userActor } from "@/lib/domain/actors";
import { createTestDb } from "@/test/db";
import { loadItemPage, type ItemPagePermissions } from "./item-page";

const NONE: ItemPagePermissions = { setStatus: false, tick: false, comment: false, update: false, editChecklist: false, link: false, delete: false, linkCriterion: false, createRunbook: false };
const LEAD: ItemPagePermissions = { setStatus: true, tick: true, comment: true, update: true, editChecklist: true, link: true, delete: true, linkCriterion: true, createRunbook: true };

/** Every Date anywhere in a value (the page hands it to client components as it is). */
function dates(value: unknown, path = "page"): string[] {
  if (value instanceof Date) return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => dates(v, `${path}[${i}]`));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => dates(v, `${path}.${k}`));
  return [];
}

describe("the item page's loader", () => {
  let t: Awaited<ReturnType<typeof createTestDb>>;
  let viewer: ReturnType<typeof userActor>;

  beforeAll(async () => {
    t = await createTestDb();
    const lead = await createUser(t.db, systemActor("test"), { email: "lead@example.com", name: "Lee Lead", role: "lead", password: "longenough1" });
    viewer = userActor({ id: lead.id, email: "lead@example.com", name: "Lee Lead", role: "lead" });
    const [core] = await t.db.insert(projects).values({ slug: "core", name: "Core" }).returning();
    const dueAt = new Date(Date.now() + 86_400_000);
    const [item] = await t.db
      .insert(backlogItems)
      .values({ projectId: core!.id, key: "P0-006", title: "Create operational runbook", description: "Write **it**.", priority: "P0", status: "in_progress", assigneeId: lead.id, dueAt, startedAt: new Date() })
      .returning();
    await t.db.insert(checklistItems).values([
      { itemId: item!.id, kind: "acceptance", text: "Pyright errors < 10", position: 0 },
      { itemId: item!.id, kind: "action", text: "Draft it", position: 0, done: true, doneBy: lead.id, doneAt: new Date("2026-01-03T00:00:00Z") },
    ]);
    await t.db.insert(metrics).values({ key: "pyright_errors", name: "Pyright errors", direction: "lower_is_better" });
    await t.db.insert(comments).values({ itemId: item!.id, authorId: lead.id, body: "On it" });
    const [rb] = await t.db.insert(runbooks).values({ slug: "harness", title: "Harness service" }).returning();
    await t.db.insert(itemLinks).values({ fromItemId: item!.id, kind: "runbook", runbookId: rb!.id });
    await t.db.insert(auditLog).values({ actorType: "user", actorId: lead.id, actorLabel: "lead@example.com", action: "item.create", entityType: "item", entityId: item!.id, after: { title: "Create operational runbook" } });
  });
  afterAll(() => t.drop());

  it("answers null for an item that does not exist", async () => {
    expect(await loadItemPage(t.db, "core", "P9-999", LEAD)).toBeNull();
  });

  it("gives a lead every section, in shapes with no Date left to convert", async () => {
    const page = (await loadItemPage(t.db, "core", "P0-006", LEAD, viewer))!;
    expect(dates(page)).toEqual([]);
    expect(page.item).toMatchObject({ key: "P0-006", status: "in_progress", projectName: "Core", assigneeName: "Lee Lead", sla: "on_track" });
    expect(page.item.startedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(page.edit?.item).toMatchObject({ key: "P0-006", description: "Write **it**.", assigneeId: expect.any(String), projectId: expect.any(String) });
    expect(page.edit?.users.map((u) => u.name)).toEqual(["Lee Lead"]);
    expect(page.checklists.map((c) => [c.kind, c.entries.map((e) => e.text)])).toEqual([
      ["acceptance", ["Pyright errors < 10"]],
      ["action", ["Draft it"]],
      ["file", []],
    ]);
    expect(page.checklists[0]!.metrics?.map((m) => m.key)).toEqual(["pyright_errors"]);
    expect(page.checklists[0]!.entries[0]!.proposal).toMatchObject({ metricKey: "pyright_errors", value: 10 });
    expect(page.checklists[1]!.entries[0]).toMatchObject({ done: true, doneByName: "Lee Lead", doneAt: "2026-01-03T00:00:00.000Z" });
    // Its author may edit it; the assignee (the lead here) follows the item without a watch row.
    expect(page.comments).toEqual([{ id: expect.any(String), body: "On it", createdAt: expect.any(String), updatedAt: expect.any(String), edited: false, authorName: "Lee Lead", mayEdit: true }]);
    expect(page.watching).toBe(true);
    expect(page.links.map((l) => [l.kind, l.runbookSlug])).toEqual([["runbook", "harness"]]);
    expect(page.history).toMatchObject({ truncated: false, imported: null, lookups: { projects: { [page.edit!.item.projectId]: "Core" } } });
    expect(page.history.entries.map((h) => h.record.action)).toEqual(["item.create"]);
    expect(page.runbookOffer).toEqual({ existing: [{ slug: "harness", title: "Harness service" }] });
  });

  it("reads nothing a viewer may not use: no edit form, no empty lists, no metric proposals, no runbook offer", async () => {
    const page = (await loadItemPage(t.db, "core", "P0-006", NONE))!;
    expect(page.edit).toBeNull();
    expect(page.checklists.map((c) => c.kind)).toEqual(["acceptance", "action"]);
    expect(page.checklists[0]!.metrics).toBeUndefined();
    expect(page.checklists[0]!.entries[0]!.proposal).toBeUndefined();
    expect(page.runbookOffer).toBeNull();
  });
});
