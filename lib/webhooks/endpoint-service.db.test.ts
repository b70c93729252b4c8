import http from "node:http";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, users } from "@/db/schema";
import { webhookEndpoints, webhookOutbox } from "@/db/schema-webhooks";
import { userActor, type UserActor } from "@/lib/domain/actors";
import { resetEnvForTests } from "@/lib/env";
import { ActionFailure } from "@/lib/result";
import { createTestDb } from "@/test/db";
import { drainWebhooksOnce } from "./drain";
import { expectDocumented } from "./payload-schemas.testing";
import { DELIVERY_PAGE, deliveryLog, getEndpoint, listEndpoints } from "./endpoint-queries";
import { createEndpoint, deleteEndpoint, MAX_ENDPOINTS, redeliver, sendTestEvent, updateEndpoint } from "./endpoint-service";
import { queueWebhookEvent } from "./outbox-service";
import { SIGNATURE_HEADER, verifySignature } from "./signature";

// An admin's endpoints, against a loopback receiver the environment allows.

describe("webhook endpoints", () => {
  let t: Awaited<ReturnType<typeof createTestDb>>;
  let admin: UserActor;
  let server: http.Server;
  let base: string;
  const received: { body: string; headers: http.IncomingHttpHeaders; path: string }[] = [];
  const saved = { ...process.env };
  const allowHosts = ["127.0.0.1"];
  const audit = async (id: string) => (await t.db.select().from(auditLog).where(eq(auditLog.entityId, id))).map((r) => r.action);
  const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => (e instanceof ActionFailure ? e.error : e));

  beforeAll(async () => {
    Object.assign(process.env, { WEBHOOK_ALLOWED_HOSTS: "127.0.0.1" });
    resetEnvForTests();
    t = await createTestDb();
    admin = userActor((await t.db.insert(users).values({ email: "ada@test", name: "Ada Admin", role: "admin", passwordHash: "x" }).returning())[0]!);
    server = http.createServer((req, res) => {
      let body = "";
      req.on("data", (c: Buffer) => (body += c.toString()));
      req.on("end", () => {
        received.push({ body, headers: req.headers, path: req.url ?? "" });
        res.end("ok");
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((r) => server.close(() => r()));
    await t.drop();
    process.env = saved;
    resetEnvForTests();
  });

  it("registers an endpoint with a secret shown once, and refuses an address no delivery may reach", async () => {
    const made = await createEndpoint(t.db, admin, { url: `${base}/hook`, description: "CI", format: "json", events: ["item.created"] });
    expect(made.secret).toMatch(/^whsec_[\w-]{32}$/);
    expect(await audit(made.id)).toEqual(["webhook.create"]);
    const [row] = await t.db.select().from(auditLog).where(eq(auditLog.entityId, made.id));
    expect(JSON.stringify(row)).not.toContain(made.secret);

    // A Slack-style address is its own credential: the audit row shows where it goes, not the token.
    const slack = await createEndpoint(t.db, admin, { url: `${base}/services/T0123ABCD/B0456EFGH/xoxbSecretTokenValue1234?channel=ops`, description: "", format: "slack", events: ["item.created"] });
    await sendTestEvent(t.db, admin, slack.id);
    const slackRows = await t.db.select().from(auditLog).where(eq(auditLog.entityId, slack.id));
    expect(slackRows).toHaveLength(2);
    expect(JSON.stringify(slackRows)).not.toMatch(/SecretTokenValue|0123ABCD|ops/);
    expect(slackRows[0]!.after).toMatchObject({ url: `${base}/services/T012…/B045…/xoxb…?channel=…` });
    await deleteEndpoint(t.db, admin, slack.id);

    const refused = await failure(createEndpoint(t.db, admin, { url: "http://169.254.169.254/latest", description: "", format: "json", events: ["item.created"] }));
    expect(refused).toMatchObject({ code: "invalid", fieldErrors: { url: [expect.stringMatching(/loopback, private/)] } });
  });

  it("sends a test event, signed, and delivers an earlier event again with the same id", async () => {
    const made = await createEndpoint(t.db, admin, { url: `${base}/test`, description: "", format: "json", events: ["comment.created"] });
    const test = await sendTestEvent(t.db, admin, made.id);
    await drainWebhooksOnce(t.db, { allowHosts });
    const ping = received.at(-1)!;
    expect(JSON.parse(ping.body)).toMatchObject({ id: test.eventId, type: "ping", data: { actor: { name: "Ada Admin" } } });
    expect(verifySignature(made.secret, ping.headers[SIGNATURE_HEADER.toLowerCase()] as string, ping.body).ok).toBe(true);

    const again = await redeliver(t.db, admin, test.deliveryId);
    // Still queued: a second redeliver is refused rather than doubled.
    expect(await failure(redeliver(t.db, admin, test.deliveryId))).toMatchObject({ code: "conflict" });
    await drainWebhooksOnce(t.db, { allowHosts });
    expect(received.at(-1)!.headers["x-health-backlog-delivery"]).toBe(test.eventId);
    expect(again.deliveryId).not.toBe(test.deliveryId);
    expect(await audit(made.id)).toEqual(["webhook.create", "webhook.test", "webhook.redeliver"]);
    // Every body matches the payload documented for its type (payload-schemas.ts), strictly.
    expectDocumented(received.map((r) => r.body));
  });

  it("switching an endpoint off closes its queue; back on, it starts afresh; a rotated secret signs from then on", async () => {
    const made = await createEndpoint(t.db, admin, { url: `${base}/toggle`, description: "", format: "json", events: ["item.created"] });
    await queueWebhookEvent(t.db, "item.created", { item: { key: "T-1" } });
    await updateEndpoint(t.db, admin, { id: made.id, enabled: false });
    const queued = await t.db.select().from(webhookOutbox).where(eq(webhookOutbox.endpointId, made.id));
    expect(queued.every((q) => q.abandonedAt !== null)).toBe(true);
    // Off, it still takes an admin's test event (how they check it before switching it back on), and nothing else.
    const seen = received.length;
    await queueWebhookEvent(t.db, "item.created", { item: { key: "T-9" } });
    const test = await sendTestEvent(t.db, admin, made.id);
    await drainWebhooksOnce(t.db, { allowHosts });
    expect(received.slice(seen).filter((r) => r.path === "/toggle").map((r) => r.headers["x-health-backlog-delivery"])).toEqual([test.eventId]);

    await t.db.update(webhookEndpoints).set({ failingSince: new Date(), disabledReason: "failing since …" }).where(eq(webhookEndpoints.id, made.id));
    const rotated = await updateEndpoint(t.db, admin, { id: made.id, enabled: true, rotateSecret: true, events: ["item.created", "item.overdue"] });
    const [row] = await t.db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, made.id));
    expect(row).toMatchObject({ enabled: true, failingSince: null, disabledReason: null, secret: rotated.secret });
    expect(rotated.secret).not.toBe(made.secret);
    // Nothing changed: no audit row.
    await updateEndpoint(t.db, admin, { id: made.id, enabled: true, events: ["item.overdue", "item.created"] });
    const rows = await t.db.select().from(auditLog).where(eq(auditLog.entityId, made.id));
    expect(rows.map((r) => r.action)).toEqual(["webhook.create", "webhook.update", "webhook.test", "webhook.update"]);
    expect(rows[3]!.after).toMatchObject({ enabled: true, events: ["item.created", "item.overdue"], secretRotated: true });
    expect(JSON.stringify(rows)).not.toContain(rotated.secret!);
  });

  it("deletes an endpoint with its queue, and says so for one already gone", async () => {
    const made = await createEndpoint(t.db, admin, { url: `${base}/bye`, description: "", format: "slack", events: ["item.created"] });
    await queueWebhookEvent(t.db, "item.created", { item: { key: "T-2" } });
    await deleteEndpoint(t.db, admin, made.id);
    expect(await t.db.select().from(webhookOutbox).where(eq(webhookOutbox.endpointId, made.id))).toEqual([]);
    expect(await failure(deleteEndpoint(t.db, admin, made.id))).toMatchObject({ code: "not_found" });
    expect(await audit(made.id)).toEqual(["webhook.create", "webhook.delete"]);
  });

  it("the admin pages read each endpoint's queue and latest attempt, and a delivery log with every attempt, never the secret", async () => {
    const made = await createEndpoint(t.db, admin, { url: `${base}/log`, description: "ops chat", format: "json", events: ["item.overdue"] });
    const test = await sendTestEvent(t.db, admin, made.id);
    await queueWebhookEvent(t.db, "item.overdue", { item: { key: "T-5" } });
    let summary = await getEndpoint(t.db, made.id);
    expect(summary).toMatchObject({ url: `${base}/log`, description: "ops chat", queued: 2, last: null, createdByName: "Ada Admin" });
    expect(JSON.stringify(summary)).not.toContain(made.secret);
    await drainWebhooksOnce(t.db, { allowHosts });
    summary = (await listEndpoints(t.db)).find((e) => e.id === made.id)!;
    expect(summary).toMatchObject({ queued: 0, last: { status: 200, ok: true } });

    const log = await deliveryLog(t.db, made.id);
    expect(log.rows.map((r) => [r.eventType, r.state, r.attempts.length])).toEqual([
      ["item.overdue", "delivered", 1],
      ["ping", "delivered", 1],
    ]);
    expect(log.rows[1]).toMatchObject({ id: test.deliveryId, eventId: test.eventId, attempts: [{ status: 200, excerpt: "ok" }] });
    expect(log.next).toBeNull();
    // Pages of fifty, latest first, each page older than the last.
    await t.db.insert(webhookOutbox).values(Array.from({ length: DELIVERY_PAGE + 5 }, (_, i) => ({ endpointId: made.id, eventType: "item.overdue", payload: { n: i } })));
    const first = await deliveryLog(t.db, made.id);
    expect(first.rows).toHaveLength(DELIVERY_PAGE);
    expect(first.rows[0]!.state).toBe("queued");
    const second = await deliveryLog(t.db, made.id, first.next!);
    expect(second.rows).toHaveLength(7);
    expect(second.rows.at(-1)!.id).toBe(test.deliveryId);
  });

  it("registers at most MAX_ENDPOINTS webhooks, saying so", async () => {
    const existing = await listEndpoints(t.db);
    const room = MAX_ENDPOINTS - existing.length;
    for (let i = 0; i < room; i++) await createEndpoint(t.db, admin, { url: `${base}/many/${i}`, description: "", format: "json", events: ["item.created"] });
    expect(await failure(createEndpoint(t.db, admin, { url: `${base}/one-too-many`, description: "", format: "json", events: ["item.created"] }))).toMatchObject({
      code: "invalid",
      message: expect.stringMatching(/^At most 50 webhooks/),
    });
  });
});
