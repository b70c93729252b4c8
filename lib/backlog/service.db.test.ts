import { AsyncLocalStorage } from "node:async_hooks";
import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { setDbHandleForTests } from "@/db";
import { auditLog, backlogItems, checklistItems, projects, slaPolicies } from "@/db/schema";
import { userActor, systemActor, type Actor, type UserActor } from "@/lib/domain/actors";
import { createUser } from "@/lib/users/service";
import { createTestDb } from "@/test/db";

// The actions run for real (policy → zod → service → database); only "who is signed in" is
// supplied per call, so concurrent calls can act as different people.
const signedIn = new AsyncLocalStorage<Actor | null>();
vi.mock("@/lib/auth/actor", () => ({ getActor: async () => signedIn.getStore() ?? null }));

const { bulkUpdateAction, createItemAction, setStatusAction, tickAction, updateItemAction, deleteItemAction } = await import("./actions");

const as = <T>(actor: Actor | null, fn: () => Promise<T>) => signedIn.run(actor, fn);

describe("backlog item actions", () => {
  let t: Awaited<ReturnType<typeof createTestDb>>;
  const people: Record<"viewer" | "engineer" | "lead", UserActor> = {} as never;
  const leads: Actor[] = [];
  let projectId: string;

  beforeAll(async () => {
    t = await createTestDb();
    setDbHandleForTests(t);
    for (const role of ["viewer", "engineer", "lead"] as const) {
      const u = await createUser(t.db, systemActor("test"), { email: `${role}@example.com`, name: `The ${role}`, role, password: "longenough1" });
      people[role] = userActor({ ...u, role });
    }
    for (let i = 0; i < 5; i++) {
      const u = await createUser(t.db, systemActor("test"), { email: `lead${i}@example.com`, name: `Lead ${i}`, role: "lead", password: "longenough1" });
      leads.push(userActor({ id: u.id, email: u.email, name: u.name, role: "lead" }));
    }
    const [p] = await t.db.insert(projects).values({ slug: "core", name: "Core" }).returning();
    projectId = p!.id;
  });
  afterAll(async () => {
    setDbHandleForTests(undefined);
    await t.drop();
  });

  async function newItem(title = "Fix flaky pipeline") {
    const r = await as(people.lead, () => createItemAction({ projectId, title }));
    if (!r.ok) throw new Error(r.error.message);
    return r.data;
  }
  const history = (id: string) =>
    t.db.select().from(auditLog).where(and(eq(auditLog.entityType, "item"), eq(auditLog.entityId, id))).orderBy(asc(auditLog.id));

  it("creates items with the next T-n key and records the creation", async () => {
    const a = await newItem();
    const b = await newItem("Second");
    expect([a.key, b.key]).toEqual(["T-1", "T-2"]);
    expect((await history(a.id)).map((h) => h.action)).toEqual(["item.create"]);
  });

  it("refuses a stale version with who changed it when, and the current values", async () => {
    const item = await newItem();
    const first = await as(leads[0]!, () => updateItemAction({ id: item.id, version: 1, changes: { title: "Mine" } }));
    expect(first.ok).toBe(true);
    const second = await as(leads[1]!, () => updateItemAction({ id: item.id, version: 1, changes: { title: "Theirs" } }));
    expect(second.ok).toBe(false);
    if (second.ok) return;
    expect(second.error.code).toBe("conflict");
    expect(second.error.message).toMatch(/^Changed by Lead 0 just now\. /);
    expect(second.error.current).toMatchObject({ title: "Mine", version: 2, updatedByName: "Lead 0" });
    // Reapplying on the current version is accepted.
    const again = await as(leads[1]!, () => updateItemAction({ id: item.id, version: 2, changes: { title: "Theirs" } }));
    expect(again.ok && again.data.title).toBe("Theirs");
  });

  it("50 concurrent updates from one version: exactly one is accepted, the rest are told", async () => {
    const item = await newItem();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => as(leads[i % leads.length]!, () => updateItemAction({ id: item.id, version: 1, changes: { title: `Edit ${i}` } }))),
    );
    const accepted = results.filter((r) => r.ok);
    expect(accepted).toHaveLength(1);
    for (const r of results) if (!r.ok) expect(r.error.code).toBe("conflict");
    const [row] = await t.db.select().from(backlogItems).where(eq(backlogItems.id, item.id));
    expect(row!.version).toBe(2);
    expect(row!.title).toBe(accepted[0]!.ok && accepted[0]!.data.title);
    expect((await history(item.id)).filter((h) => h.action === "item.update")).toHaveLength(1);
  });

  it("50 concurrent editors who reapply on conflict: every accepted write is in the history, none overwritten silently", async () => {
    const item = await newItem("Start");
    const accepted: string[] = [];
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        as(leads[i % leads.length]!, async () => {
          let version = 1;
          for (let attempt = 0; attempt < 200; attempt++) {
            const r = await updateItemAction({ id: item.id, version, changes: { title: `Edit ${i}` } });
            if (r.ok) return void accepted.push(`Edit ${i}`);
            expect(r.error.code).toBe("conflict");
            version = (r.error.current as { version: number }).version;
          }
          throw new Error(`editor ${i} never got through`);
        }),
      ),
    );
    expect(accepted.sort()).toEqual(Array.from({ length: 50 }, (_, i) => `Edit ${i}`).sort());
    const updates = (await history(item.id)).filter((h) => h.action === "item.update");
    expect(updates).toHaveLength(50);
    // Each write started from the value the previous one left: nothing was overwritten unseen.
    let previous = "Start";
    for (const h of updates) {
      expect((h.before as { title: string }).title).toBe(previous);
      previous = (h.after as { title: string }).title;
    }
    const [row] = await t.db.select().from(backlogItems).where(eq(backlogItems.id, item.id));
    expect(row!.title).toBe(previous);
    expect(row!.version).toBe(51);
  });

  it("status changes stamp started/completed and need a reason for blocked", async () => {
    const item = await newItem();
    const blocked = await as(people.engineer, () => setStatusAction({ id: item.id, version: 1, status: "blocked" }));
    expect(!blocked.ok && blocked.error.fieldErrors).toHaveProperty("blockedReason");
    const started = await as(people.engineer, () => setStatusAction({ id: item.id, version: 1, status: "in_progress" }));
    expect(started.ok && started.data.startedAt).toBeTruthy();
    const done = await as(people.engineer, () => setStatusAction({ id: item.id, version: 2, status: "done" }));
    expect(done.ok && done.data.completedAt).toBeTruthy();
    const h = await history(item.id);
    expect(h.map((e) => e.action)).toEqual(["item.create", "item.status", "item.status"]);
    expect(h[2]!.before).toMatchObject({ status: "in_progress", completedAt: null });
  });

  it("engineers change status and tick criteria but cannot edit fields; viewers change nothing", async () => {
    const item = await newItem();
    const edit = await as(people.engineer, () => updateItemAction({ id: item.id, version: 1, changes: { priority: "P0" } }));
    expect(!edit.ok && edit.error.code).toBe("forbidden");
    const viewerStatus = await as(people.viewer, () => setStatusAction({ id: item.id, version: 1, status: "done" }));
    expect(!viewerStatus.ok && viewerStatus.error.code).toBe("forbidden");
    const anon = await as(null, () => setStatusAction({ id: item.id, version: 1, status: "done" }));
    expect(!anon.ok && anon.error.code).toBe("unauthenticated");
    const [entry] = await t.db.insert(checklistItems).values({ itemId: item.id, kind: "acceptance", text: "Pyright errors < 50", position: 0 }).returning();
    const tick = await as(people.engineer, () => tickAction({ entryId: entry!.id, done: true }));
    expect(tick.ok).toBe(true);
    const viewerTick = await as(people.viewer, () => tickAction({ entryId: entry!.id, done: false }));
    expect(!viewerTick.ok && viewerTick.error.code).toBe("forbidden");
    const [after] = await t.db.select().from(checklistItems).where(eq(checklistItems.id, entry!.id));
    expect(after).toMatchObject({ done: true, doneBy: people.engineer.userId });
  });

  it("bad input is refused with the field named, never a 500", async () => {
    const item = await newItem();
    const cases = [
      () => updateItemAction({ id: "nope", version: 1, changes: {} }),
      () => updateItemAction({ id: item.id, version: 1, changes: { priority: "P9" as never } }),
      () => updateItemAction({ id: item.id, version: 1, changes: { impact: 9 } }),
      () => updateItemAction({ id: item.id, version: 1, changes: { title: "" } }),
      () => updateItemAction({ id: item.id, version: 1, changes: { assigneeId: "00000000-0000-4000-8000-000000000000" } }),
      () => createItemAction({ projectId, title: "x".repeat(501) }),
    ];
    for (const call of cases) {
      const r = await as(people.lead, call);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe("invalid");
        expect(Object.keys(r.error.fieldErrors ?? {}).length).toBeGreaterThan(0);
      }
    }
  });

  it("bulk edit applies to every selected row with one history entry each", async () => {
    const a = await newItem("Bulk A");
    const b = await newItem("Bulk B");
    const r = await as(people.lead, () => bulkUpdateAction({ ids: [a.id, b.id], changes: { priority: "P1", assigneeId: people.engineer.userId } }));
    expect(r.ok && r.data).toEqual({ changed: 2, missing: 0 });
    for (const id of [a.id, b.id]) {
      const [row] = await t.db.select().from(backlogItems).where(eq(backlogItems.id, id));
      expect(row).toMatchObject({ priority: "P1", assigneeId: people.engineer.userId, version: 2 });
      expect(row!.triagedAt).toBeInstanceOf(Date);
      expect((await history(id)).at(-1)!.action).toBe("item.bulk_update");
    }
  });

  it("delete checks the version and keeps the item in the history", async () => {
    const item = await newItem("Doomed");
    const stale = await as(people.lead, () => deleteItemAction({ id: item.id, version: 7 }));
    expect(!stale.ok && stale.error.code).toBe("conflict");
    const r = await as(people.lead, () => deleteItemAction({ id: item.id, version: 1 }));
    expect(r.ok).toBe(true);
    expect((await history(item.id)).at(-1)).toMatchObject({ action: "item.delete", before: expect.objectContaining({ title: "Doomed" }) });
  });

  it("priority sets the due date from the project's SLA policy; re-prioritising, reopening and overrides follow it", async () => {
    const [p] = await t.db.insert(projects).values({ slug: "sla", name: "SLA" }).returning();
    await t.db.insert(slaPolicies).values([
      { projectId: p!.id, priority: "P0", label: "Critical", targetHours: 24 },
      { projectId: p!.id, priority: "P1", label: "High", targetHours: 336 },
      // The workspace default fills in what the project does not define.
      { projectId: null, priority: "P2", label: "Medium", targetHours: 1008 },
    ]);
    const created = await as(people.lead, () => createItemAction({ projectId: p!.id, title: "SLA item", priority: "P1" }));
    if (!created.ok) throw new Error(created.error.message);
    const hours = (iso: unknown, from: unknown) => Math.round((Date.parse(iso as string) - Date.parse(from as string)) / 3_600_000);
    expect(hours(created.data.dueAt, created.data.slaStartedAt)).toBe(336);

    const p0 = await as(people.lead, () => updateItemAction({ id: created.data.id, version: 1, changes: { priority: "P0" } }));
    if (!p0.ok) throw new Error(p0.error.message);
    expect(hours(p0.data.dueAt, p0.data.slaStartedAt)).toBe(24);
    expect(Date.parse(p0.data.slaStartedAt as string)).toBeGreaterThanOrEqual(Date.parse(created.data.slaStartedAt as string));

    const p2 = await as(people.lead, () => updateItemAction({ id: created.data.id, version: 2, changes: { priority: "P2" } }));
    expect(p2.ok && hours(p2.data.dueAt, p2.data.slaStartedAt)).toBe(1008);
    const p3 = await as(people.lead, () => updateItemAction({ id: created.data.id, version: 3, changes: { priority: "P3" } }));
    expect(p3.ok && p3.data.dueAt).toBeNull(); // no P3 window anywhere

    const done = await as(people.engineer, () => setStatusAction({ id: created.data.id, version: 4, status: "done" }));
    expect(done.ok && done.data.dueAt).toBeNull();
    await as(people.lead, () => updateItemAction({ id: created.data.id, version: 5, changes: { priority: "P0" } }));
    const reopened = await as(people.engineer, () => setStatusAction({ id: created.data.id, version: 6, status: "in_progress" }));
    if (!reopened.ok) throw new Error(reopened.error.message);
    expect(hours(reopened.data.dueAt, reopened.data.slaStartedAt)).toBe(24);

    const due = new Date("2027-01-15T00:00:00Z");
    const overridden = await as(people.lead, () => updateItemAction({ id: created.data.id, version: 7, changes: { dueAt: due, dueOverrideReason: "Customer deadline" } }));
    expect(overridden.ok && overridden.data.dueAt).toBe(due.toISOString());
    const kept = await as(people.lead, () => updateItemAction({ id: created.data.id, version: 8, changes: { priority: "P1" } }));
    expect(kept.ok && kept.data.dueAt).toBe(due.toISOString());
    const unexplained = await as(people.lead, () => updateItemAction({ id: created.data.id, version: 9, changes: { dueAt: new Date("2027-02-01T00:00:00Z"), dueOverrideReason: null } }));
    expect(!unexplained.ok && unexplained.error.fieldErrors?.dueOverrideReason?.[0]).toMatch(/due date reason/);
    // Clearing the reason withdraws the override: P1's two weeks from the current window's start.
    const withdrawn = await as(people.lead, () => updateItemAction({ id: created.data.id, version: 9, changes: { dueOverrideReason: null } }));
    if (!withdrawn.ok) throw new Error(withdrawn.error.message);
    expect(hours(withdrawn.data.dueAt, withdrawn.data.slaStartedAt)).toBe(336);
    const changes = (await history(created.data.id)).filter((h) => h.after && "dueAt" in (h.after as object));
    expect(changes.length).toBeGreaterThanOrEqual(6);
  });
});
