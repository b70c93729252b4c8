import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backlogItems, projects, slaPolicies } from "@/db/schema";
import { importDocument } from "@/lib/importer/service";
import { CHANNEL, type ChangeEvent } from "@/lib/live/publish";
import { createTestDb } from "@/test/db";
import { linkItems, unlinkItems, updateItem } from "./service";
import { systemActor } from "@/lib/domain/actors";

// Faults of the split item write path (issue #16), each shown through the public entry points: an
// import is a writer like any other, so an item's timestamps, its SLA clock and the live updates
// must come out the same whether a person or a document changed it.

const SYSTEM = systemActor("test");
const lead = { kind: "user" as const, userId: "", email: "lead@test", name: "Lee Lead", role: "lead" as const };

describe("every item write follows the same rules", () => {
  let t: Awaited<ReturnType<typeof createTestDb>>;
  const plan = (lines: string) => Buffer.from(`# Plan\n\n${lines}\n`);
  const run = (slug: string, bytes: Uint8Array) => importDocument(t.db, SYSTEM, { bytes, fileName: `${slug}.md`, projectSlug: slug, dryRun: false });
  const item = async (slug: string, key: string) => {
    const [row] = await t.db.select({ item: backlogItems }).from(backlogItems).innerJoin(projects, eq(projects.id, backlogItems.projectId)).where(eq(projects.slug, slug));
    const rows = await t.db.select().from(backlogItems).where(eq(backlogItems.projectId, row!.item.projectId));
    return rows.find((r) => r.key === key)!;
  };
  const events = async <T>(during: () => Promise<T>) => {
    const received: ChangeEvent[] = [];
    const stop = await t.listen(CHANNEL, (payload) => received.push(JSON.parse(payload)));
    await during();
    // NOTIFY is delivered after commit; give the listener a moment.
    await new Promise((r) => setTimeout(r, 300));
    await stop();
    return received;
  };

  beforeAll(async () => {
    t = await createTestDb();
    const { users } = await import("@/db/schema");
    const [u] = await t.db.insert(users).values({ email: lead.email, name: lead.name, role: "lead", passwordHash: "x" }).returning();
    lead.userId = u!.id;
  });
  afterAll(() => t.drop());

  it("a re-import that finishes a started item keeps when the work started", async () => {
    expect((await run("started", plan("- [ ] Write the runbook"))).ok).toBe(true);
    const before = await item("started", "T-1");
    await updateItem(t.db, lead, { id: before.id, version: before.version, changes: { status: "in_progress" } });
    const started = (await item("started", "T-1")).startedAt!;
    expect(started).toBeInstanceOf(Date);
    await new Promise((r) => setTimeout(r, 20));
    expect((await run("started", plan("- [x] Write the runbook"))).ok).toBe(true);
    const after = await item("started", "T-1");
    expect(after.status).toBe("done");
    expect(after.completedAt).toBeInstanceOf(Date);
    expect(after.startedAt?.toISOString()).toBe(started.toISOString());
  });

  it("a re-import that reopens a closed item starts a fresh SLA window", async () => {
    expect((await run("reopen", plan("- [x] Rotate the keys"))).ok).toBe(true);
    const [project] = await t.db.select().from(projects).where(eq(projects.slug, "reopen"));
    await t.db.insert(slaPolicies).values({ projectId: project!.id, priority: "P1", label: "P1", targetHours: 48, calendar: "calendar" });
    const closed = await item("reopen", "T-1");
    await updateItem(t.db, lead, { id: closed.id, version: closed.version, changes: { priority: "P1" } });
    const triaged = await item("reopen", "T-1");
    await new Promise((r) => setTimeout(r, 20));
    const reopenedAt = new Date();
    expect((await run("reopen", plan("- [ ] Rotate the keys"))).ok).toBe(true);
    const reopened = await item("reopen", "T-1");
    expect(reopened.status).toBe("not_started");
    expect(reopened.slaStartedAt!.getTime()).toBeGreaterThanOrEqual(reopenedAt.getTime());
    expect(reopened.slaStartedAt!.getTime()).toBeGreaterThan(triaged.slaStartedAt!.getTime());
    expect(reopened.dueAt!.getTime()).toBe(reopened.slaStartedAt!.getTime() + 48 * 3600_000);
  });

  it("an import announces the items it created and changed, so open pages refresh", async () => {
    const created = await events(() => run("announce", plan("- [ ] One\n- [ ] Two")));
    const ids = (await t.db.select({ id: backlogItems.id }).from(backlogItems).innerJoin(projects, eq(projects.id, backlogItems.projectId)).where(eq(projects.slug, "announce"))).map((r) => r.id);
    const announced = (list: ChangeEvent[]) => list.flatMap((e) => (e.type === "items" ? e.ids : e.type === "item" ? [e.id] : []));
    expect(announced(created).sort()).toEqual(ids.sort());
    const changed = await events(() => run("announce", plan("- [x] One\n- [ ] Two")));
    expect(announced(changed)).toEqual([(await item("announce", "T-1")).id]);
  });

  it("unlinking two items announces the change", async () => {
    expect((await run("links", plan("- [ ] One\n- [ ] Two"))).ok).toBe(true);
    const one = await item("links", "T-1");
    const link = await linkItems(t.db, lead, { itemId: one.id, kind: "relates", target: "T-2" });
    const received = await events(() => unlinkItems(t.db, lead, { linkId: link.id }));
    expect(received).toContainEqual(expect.objectContaining({ type: "item", id: one.id }));
  });
});
