import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { projects, users } from "@/db/schema";
import { mailOutbox, notificationPrefs, notificationSettings, notifications } from "@/db/schema-notifications";
import { createItem, updateItem } from "@/lib/backlog/service";
import { userActor, type UserActor } from "@/lib/domain/actors";
import { resetEnvForTests } from "@/lib/env";
import { createTestDb } from "@/test/db";
import { startSmtp } from "@/test/smtp";
import { drainOnce } from "./drain";
import { claimDue, renewLease } from "./outbox-service";
import { unsubscribe } from "@/lib/inbox/service";
import { smtpSender } from "./transport";
import { verifyUnsubscribe } from "./unsubscribe";

// The e-mail path end to end: a change queues a message in its own transaction, a worker sends it
// to a local SMTP server (started here, on loopback) exactly once, also when a worker died holding
// it or two workers drain at once; a refused send is retried later.

const APP = "https://backlog.example.test";

describe("e-mail notifications", () => {
  let t: Awaited<ReturnType<typeof createTestDb>>;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let lead: UserActor, eve: UserActor;
  let projectId: string;
  const saved = { ...process.env };
  const later = (ms: number) => new Date(Date.now() + ms);

  const assign = async (title: string, to: UserActor) => {
    const item = (await createItem(t.db, lead, { title, projectId })) as { id: string; version: number; key: string };
    await updateItem(t.db, lead, { id: item.id, version: item.version, changes: { assigneeId: to.userId } });
    return item;
  };

  beforeAll(async () => {
    smtp = await startSmtp();
    Object.assign(process.env, { SMTP_URL: smtp.url, MAIL_FROM: "Health Backlog <backlog@example.test>", APP_URL: APP, AUTH_SECRET: "x".repeat(40) });
    resetEnvForTests();
    t = await createTestDb();
    const person = async (email: string, name: string, role: "engineer" | "lead") => userActor((await t.db.insert(users).values({ email, name, role, passwordHash: "x" }).returning())[0]!);
    lead = await person("lee@test", "Lee Lead", "lead");
    eve = await person("eve@test", "Eve Engineer", "engineer");
    projectId = (await t.db.insert(projects).values({ slug: "platform", name: "Platform" }).returning())[0]!.id;
  });
  afterAll(async () => {
    await t.drop();
    await smtp.close();
    process.env = saved;
    resetEnvForTests();
  });
  beforeEach(async () => {
    await t.db.delete(mailOutbox);
    await t.db.delete(notifications);
    await t.db.delete(notificationSettings);
    smtp.received.length = 0;
  });

  it("an assignment is e-mailed once, after the burst settles, with a signed one-click unsubscribe", async () => {
    const item = await assign("Add tracing", eve);
    const send = smtpSender();
    // Not yet: it waits a minute for the rest of a burst.
    expect((await drainOnce(t.db, send, APP)).claimed).toBe(0);
    expect(await drainOnce(t.db, send, APP, { now: later(90_000) })).toMatchObject({ sent: 1 });
    expect(await drainOnce(t.db, send, APP, { now: later(90_000) })).toMatchObject({ claimed: 0 });
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail!.to).toEqual(["eve@test"]);
    expect(mail!.subject).toBe(`Lee Lead assigned you ${item.key}`);
    // The bodies are quoted-printable: undo the soft line breaks and escapes before reading them.
    const body = Buffer.from(mail!.raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))), "latin1").toString("utf8");
    expect(body).toContain(`${APP}/backlog/platform/${item.key}`);
    expect(body).toContain("Stop e-mails about “Assigned to you”");
    expect(mail!.raw).toMatch(/List-Unsubscribe-Post: List-Unsubscribe=One-Click/);
    const link = /List-Unsubscribe:\s*<([^>]+)>/.exec(mail!.raw)![1]!;
    const url = new URL(link);
    expect(url.searchParams.get("k")).toBe("assigned");
    expect(verifyUnsubscribe(url.searchParams.get("u")!, "assigned", url.searchParams.get("t")!)).toBe(true);
    expect(verifyUnsubscribe(lead.userId, "assigned", url.searchParams.get("t")!)).toBe(false);
  });

  it("is sent once even when a worker died holding it (an app restart mid-queue)", async () => {
    await assign("Crash test", eve);
    // A worker claims it and dies before sending: the lease keeps others off until it runs out.
    expect(await claimDue(t.db, 20, 120_000, later(90_000))).toHaveLength(1);
    const send = smtpSender();
    expect((await drainOnce(t.db, send, APP, { now: later(100_000) })).claimed).toBe(0);
    expect(await drainOnce(t.db, send, APP, { now: later(90_000 + 121_000) })).toMatchObject({ sent: 1 });
    expect(await drainOnce(t.db, send, APP, { now: later(90_000 + 400_000) })).toMatchObject({ claimed: 0 });
    expect(smtp.received).toHaveLength(1);
  });

  it("two workers draining at once never send the same message twice", async () => {
    for (let i = 0; i < 12; i++) await assign(`Parallel ${i}`, eve);
    const send = smtpSender();
    const now = later(90_000);
    const runs = await Promise.all([drainOnce(t.db, send, APP, { now, limit: 5 }), drainOnce(t.db, send, APP, { now, limit: 5 }), drainOnce(t.db, send, APP, { now, limit: 5 })]);
    let more = 0;
    for (let r = await drainOnce(t.db, send, APP, { now }); r.claimed; r = await drainOnce(t.db, send, APP, { now })) more += r.sent;
    expect(runs.reduce((n, r) => n + r.sent, 0) + more).toBe(smtp.received.length);
    // The twelve assignments by one person within minutes are one burst: one entry, one message.
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.subject).toBe("Lee Lead assigned you 12 items");
    expect(new Set(smtp.received.map((m) => m.messageId)).size).toBe(smtp.received.length);
  });

  it("is not sent when the kind was unsubscribed after it was queued", async () => {
    await assign("Changed my mind", eve);
    await unsubscribe(t.db, eve.userId, "assigned");
    expect(await drainOnce(t.db, smtpSender(), APP, { now: later(90_000) })).toMatchObject({ sent: 0, skipped: 1 });
    expect(smtp.received).toHaveLength(0);
    await t.db.delete(notificationPrefs);
  });

  it("a worker whose lease ran out does not send what another worker now holds", async () => {
    await assign("Slow server", eve);
    const [mine] = await claimDue(t.db, 20, 1_000, later(90_000));
    const [theirs] = await claimDue(t.db, 20, 120_000, later(92_000));
    expect(theirs!.id).toBe(mine!.id);
    expect(await renewLease(t.db, mine!, 120_000, later(92_500))).toBe(false);
    expect(await renewLease(t.db, theirs!, 120_000, later(92_500))).toBe(true);
  });

  it("reads quiet hours in the zone they were set in when the account names none", async () => {
    // Quiet for the next two hours in Auckland (13 hours from UTC in December: never the same hour in UTC).
    const hour = Number(new Intl.DateTimeFormat("en-GB", { timeZone: "Pacific/Auckland", hour: "2-digit", hourCycle: "h23" }).format(new Date()));
    await t.db.insert(notificationSettings).values({ userId: eve.userId, quietStart: hour, quietEnd: (hour + 2) % 24, timeZone: "Pacific/Auckland" });
    await assign("Down under", eve);
    const [row] = await t.db.select().from(mailOutbox).where(eq(mailOutbox.userId, eve.userId));
    expect(row!.notBefore.getTime()).toBeGreaterThan(Date.now() + 30 * 60_000);
  });

  it("holds a message through the recipient's quiet hours", async () => {
    const hour = new Date().getUTCHours();
    await t.db.insert(notificationSettings).values({ userId: eve.userId, quietStart: hour, quietEnd: (hour + 2) % 24 });
    await assign("Night work", eve);
    const [row] = await t.db.select().from(mailOutbox).where(eq(mailOutbox.userId, eve.userId));
    expect(row!.notBefore.getTime()).toBeGreaterThan(Date.now() + 3600_000);
  });

  it("retries a refused send later, and gives up on a message whose entry is gone", async () => {
    await assign("Flaky", eve);
    const refusing = async () => {
      throw new Error("451 try again later");
    };
    expect(await drainOnce(t.db, refusing, APP, { now: later(90_000) })).toMatchObject({ failed: 1 });
    const [row] = await t.db.select().from(mailOutbox);
    expect(row!.attempts).toBe(1);
    expect(row!.lastError).toContain("451");
    expect(row!.notBefore.getTime()).toBeGreaterThan(later(90_000 + 50_000).getTime());
    // The entry is deleted (its account, say): the message closes without being sent.
    await t.db.delete(notifications);
    expect(await t.db.select().from(mailOutbox)).toHaveLength(0);
  });
});
