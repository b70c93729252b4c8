import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { projects, users } from "@/db/schema";
import { notificationPrefs, notifications, watches } from "@/db/schema-notifications";
import { addComment, deleteComment, editComment } from "@/lib/backlog/comment-service";
import { bulkUpdate, createItem, setItemStatus, updateItem } from "@/lib/backlog/service";
import { userActor, type UserActor } from "@/lib/domain/actors";
import { CHANNEL, type ChangeEvent } from "@/lib/live/publish";
import { markRead, watch } from "@/lib/inbox/service";
import { deliver } from "./deliver-service";
import { inboxEntries, unreadCount } from "@/lib/inbox/queries";
import { createTestDb } from "@/test/db";

// The inbox is fed by the item writer and the comment service in the same transaction: each case
// checks who got exactly which entry, and that nobody else got anything.

describe("notifications from item writes and comments", () => {
  let t: Awaited<ReturnType<typeof createTestDb>>;
  let lead: UserActor, eve: UserActor, sam: UserActor, vic: UserActor;
  let projectId: string;

  const person = async (email: string, name: string, role: "viewer" | "engineer" | "lead") => {
    const [u] = await t.db.insert(users).values({ email, name, role, passwordHash: "x" }).returning();
    return userActor(u!);
  };
  const entries = (who: UserActor) => t.db.select().from(notifications).where(eq(notifications.userId, who.userId));
  const newItem = async (title: string, extra: Record<string, unknown> = {}) => createItem(t.db, lead, { title, projectId, ...extra }) as Promise<{ id: string; version: number; key: string }>;

  beforeAll(async () => {
    t = await createTestDb();
    lead = await person("lee@test", "Lee Lead", "lead");
    eve = await person("eve@test", "Eve Engineer", "engineer");
    sam = await person("sam@test", "Sam Smith", "engineer");
    vic = await person("vic@test", "Vic Viewer", "viewer");
    const [p] = await t.db.insert(projects).values({ slug: "platform", name: "Platform" }).returning();
    projectId = p!.id;
  });
  afterAll(() => t.drop());
  beforeEach(async () => {
    await t.db.delete(notifications);
    await t.db.delete(watches);
    await t.db.delete(notificationPrefs);
  });

  it("an assignment tells the new assignee once, and nobody else", async () => {
    const item = await newItem("Add tracing");
    await updateItem(t.db, lead, { id: item.id, version: item.version, changes: { assigneeId: eve.userId, priority: "P0" } });
    const got = await entries(eve);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ kind: "assigned", subjectId: item.id, actorLabel: "Lee Lead" });
    for (const other of [lead, sam, vic]) expect(await entries(other)).toHaveLength(0);
    // The assignee now watches the item; the creator does too.
    const rows = await t.db.select().from(watches).where(eq(watches.subjectId, item.id));
    expect(rows.map((r) => [r.userId, r.reason]).sort()).toEqual([[eve.userId, "assigned"], [lead.userId, "created"]].sort());
  });

  it("a status change tells the owner and watchers, in words, but not the one who made it", async () => {
    const item = await newItem("Rotate keys", { assigneeId: eve.userId });
    await t.db.delete(notifications);
    await watch(t.db, vic.userId, { subjectType: "item", subjectId: item.id, watching: true });
    const [row] = await t.db.select({ version: (await import("@/db/schema")).backlogItems.version }).from((await import("@/db/schema")).backlogItems).where(eq((await import("@/db/schema")).backlogItems.id, item.id));
    await setItemStatus(t.db, eve, { id: item.id, version: row!.version, status: "in_progress" });
    expect(await entries(eve)).toHaveLength(0); // her own change
    const [entry] = await entries(vic);
    expect(entry).toMatchObject({ kind: "item_changed", actorLabel: "Eve Engineer" });
    const page = await inboxEntries(t.db, vic.userId, "UTC");
    expect(page.unread).toBe(1);
    expect(`${page.entries[0]!.actor} ${page.entries[0]!.text}`).toBe(`Eve Engineer moved ${item.key} to In progress`);
    expect(page.entries[0]!.href).toBe(`/backlog/platform/${item.key}`);
    expect(await entries(sam)).toHaveLength(0);
  });

  it("a bulk edit of ten items is one entry per person", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) ids.push((await newItem(`Bulk ${i}`)).id);
    await watch(t.db, sam.userId, { subjectType: "project", subjectId: projectId, watching: true });
    await bulkUpdate(t.db, lead, { ids, changes: { priority: "P1" } });
    const got = await entries(sam);
    expect(got).toHaveLength(1);
    const page = await inboxEntries(t.db, sam.userId, "UTC");
    expect(page.entries[0]!.text).toBe("changed 10 items you watch");
    expect(page.entries[0]!.items).toHaveLength(10);
    // A second burst by the same person minutes later grows the same unread entry.
    await bulkUpdate(t.db, lead, { ids: ids.slice(0, 3), changes: { priority: "P2" } });
    expect(await entries(sam)).toHaveLength(1);
    // Once read, the next change is a new entry.
    await markRead(t.db, sam.userId, { all: true });
    expect(await unreadCount(t.db, sam.userId)).toBe(0);
    await bulkUpdate(t.db, lead, { ids: ids.slice(0, 1), changes: { priority: "P3" } });
    expect(await entries(sam)).toHaveLength(2);
    expect(await unreadCount(t.db, sam.userId)).toBe(1);
  });

  it("a mention in a comment tells the mentioned person once; the other followers hear of the comment", async () => {
    const item = await newItem("Fix the cache", { assigneeId: sam.userId });
    await t.db.delete(notifications);
    await addComment(t.db, lead, { itemId: item.id, body: "@Eve Engineer can you pair with Sam? `@Vic Viewer` is code, not a mention" });
    const eveGot = await entries(eve);
    expect(eveGot.map((e) => e.kind)).toEqual(["mentioned"]);
    expect((await entries(sam)).map((e) => e.kind)).toEqual(["commented"]);
    expect(await entries(vic)).toHaveLength(0);
    expect(await entries(lead)).toHaveLength(0);
    const page = await inboxEntries(t.db, eve.userId, "UTC");
    expect(page.entries[0]!.text).toBe(`mentioned you in a comment on ${item.key}`);
    expect(page.entries[0]!.excerpt).toContain("can you pair with Sam");
  });

  it("an edited comment tells only the people it newly mentions", async () => {
    const item = await newItem("Tune alerts");
    const { id } = (await addComment(t.db, lead, { itemId: item.id, body: "cc @eve" })) as { id: string; createdAt: string };
    expect((await entries(eve)).map((e) => e.kind)).toEqual(["mentioned"]);
    const { comments } = await import("@/db/schema");
    const [c] = await t.db.select().from(comments).where(eq(comments.id, id));
    await editComment(t.db, lead, { commentId: id, body: "cc @eve and @Vic Viewer", updatedAt: c!.updatedAt.toISOString() });
    expect(await entries(eve)).toHaveLength(1);
    expect((await entries(vic)).map((e) => e.kind)).toEqual(["mentioned"]);
  });

  it("a kind turned off in the app is not written; other kinds still are", async () => {
    await t.db.insert(notificationPrefs).values({ userId: eve.userId, kind: "assigned", inApp: false, email: "off" });
    const item = await newItem("Quiet one");
    await updateItem(t.db, lead, { id: item.id, version: item.version, changes: { assigneeId: eve.userId } });
    expect(await entries(eve)).toHaveLength(0);
    await addComment(t.db, lead, { itemId: item.id, body: "hello @Eve Engineer" });
    expect((await entries(eve)).map((e) => e.kind)).toEqual(["mentioned"]);
  });

  it("someone who unwatched an item is not re-subscribed by being assigned again, and hears nothing of changes", async () => {
    const item = await newItem("Unwatch me", { assigneeId: eve.userId });
    await watch(t.db, eve.userId, { subjectType: "item", subjectId: item.id, watching: false });
    const [w] = await t.db.select().from(watches).where(and(eq(watches.userId, eve.userId), eq(watches.subjectId, item.id)));
    expect(w!.watching).toBe(false);
    await t.db.delete(notifications);
    const current = await updateItem(t.db, lead, { id: item.id, version: 1, changes: { priority: "P2" } });
    expect(current).toBeTruthy();
    expect(await entries(eve)).toHaveLength(0);
  });

  it("a former assignee who unwatched the item hears nothing of its reassignment", async () => {
    const item = await newItem("Hand over", { assigneeId: eve.userId });
    await watch(t.db, eve.userId, { subjectType: "item", subjectId: item.id, watching: false });
    await t.db.delete(notifications);
    await updateItem(t.db, lead, { id: item.id, version: 1, changes: { assigneeId: sam.userId } });
    expect(await entries(eve)).toHaveLength(0);
    expect((await entries(sam)).map((e) => e.kind)).toEqual(["assigned"]);
  });

  it("a deleted comment's words leave the entries that quoted it; an edited one's are re-quoted", async () => {
    const item = await newItem("Secrets", { assigneeId: sam.userId });
    const { id } = (await addComment(t.db, lead, { itemId: item.id, body: "password is hunter2 @Eve Engineer" })) as { id: string };
    const quoted = async () =>
      (await t.db.select().from(notifications).where(eq(notifications.subjectId, item.id)))
        .map((n) => n.detail as { excerpt?: string; commentId?: string })
        .filter((d) => d.commentId === id)
        .map((d) => d.excerpt ?? null);
    expect(await quoted()).toHaveLength(2); // Eve's mention, Sam's comment
    expect((await quoted()).every((e) => e?.includes("hunter2"))).toBe(true);
    const { comments } = await import("@/db/schema");
    const [c] = await t.db.select().from(comments).where(eq(comments.id, id));
    await editComment(t.db, lead, { commentId: id, body: "see the vault @Eve Engineer", updatedAt: c!.updatedAt.toISOString() });
    expect((await quoted()).every((e) => e === "see the vault @Eve Engineer")).toBe(true);
    await deleteComment(t.db, lead, { commentId: id });
    expect((await quoted()).every((e) => e === null)).toBe(true);
  });

  it("announces inbox news only with the ids of the people told", async () => {
    const received: ChangeEvent[] = [];
    const stop = await t.listen(CHANNEL, (payload) => received.push(JSON.parse(payload)));
    const item = await newItem("Announce");
    await updateItem(t.db, lead, { id: item.id, version: item.version, changes: { assigneeId: vic.userId } });
    await new Promise((r) => setTimeout(r, 300));
    await stop();
    const inbox = received.filter((e) => e.type === "inbox");
    expect(inbox).toEqual([{ type: "inbox", userIds: [vic.userId], by: lead.userId }]);
  });

  it("two writes of one burst at the same moment make one entry, not two", async () => {
    const item = await newItem("Burst", { assigneeId: eve.userId });
    await t.db.delete(notifications);
    const tell = () => ({ userId: eve.userId, kind: "item_changed" as const, subjectType: "item" as const, subjectId: item.id, detail: { items: [{ id: item.id, key: item.key, title: "Burst", project: "platform" }] } });
    // The first writer holds its transaction open while the second delivers the same burst: on
    // PostgreSQL the second must wait for the first and then grow its entry (the embedded database
    // runs the two in turn, so there this is the sequential case).
    let opened!: () => void;
    const firstOpen = new Promise<void>((r) => (opened = r));
    const first = t.db.transaction(async (tx) => {
      await deliver(tx, lead, [tell()]);
      opened();
      await new Promise((r) => setTimeout(r, 300));
    });
    await firstOpen;
    const second = t.db.transaction((tx) => deliver(tx, lead, [tell()]));
    await Promise.all([first, second]);
    const got = await entries(eve);
    expect(got).toHaveLength(1);
    expect(got[0]!.count).toBe(2);
  });

  it("a rolled-back change tells nobody", async () => {
    const item = await newItem("Rollback");
    const stale = await updateItem(t.db, lead, { id: item.id, version: item.version + 5, changes: { assigneeId: eve.userId } }).catch((e: unknown) => e);
    expect(stale).toBeTruthy();
    expect(await entries(eve)).toHaveLength(0);
  });
});
