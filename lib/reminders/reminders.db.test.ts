import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { backlogItems, projects, runbooks, users } from "@/db/schema";
import { mailOutbox, notificationSettings, notifications, reminderMarks, watches } from "@/db/schema-notifications";
import { createItem, updateItem } from "@/lib/backlog/service";
import { userActor, type UserActor } from "@/lib/domain/actors";
import { resetEnvForTests } from "@/lib/env";
import { createTestDb, usingPostgres } from "@/test/db";
import { pruneNotifications } from "./retention-service";
import { runDigestPass, runReminderPass } from "./service";

// Reminders are raised once per transition (not on every pass, not by every instance), to the
// item's followers; a new due date is a new transition. Digests are queued once per window.

describe("the reminder pass", () => {
  let t: Awaited<ReturnType<typeof createTestDb>>;
  let lead: UserActor, eve: UserActor, sam: UserActor;
  let projectId: string;
  const saved = { ...process.env };
  const hoursFromNow = (h: number) => new Date(Date.now() + h * 3600_000);
  const entriesOf = (u: UserActor, kind?: string) =>
    t.db
      .select()
      .from(notifications)
      .where(kind ? and(eq(notifications.userId, u.userId), eq(notifications.kind, kind as "overdue")) : eq(notifications.userId, u.userId));
  const item = async (title: string, dueAt: Date, assignee: UserActor | null = eve) => {
    const created = (await createItem(t.db, lead, { title, projectId, assigneeId: assignee?.userId ?? null, dueAt, dueOverrideReason: "agreed with the customer" })) as { id: string };
    return created.id;
  };

  beforeAll(async () => {
    Object.assign(process.env, { SMTP_URL: "smtp://127.0.0.1:9", MAIL_FROM: "b@example.test", APP_URL: "https://b.example.test" });
    resetEnvForTests();
    t = await createTestDb();
    const person = async (email: string, name: string, role: "engineer" | "lead") => userActor((await t.db.insert(users).values({ email, name, role, passwordHash: "x" }).returning())[0]!);
    lead = await person("lee@test", "Lee Lead", "lead");
    eve = await person("eve@test", "Eve Engineer", "engineer");
    sam = await person("sam@test", "Sam Smith", "engineer");
    projectId = (await t.db.insert(projects).values({ slug: "core", name: "Core" }).returning())[0]!.id;
  });
  afterAll(async () => {
    await t.drop();
    process.env = saved;
    resetEnvForTests();
  });
  beforeEach(async () => {
    await t.db.delete(backlogItems);
    await t.db.delete(notifications);
    await t.db.delete(reminderMarks);
    await t.db.delete(watches);
    await t.db.delete(mailOutbox);
  });

  it("an overdue item tells its assignee and its project's watchers once, however many passes run", async () => {
    await t.db.insert(watches).values({ userId: sam.userId, subjectType: "project", subjectId: projectId, reason: "manual" });
    const id = await item("Past due", hoursFromNow(-2));
    await t.db.delete(notifications); // the assignment's own entry
    expect(await runReminderPass(t.db)).toMatchObject({ ran: true, overdue: 1 });
    expect(await runReminderPass(t.db)).toMatchObject({ ran: true, overdue: 0 });
    const [eveEntry] = await entriesOf(eve, "overdue");
    expect(eveEntry).toMatchObject({ subjectId: id, actorLabel: "Health Backlog" });
    expect(await entriesOf(sam, "overdue")).toHaveLength(1);
    // The lead created it, so watches it; nobody else follows it.
    expect(await entriesOf(lead, "overdue")).toHaveLength(1);
    expect(await t.db.select().from(notifications).where(eq(notifications.kind, "overdue"))).toHaveLength(3);
  });

  it("a new due date is a new transition; an on-track item says nothing", async () => {
    const id = await item("Moving target", hoursFromNow(-1));
    await item("Plenty of time", hoursFromNow(24 * 30));
    await runReminderPass(t.db);
    expect(await entriesOf(eve, "overdue")).toHaveLength(1);
    const [row] = await t.db.select().from(backlogItems).where(eq(backlogItems.id, id));
    await updateItem(t.db, lead, { id, version: row!.version, changes: { dueAt: hoursFromNow(-0.5), dueOverrideReason: "moved" } });
    await t.db.update(notifications).set({ readAt: new Date() }); // read: the next one is a new entry
    expect(await runReminderPass(t.db)).toMatchObject({ overdue: 1 });
    expect(await entriesOf(eve, "overdue")).toHaveLength(2);
  });

  it("an item close to its due date is at risk, once", async () => {
    // Due in an hour of a window opened long ago: well inside the last 20%.
    const id = await item("Nearly due", hoursFromNow(1));
    await t.db.update(backlogItems).set({ slaStartedAt: hoursFromNow(-100) }).where(eq(backlogItems.id, id));
    expect(await runReminderPass(t.db)).toMatchObject({ atRisk: 1, overdue: 0 });
    expect(await runReminderPass(t.db)).toMatchObject({ atRisk: 0 });
    expect(await entriesOf(eve, "at_risk")).toHaveLength(1);
  });

  it("two instances running the pass at once raise each reminder once", async () => {
    for (let i = 0; i < 5; i++) await item(`Late ${i}`, hoursFromNow(-3 - i));
    await t.db.delete(notifications);
    const runs = await Promise.all([runReminderPass(t.db), runReminderPass(t.db), runReminderPass(t.db)]);
    expect(runs.reduce((n, r) => n + r.overdue, 0)).toBe(5);
    // One burst entry for Eve listing the five.
    const entries = await entriesOf(eve, "overdue");
    expect(entries).toHaveLength(1);
    expect(entries[0]!.count).toBe(5);
    if (usingPostgres()) expect(runs.filter((r) => r.ran).length).toBeGreaterThanOrEqual(1);
  });

  it("a runbook due for review tells its owner once", async () => {
    const [rb] = await t.db
      .insert(runbooks)
      .values({ slug: "db-failover", title: "DB failover", ownerId: sam.userId, reviewIntervalDays: 30, lastReviewedAt: hoursFromNow(-24 * 40) })
      .returning();
    expect(await runReminderPass(t.db)).toMatchObject({ reviewDue: 1 });
    expect(await runReminderPass(t.db)).toMatchObject({ reviewDue: 0 });
    const [entry] = await entriesOf(sam, "review_due");
    expect(entry).toMatchObject({ subjectId: rb!.id });
  });

  it("queues a digest once its hour has passed, once per window, only when something arrived", async () => {
    await item("Digest me", hoursFromNow(-1));
    await runReminderPass(t.db); // overdue: e-mailed at once by default; at-risk and changes go to the digest
    await t.db.insert(notifications).values({ userId: eve.userId, kind: "item_changed", subjectType: "item", subjectId: "x", actorLabel: "Lee Lead", detail: {}, updatedAt: hoursFromNow(-1) });
    await t.db.insert(notificationSettings).values({ userId: eve.userId, digestHour: new Date().getUTCHours(), lastDigestAt: hoursFromNow(-23) }).onConflictDoNothing();
    expect(await runDigestPass(t.db)).toEqual({ queued: 1 });
    expect(await runDigestPass(t.db)).toEqual({ queued: 0 });
    const digests = await t.db.select().from(mailOutbox).where(and(eq(mailOutbox.userId, eve.userId), eq(mailOutbox.kind, "digest")));
    expect(digests).toHaveLength(1);
    expect((await t.db.select().from(mailOutbox).where(eq(mailOutbox.userId, sam.userId))).filter((m) => m.kind === "digest")).toHaveLength(0);
  });

  it("prunes read entries after 90 days, unread ones after a year, and sent or abandoned e-mail after 30 days", async () => {
    const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000);
    const entry = async (label: string, updated: Date, read: Date | null) =>
      (await t.db.insert(notifications).values({ userId: eve.userId, kind: "assigned", subjectType: "item", subjectId: label, actorLabel: "Lee Lead", detail: { items: [] }, burstKey: label, createdAt: updated, updatedAt: updated, readAt: read }).returning())[0]!.id;
    const keep = [await entry("read-recently", daysAgo(10), daysAgo(9)), await entry("unread-old", daysAgo(200), null)];
    const gone = [await entry("read-long-ago", daysAgo(120), daysAgo(100)), await entry("unread-ancient", daysAgo(400), null)];
    const mail = async (key: string, fields: Partial<typeof mailOutbox.$inferInsert>) =>
      (await t.db.insert(mailOutbox).values({ userId: eve.userId, kind: "entry", notificationId: keep[0], dedupeKey: key, notBefore: daysAgo(40), ...fields }).returning())[0]!.id;
    const mailKept = [await mail("pending", {}), await mail("sent-recently", { sentAt: daysAgo(3) })];
    const mailGone = [await mail("sent-long-ago", { sentAt: daysAgo(40) }), await mail("gave-up-long-ago", { failedAt: daysAgo(35) })];

    expect(await pruneNotifications(t.db)).toEqual({ entries: 2, mail: 2 });
    const left = (await t.db.select({ id: notifications.id }).from(notifications)).map((r) => r.id).sort();
    expect(left).toEqual([...keep].sort());
    const leftMail = (await t.db.select({ id: mailOutbox.id }).from(mailOutbox)).map((r) => r.id).sort();
    expect(leftMail).toEqual([...mailKept].sort());
    expect(gone.some((id) => left.includes(id)) || mailGone.some((id) => leftMail.includes(id))).toBe(false);
    // A second run finds nothing more.
    expect(await pruneNotifications(t.db)).toEqual({ entries: 0, mail: 0 });
  });
});
