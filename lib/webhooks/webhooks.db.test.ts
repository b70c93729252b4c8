import http from "node:http";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { metrics, projects, users } from "@/db/schema";
import { notifications } from "@/db/schema-notifications";
import { webhookAttempts, webhookEndpoints, webhookOutbox } from "@/db/schema-webhooks";
import { addComment } from "@/lib/backlog/comment-service";
import { createItem, setItemStatus, updateItem } from "@/lib/backlog/service";
import { importDocument } from "@/lib/importer/service";
import { recordPoints } from "@/lib/metrics/service";
import { runReminderPass } from "@/lib/reminders/service";
import { userActor } from "@/lib/domain/actors";
import { entryWords } from "@/lib/inbox/entry-text";
import { createTestDb } from "@/test/db";
import { drainWebhooksOnce } from "./drain";
import { expectDocumented } from "./payload-schemas.testing";
import { queueWebhookEvent } from "./outbox-service";
import { SIGNATURE_HEADER, verifySignature } from "./signature";

// The outbox against a real receiver on loopback (allowed by name, as an admin would allow an
// internal host): signed delivery, retries, rollback, two workers, an endpoint failing for a day.

type Received = { body: string; headers: http.IncomingHttpHeaders; path: string };

describe("webhook outbox", () => {
  let t: Awaited<ReturnType<typeof createTestDb>>;
  let server: http.Server;
  let base: string;
  let received: Received[] = [];
  /** Answers per path: a queue of statuses, then 200. */
  const answers = new Map<string, number[]>();
  const allowHosts = ["127.0.0.1"];

  const endpoint = async (path: string, events: string[], extra: Partial<typeof webhookEndpoints.$inferInsert> = {}) =>
    (await t.db.insert(webhookEndpoints).values({ url: `${base}${path}`, events: events as never, secret: `secret-${path}`, ...extra }).returning())[0]!;
  const minutesLater = (from: Date, m: number) => new Date(from.getTime() + m * 60_000);

  beforeAll(async () => {
    t = await createTestDb();
    server = http.createServer((req, res) => {
      let body = "";
      req.on("data", (c: Buffer) => (body += c.toString()));
      req.on("end", () => {
        received.push({ body, headers: req.headers, path: req.url ?? "" });
        const queue = answers.get(req.url ?? "");
        const status = queue?.shift() ?? 200;
        res.writeHead(status).end(status === 200 ? "ok" : "nope");
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((r) => server.close(() => r()));
    await t.drop();
  });
  beforeEach(async () => {
    await t.db.delete(webhookEndpoints);
    received = [];
    answers.clear();
  });

  it("queues an event only for the enabled endpoints that want it, and delivers it signed", async () => {
    const wants = await endpoint("/a", ["item.status_changed", "item.created"]);
    await endpoint("/b", ["comment.created"]);
    await endpoint("/c", ["item.status_changed"], { enabled: false });
    expect(await queueWebhookEvent(t.db, "item.status_changed", { item: { key: "P0-006", title: "Add tracing" }, from: "not_started", to: "in_progress" })).toBe(1);

    expect(await drainWebhooksOnce(t.db, { allowHosts })).toMatchObject({ claimed: 1, delivered: 1 });
    expect(received).toHaveLength(1);
    const [got] = received;
    expect(got!.path).toBe("/a");
    const header = got!.headers[SIGNATURE_HEADER.toLowerCase()] as string;
    expect(verifySignature(wants.secret, header, got!.body).ok).toBe(true);
    const body = JSON.parse(got!.body);
    expect(body).toMatchObject({ type: "item.status_changed", data: { item: { key: "P0-006" }, to: "in_progress" } });
    expect(got!.headers["x-health-backlog-delivery"]).toBe(body.id);
    // Nothing more to do.
    expect(await drainWebhooksOnce(t.db, { allowHosts })).toMatchObject({ claimed: 0 });
  });

  it("a receiver answering 500 twice gets the event on the third try, with the same delivery id", async () => {
    await endpoint("/flaky", ["item.created"]);
    answers.set("/flaky", [500, 500]);
    await queueWebhookEvent(t.db, "item.created", { item: { key: "T-1" } });
    let now = new Date();
    expect(await drainWebhooksOnce(t.db, { allowHosts, now })).toMatchObject({ claimed: 1, failed: 1 });
    // Not due again until the back-off has passed.
    expect(await drainWebhooksOnce(t.db, { allowHosts, now: minutesLater(now, 0.1) })).toMatchObject({ claimed: 0 });
    now = minutesLater(now, 1);
    expect(await drainWebhooksOnce(t.db, { allowHosts, now })).toMatchObject({ claimed: 1, failed: 1 });
    now = minutesLater(now, 2);
    expect(await drainWebhooksOnce(t.db, { allowHosts, now })).toMatchObject({ claimed: 1, delivered: 1 });
    expect(received.map((r) => r.headers["x-health-backlog-delivery"])).toEqual(Array(3).fill(received[0]!.headers["x-health-backlog-delivery"]));
    const attempts = await t.db.select().from(webhookAttempts);
    expect(attempts.map((a) => a.status).sort()).toEqual([200, 500, 500]);
    expect(attempts.every((a) => a.durationMs >= 0)).toBe(true);
    // The success ended the endpoint's failing streak.
    expect((await t.db.select().from(webhookEndpoints))[0]!.failingSince).toBeNull();
  });

  it("a rolled-back change queues nothing", async () => {
    await endpoint("/a", ["item.created"]);
    await t.db
      .transaction(async (tx) => {
        await queueWebhookEvent(tx, "item.created", { item: { key: "T-2" } });
        throw new Error("the change failed");
      })
      .catch(() => undefined);
    expect(await t.db.select().from(webhookOutbox)).toHaveLength(0);
    expect(await drainWebhooksOnce(t.db, { allowHosts })).toMatchObject({ claimed: 0 });
  });

  it("two workers draining at once never deliver one event twice", async () => {
    await endpoint("/many", ["item.created"]);
    for (let i = 0; i < 60; i++) await queueWebhookEvent(t.db, "item.created", { item: { key: `T-${i}` } });
    const worker = async () => {
      while ((await drainWebhooksOnce(t.db, { allowHosts, limit: 7 })).claimed) {
        // keep going until the queue is empty
      }
    };
    await Promise.all([worker(), worker()]);
    const ids = received.map((r) => r.headers["x-health-backlog-delivery"]);
    expect(ids).toHaveLength(60);
    expect(new Set(ids).size).toBe(60);
  });

  it("an endpoint failing for a day is switched off, its queue closed and every administrator told once", async () => {
    const [ada, eve] = await t.db
      .insert(users)
      .values([
        { email: "ada-admin@test", name: "Ada", role: "admin", passwordHash: "x" },
        { email: "eve-engineer@test", name: "Eve", role: "engineer", passwordHash: "x" },
      ])
      .returning();
    const e = await endpoint("/down", ["item.created"]);
    answers.set("/down", Array(100).fill(503));
    await queueWebhookEvent(t.db, "item.created", { item: { key: "T-3" } });
    const start = new Date();
    await drainWebhooksOnce(t.db, { allowHosts, now: start });
    // Drain every hour for a day and a bit.
    for (let h = 1; h <= 26; h++) await drainWebhooksOnce(t.db, { allowHosts, now: minutesLater(start, h * 60) });
    const [after] = await t.db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, e.id));
    expect(after!.enabled).toBe(false);
    expect(after!.disabledReason).toMatch(/failing since/);
    const [row] = await t.db.select().from(webhookOutbox);
    expect(row!.abandonedAt).not.toBeNull();
    expect(row!.deliveredAt).toBeNull();
    // Disabled: new events are not queued for it.
    expect(await queueWebhookEvent(t.db, "item.created", { item: { key: "T-4" } })).toBe(0);
    const told = await t.db.select().from(notifications).where(eq(notifications.kind, "webhook_disabled"));
    expect(told.map((n) => n.userId)).toEqual([ada!.id]);
    expect(told[0]).toMatchObject({ subjectType: "webhook", subjectId: e.id });
    const words = entryWords({ kind: "webhook_disabled", actorLabel: "", detail: told[0]!.detail, subjectType: "webhook" }, "UTC");
    expect(words.text).toMatch(/^The webhook to http:\/\/127\.0\.0\.1:\d+\/down was switched off after failing since /);
    expect(words.href).toBe(`/admin/webhooks/${e.id}`);
    expect(eve).toBeDefined();
  });

  it("the item writer's changes reach a receiver: created, updated with previous values, status changed; a refused write sends nothing", async () => {
    const e = await endpoint("/items", ["item.created", "item.updated", "item.status_changed"]);
    const [u] = await t.db.insert(users).values({ email: `lee-${Date.now()}@test`, name: "Lee Lead", role: "lead", passwordHash: "x" }).returning();
    const lead = userActor(u!);
    const [p] = await t.db.insert(projects).values({ slug: `hooks-${Date.now()}`, name: "Hooks" }).returning();
    const item = (await createItem(t.db, lead, { title: "Add tracing", projectId: p!.id, priority: "P2" })) as { id: string; version: number; key: string };
    const moved = (await setItemStatus(t.db, lead, { id: item.id, version: item.version, status: "in_progress" })) as { version: number };
    await updateItem(t.db, lead, { id: item.id, version: moved.version, changes: { priority: "P0", title: "Add tracing everywhere" } });
    // A stale write is refused and rolled back: nothing queued for it.
    await updateItem(t.db, lead, { id: item.id, version: 1, changes: { priority: "P3" } }).catch(() => undefined);

    while ((await drainWebhooksOnce(t.db, { allowHosts })).claimed) {
      // deliver everything queued
    }
    const bodies = received.map((r) => JSON.parse(r.body));
    for (const r of received) expect(verifySignature(e.secret, r.headers[SIGNATURE_HEADER.toLowerCase()] as string, r.body).ok).toBe(true);
    expect(bodies.map((b) => b.type).sort()).toEqual(["item.created", "item.status_changed", "item.updated", "item.updated"]);
    const status = bodies.find((b) => b.type === "item.status_changed");
    expect(status.data).toMatchObject({ from: "not_started", to: "in_progress", item: { key: item.key, project: p!.slug }, actor: { type: "user", name: "Lee Lead" } });
    const edit = bodies.find((b) => b.type === "item.updated" && b.data.changes.priority);
    expect(edit.data.changes).toEqual({ priority: { from: "P2", to: "P0" }, title: { from: "Add tracing", to: "Add tracing everywhere" } });
    expect(bodies.some((b) => JSON.stringify(b).includes("P3"))).toBe(false);
    // Every body matches the payload documented for its type (payload-schemas.ts), strictly.
    expectDocumented(received.map((r) => r.body));
  });

  it("comments, imports, metric crossings and overdue items are heard too, each by the endpoints that want it", async () => {
    await endpoint("/others", ["comment.created", "import.completed", "metric.threshold_crossed", "item.overdue"]);
    await endpoint("/items-only", ["item.created"]);
    const [u] = await t.db.insert(users).values({ email: `ann-${Date.now()}@test`, name: "Ann Admin", role: "admin", passwordHash: "x" }).returning();
    const admin = userActor(u!);
    const slug = `other-${Date.now()}`;
    const imported = await importDocument(t.db, admin, { bytes: Buffer.from("# Plan\n\n- [ ] One\n- [ ] Two\n"), fileName: "plan.md", projectSlug: slug, dryRun: false });
    expect(imported.ok).toBe(true);
    const [p] = await t.db.select().from(projects).where(eq(projects.slug, slug));
    const late = (await createItem(t.db, admin, { title: "Late", projectId: p!.id, dueAt: new Date(Date.now() - 3_600_000), dueOverrideReason: "agreed" })) as { id: string };
    await addComment(t.db, admin, { itemId: late.id, body: "Looking at it" });
    const [m] = await t.db.insert(metrics).values({ key: `build_minutes_${Date.now()}`, name: "Build time", unit: "min", direction: "lower_is_better", target: 10, warningThreshold: 15, criticalThreshold: 20 }).returning();
    await recordPoints(t.db, admin, m!, [{ value: 9 }], "ci");
    await recordPoints(t.db, admin, m!, [{ value: 25 }], "ci");
    await runReminderPass(t.db);
    await runReminderPass(t.db); // once per transition

    while ((await drainWebhooksOnce(t.db, { allowHosts })).claimed) {
      // deliver everything queued
    }
    const at = (path: string) => received.filter((r) => r.path === path).map((r) => JSON.parse(r.body));
    const others = at("/others");
    expect(others.map((b) => b.type).sort()).toEqual(["comment.created", "import.completed", "item.overdue", "metric.threshold_crossed"]);
    expect(others.find((b) => b.type === "comment.created").data).toMatchObject({ comment: { body: "Looking at it" }, item: { title: "Late", project: slug } });
    expect(others.find((b) => b.type === "import.completed").data).toMatchObject({ import: { fileName: "plan.md", created: 2 }, project: { slug } });
    expect(others.find((b) => b.type === "metric.threshold_crossed").data).toMatchObject({ from: "ok", to: "critical", value: 25 });
    expect(others.find((b) => b.type === "item.overdue").data).toMatchObject({ item: { title: "Late" } });
    // The other endpoint heard only of the three items created (two imported, one by hand).
    expect(at("/items-only").map((b) => b.type)).toEqual(["item.created", "item.created", "item.created"]);
    // Every body matches the payload documented for its type (payload-schemas.ts), strictly.
    expectDocumented(received.map((r) => r.body));
  });
});
