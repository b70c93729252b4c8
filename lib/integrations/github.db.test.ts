import { readFileSync } from "node:fs";
import { join } from "node:path";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { setDbHandleForTests } from "@/db";
import { auditLog, backlogItems, projects, users } from "@/db/schema";
import { githubDeliveries, itemPullRequests } from "@/db/schema-integrations";
import { watches } from "@/db/schema-notifications";
import { webhookEndpoints, webhookOutbox } from "@/db/schema-webhooks";
import { insertItems } from "@/lib/backlog/writer/items";
import { systemActor, userActor, type UserActor } from "@/lib/domain/actors";
import { resetEnvForTests } from "@/lib/env";
import { inboxEntries } from "@/lib/inbox/queries";
import { createTestDb } from "@/test/db";
import { POST } from "@/app/api/v1/integrations/github/route";
import { githubSignature } from "./github-signature";
import { MAX_GITHUB_BODY } from "./github-webhook";

// POST /api/v1/integrations/github as GitHub calls it: recorded-shape payloads
// (test/fixtures/github), signed with a test secret, through the route wrapper, on PGlite or (with
// TEST_DATABASE_URL) PostgreSQL.

vi.mock("@/lib/auth/actor", () => ({ getActor: async () => null }));

const SECRET = "test-github-webhook-secret-0123456789";
const fixture = (name: string) => JSON.parse(readFileSync(join(process.cwd(), "test/fixtures/github", `${name}.json`), "utf8")) as Record<string, unknown>;
type PrFixture = { pull_request: { number: number; title: string; body: string | null; html_url: string; head: { ref: string }; updated_at: string } };

/** A pull_request fixture with its own number, title, body and branch. */
function pr(name: string, change: { number: number; title?: string; body?: string | null; branch?: string; updatedAt?: string }) {
  const payload = fixture(`pull_request.${name}`) as Record<string, unknown> & PrFixture;
  const p = payload.pull_request;
  p.number = change.number;
  payload.number = change.number;
  p.html_url = `https://github.com/acme/health-api/pull/${change.number}`;
  if (change.title !== undefined) p.title = change.title;
  p.body = change.body ?? null;
  p.head.ref = change.branch ?? "octocat/tidy";
  if (change.updatedAt) p.updated_at = change.updatedAt;
  return payload;
}

let deliveries = 0;
async function post(event: string, payload: unknown, options: { delivery?: string; signature?: string | null; body?: string; contentType?: string } = {}) {
  const body = options.body ?? JSON.stringify(payload);
  const headers: Record<string, string> = {
    "content-type": options.contentType ?? "application/json",
    "user-agent": "GitHub-Hookshot/5f4c0d2",
    "x-github-event": event,
    "x-github-delivery": options.delivery ?? `0b7d2a4c-d3a1-11ef-8f1a-${String(++deliveries).padStart(12, "0")}`,
    "x-github-hook-id": "481516234",
  };
  const signature = options.signature === undefined ? githubSignature(SECRET, body) : options.signature;
  if (signature !== null) headers["x-hub-signature-256"] = signature;
  const res = await POST(new Request("http://localhost/api/v1/integrations/github", { method: "POST", headers, body }), { params: Promise.resolve({}) });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

describe("POST /api/v1/integrations/github", () => {
  let t: Awaited<ReturnType<typeof createTestDb>>;
  let eve: UserActor, lee: UserActor;
  let healthId = "";
  let n = 100;

  const item = async (key: string, projectId = healthId, fields: { assigneeId?: string; status?: "not_started" | "in_progress" | "done" } = {}) => {
    const [made] = await t.db.transaction((tx) => insertItems(tx, systemActor("test"), [{ projectId, key, title: `Item ${key}`, ...fields }], { audit: "each" }));
    return made!.id;
  };
  const itemRow = async (id: string) => (await t.db.select().from(backlogItems).where(eq(backlogItems.id, id)))[0]!;
  const linksOf = async (id: string) => t.db.select({ repo: itemPullRequests.repo, number: itemPullRequests.number, state: itemPullRequests.state, closes: itemPullRequests.closes, title: itemPullRequests.title }).from(itemPullRequests).where(eq(itemPullRequests.itemId, id));
  const historyOf = async (id: string) =>
    (await t.db.select({ action: auditLog.action, actor: auditLog.actorLabel, after: auditLog.after }).from(auditLog).where(and(eq(auditLog.entityType, "item"), eq(auditLog.entityId, id))).orderBy(auditLog.id)).filter((h) => h.action !== "item.create");
  const texts = async (who: UserActor) => (await inboxEntries(t.db, who.userId, "UTC")).entries.map((e) => (e.actor ? `${e.actor} ${e.text}` : e.text));

  beforeAll(async () => {
    vi.stubEnv("GITHUB_WEBHOOK_SECRET", SECRET);
    resetEnvForTests();
    t = await createTestDb();
    setDbHandleForTests(t);
    const person = async (email: string, name: string, role: "engineer" | "lead") => userActor((await t.db.insert(users).values({ email, name, role, passwordHash: "x" }).returning())[0]!);
    eve = await person("eve@test", "Eve Engineer", "engineer");
    lee = await person("lee@test", "Lee Lead", "lead");
    healthId = (await t.db.insert(projects).values({ slug: "health-todos", name: "Health todos" }).returning())[0]!.id;
    // Lee watches the project (a lead who imported it), so hears of its items.
    await t.db.insert(watches).values({ userId: lee.userId, subjectType: "project", subjectId: healthId, reason: "imported" });
  });
  afterAll(async () => {
    setDbHandleForTests(undefined);
    vi.unstubAllEnvs();
    resetEnvForTests();
    await t.drop();
  });

  it("answers GitHub's ping", async () => {
    expect(await post("ping", fixture("ping"))).toEqual({ status: 200, json: { ok: true, pong: true } });
  });

  it("refuses a wrong, missing or malformed signature with 401, before reading the payload", async () => {
    const id = await item("P0-101", healthId);
    const payload = pr("opened", { number: ++n, title: "Start P0-101" });
    const wrong = await post("pull_request", payload, { signature: githubSignature("not-the-secret-at-all", JSON.stringify(payload)) });
    expect(wrong.status).toBe(401);
    expect(wrong.json).toEqual({ error: { code: "unauthenticated", message: "The delivery is not signed with this app's GITHUB_WEBHOOK_SECRET." } });
    expect((await post("pull_request", payload, { signature: null })).status).toBe(401);
    expect((await post("pull_request", payload, { signature: "sha1=0123" })).status).toBe(401);
    // A body that is not even JSON: still 401 when unsigned (the signature is checked first).
    expect((await post("pull_request", null, { body: "{not json", signature: "sha256=" + "0".repeat(64) })).status).toBe(401);
    expect((await itemRow(id)).status).toBe("not_started");
    expect(await linksOf(id)).toEqual([]);
  });

  it("opened: links the pull request and moves a not-started item to In progress, as github, through the item writer", async () => {
    const id = await item("P0-006", healthId, { assigneeId: eve.userId });
    const endpoint = (await t.db.insert(webhookEndpoints).values({ url: "https://hooks.example.com/x", events: ["item.status_changed"], secret: "whsec_test" }).returning())[0]!;
    const res = await post("pull_request", pr("opened", { number: 42, title: "Retry flaky deploys", body: "Fixes health-todos/P0-006", branch: "p0-006-retry-deploys" }));
    expect(res).toEqual({ status: 200, json: { ok: true, duplicate: false, linked: ["health-todos/P0-006"], moved: [{ item: "health-todos/P0-006", status: "in_progress" }], ignored: [], notified: 0 } });
    const row = await itemRow(id);
    expect(row).toMatchObject({ status: "in_progress", version: 2 });
    expect(row.startedAt).not.toBeNull();
    expect(await linksOf(id)).toEqual([{ repo: "acme/health-api", number: 42, state: "open", closes: true, title: "Retry flaky deploys" }]);
    expect(await historyOf(id)).toEqual([
      { action: "item.github", actor: "system:github", after: { repo: "acme/health-api", number: 42, url: "https://github.com/acme/health-api/pull/42", title: "Retry flaky deploys", state: "open" } },
      { action: "item.status", actor: "system:github", after: { status: "in_progress", startedAt: row.startedAt!.toISOString() } },
    ]);
    // The assignee hears of it as of any change, from "GitHub"; the outgoing webhook is queued.
    expect(await texts(eve)).toContain("GitHub moved P0-006 to In progress");
    const [queued] = await t.db.select().from(webhookOutbox).where(eq(webhookOutbox.endpointId, endpoint.id));
    expect(queued).toMatchObject({ eventType: "item.status_changed" });
    expect(JSON.stringify(queued!.payload)).toContain('"github"');
    await t.db.delete(webhookEndpoints).where(eq(webhookEndpoints.id, endpoint.id));
  });

  it("a redelivery (same X-GitHub-Delivery) changes nothing", async () => {
    const id = await item("P1-201", healthId);
    const payload = pr("opened", { number: ++n, title: "Work on P1-201" });
    const first = await post("pull_request", payload, { delivery: "72d3162e-cc78-11e3-81ab-4c9367dc0958" });
    expect(first.json).toMatchObject({ duplicate: false, moved: [{ item: "health-todos/P1-201", status: "in_progress" }] });
    const before = await historyOf(id);
    const again = await post("pull_request", payload, { delivery: "72d3162e-cc78-11e3-81ab-4c9367dc0958" });
    expect(again).toEqual({ status: 200, json: { ok: true, duplicate: true } });
    expect(await historyOf(id)).toEqual(before);
    expect((await itemRow(id)).version).toBe(2);
    expect((await t.db.select().from(githubDeliveries).where(eq(githubDeliveries.deliveryId, "72d3162e-cc78-11e3-81ab-4c9367dc0958"))).length).toBe(1);
  });

  it("two copies of one delivery at once: one applies, the other is a duplicate", async () => {
    const id = await item("P1-204", healthId);
    const payload = pr("opened", { number: ++n, title: "Start P1-204" });
    const both = await Promise.all([post("pull_request", payload, { delivery: "b1c2d3e4-0000-4000-8000-000000000204" }), post("pull_request", payload, { delivery: "b1c2d3e4-0000-4000-8000-000000000204" })]);
    expect(both.map((r) => r.json.duplicate).sort()).toEqual([false, true]);
    expect((await historyOf(id)).map((h) => h.action)).toEqual(["item.github", "item.status"]);
  });

  it("opened does not move an item already started or closed", async () => {
    const started = await item("P1-202", healthId, { status: "in_progress" });
    const done = await item("P1-203", healthId, { status: "done" });
    const res = await post("pull_request", pr("opened", { number: ++n, title: "P1-202 and P1-203" }));
    expect(res.json).toMatchObject({ linked: ["health-todos/P1-202", "health-todos/P1-203"], moved: [] });
    expect((await itemRow(started)).status).toBe("in_progress");
    expect((await itemRow(done)).status).toBe("done");
  });

  it("merged with a closing keyword: Done", async () => {
    const id = await item("T-12", healthId);
    const number = ++n;
    await post("pull_request", pr("opened", { number, title: "Tidy the deploy logs", body: "Fixes T-12" }));
    expect((await itemRow(id)).status).toBe("in_progress");
    const res = await post("pull_request", pr("closed-merged", { number, title: "Tidy the deploy logs", body: "Fixes T-12" }));
    expect(res.json).toMatchObject({ moved: [{ item: "health-todos/T-12", status: "done" }] });
    const row = await itemRow(id);
    expect(row.status).toBe("done");
    expect(row.completedAt).not.toBeNull();
    expect(await linksOf(id)).toEqual([expect.objectContaining({ number, state: "merged", closes: true })]);
    expect((await historyOf(id)).map((h) => h.action)).toEqual(["item.github", "item.status", "item.github", "item.status"]);
  });

  it("merged that only mentions a key: linked, not closed", async () => {
    const id = await item("P2-301", healthId, { status: "in_progress" });
    const res = await post("pull_request", pr("closed-merged", { number: ++n, title: "Groundwork for P2-301", body: "Part of P2-301; refs health-todos/P2-301" }));
    expect(res.json).toMatchObject({ linked: ["health-todos/P2-301"], moved: [] });
    expect((await itemRow(id)).status).toBe("in_progress");
    expect(await linksOf(id)).toEqual([expect.objectContaining({ state: "merged", closes: false })]);
  });

  it("closed without merging: the link says closed, the item is unchanged", async () => {
    const id = await item("P2-302", healthId, { status: "in_progress" });
    const number = ++n;
    await post("pull_request", pr("opened", { number, title: "Fixes P2-302" }));
    await post("pull_request", pr("closed-unmerged", { number, title: "Fixes P2-302" }));
    expect((await itemRow(id)).status).toBe("in_progress");
    expect(await linksOf(id)).toEqual([expect.objectContaining({ state: "closed", closes: true })]);
  });

  it("reopened: tells the assignee and the project's watchers, changes no status", async () => {
    const id = await item("P0-401", healthId, { assigneeId: eve.userId, status: "done" });
    const number = ++n;
    await post("pull_request", pr("closed-unmerged", { number, title: "Retry deploys", body: "Fixes P0-401" }));
    const before = await itemRow(id);
    const res = await post("pull_request", pr("reopened", { number, title: "Retry deploys", body: "Fixes P0-401", updatedAt: "2026-12-07T12:00:00Z" }));
    expect(res.json).toMatchObject({ moved: [], notified: 2 });
    expect(await itemRow(id)).toEqual(before);
    expect(await linksOf(id)).toEqual([expect.objectContaining({ state: "open" })]);
    const told = `GitHub reopened pull request acme/health-api#${number} for P0-401; P0-401 stays Done`;
    expect(await texts(eve)).toContain(told);
    expect(await texts(lee)).toContain(told);
    const [entry] = (await inboxEntries(t.db, eve.userId, "UTC")).entries;
    expect(entry).toMatchObject({ kind: "pull_request", href: "/backlog/health-todos/P0-401" });
  });

  it("out of order: an older delivery changes nothing, and a merge is final", async () => {
    const id = await item("P1-610", healthId);
    const number = ++n;
    const change = { number, title: "Cache the rates", body: "Fixes P1-610" };
    await post("pull_request", pr("opened", { ...change, updatedAt: "2026-12-07T09:00:00Z" }));
    await post("pull_request", pr("closed-merged", { ...change, updatedAt: "2026-12-07T11:00:00Z" }));
    expect((await itemRow(id)).status).toBe("done");
    // GitHub retries a "synchronize" from before the merge; someone redelivers "opened" by hand.
    const late = await post("pull_request", { ...pr("opened", { ...change, updatedAt: "2026-12-07T10:00:00Z" }), action: "synchronize" });
    expect(late).toMatchObject({ status: 200, json: { linked: ["health-todos/P1-610"], moved: [] } });
    await post("pull_request", pr("opened", { ...change, updatedAt: "2026-12-07T09:00:00Z" }));
    // A copy without a time (or with the same one) cannot make a merged pull request open again either.
    await post("pull_request", pr("reopened", { ...change, updatedAt: "2026-12-07T11:00:00Z" }));
    expect(await linksOf(id)).toEqual([expect.objectContaining({ state: "merged", closes: true })]);
    expect((await historyOf(id)).map((h) => h.action)).toEqual(["item.github", "item.status", "item.github", "item.status"]);

    // Someone reopens the item in the app; a second copy of the merge (a new delivery id) leaves it open.
    await t.db.update(backlogItems).set({ status: "in_progress", completedAt: null }).where(eq(backlogItems.id, id));
    const again = await post("pull_request", pr("closed-merged", { ...change, updatedAt: "2026-12-07T11:00:00Z" }));
    expect(again.json).toMatchObject({ moved: [] });
    expect((await itemRow(id)).status).toBe("in_progress");
  });

  it("ignores keys no item has, and a bare key that several projects share", async () => {
    const other = (await t.db.insert(projects).values({ slug: "payments", name: "Payments" }).returning())[0]!.id;
    const here = await item("P3-500", healthId);
    const there = await item("P3-500", other);
    const res = await post("pull_request", pr("opened", { number: ++n, title: "Fixes P9-999 and P3-500", body: "Also payments/P3-500" }));
    expect(res).toMatchObject({ status: 200, json: { linked: ["payments/P3-500"], ignored: ["P9-999", "P3-500"] } });
    expect(await linksOf(here)).toEqual([]);
    expect(await linksOf(there)).toHaveLength(1);
    const none = await post("pull_request", pr("opened", { number: ++n, title: "Nothing here", body: "no keys, P0-0066-ish" }));
    expect(none).toMatchObject({ status: 200, json: { linked: [], moved: [] } });
  });

  it("push to the default branch: a commit with a closing keyword closes the item, a mention does nothing", async () => {
    const closed = await item("P1-003", healthId, { status: "in_progress" });
    const mentioned = await item("P1-004", healthId);
    const second = await item("P1-006", healthId);
    const push = fixture("push") as { commits: { message: string }[]; ref: string };
    push.commits[0]!.message = "Rotate the staging signing key\n\nCloses health-todos/P1-003";
    push.commits[1]!.message = "Tidy the deploy logs (see health-todos/P1-004), fixes health-todos/P1-006 and closes health-todos/P1-003 again";
    const res = await post("push", push);
    expect(res.json).toMatchObject({ moved: expect.arrayContaining([{ item: "health-todos/P1-003", status: "done" }, { item: "health-todos/P1-006", status: "done" }]) });
    expect((res.json.linked as string[]).sort()).toEqual(["health-todos/P1-003", "health-todos/P1-006"]);
    expect((await itemRow(closed)).status).toBe("done");
    expect((await itemRow(second)).status).toBe("done");
    expect((await historyOf(second))[0]).toMatchObject({ after: { commit: "c9e0f2a4b6c8d0e9f3c1e0b7d2a4c6e8f1a3b5d7" } });
    expect((await itemRow(mentioned)).status).toBe("not_started");
    expect((await historyOf(closed))[0]).toMatchObject({ action: "item.github", actor: "system:github", after: { repo: "acme/health-api", commit: "7d2a4c6e8f1a3b5d7c9e0f2a4b6c8d0e9f3c1e0b", state: "pushed" } });

    const elsewhere = await item("P1-005", healthId);
    push.ref = "refs/heads/p1-005-wip";
    push.commits[0]!.message = "Fixes P1-005";
    expect((await post("push", push)).json).toMatchObject({ linked: [], moved: [] });
    expect((await itemRow(elsewhere)).status).toBe("not_started");
  });

  it("acknowledges events and actions it does not act on with 202", async () => {
    expect(await post("issues", { action: "opened" })).toEqual({ status: 202, json: { ok: true, ignored: "the issues event" } });
    const id = await item("P2-600", healthId);
    expect(await post("pull_request", { ...pr("labeled", { number: ++n, title: "P2-600" }) })).toEqual({ status: 202, json: { ok: true, ignored: "the pull_request action labeled" } });
    expect(await linksOf(id)).toEqual([]);
  });

  it("answers bad input with 4xx, never 500", async () => {
    expect((await post("pull_request", null, { body: "{not json" })).json).toEqual({ error: { code: "invalid", message: "Body is not valid JSON." } });
    const missing = await post("pull_request", { action: "opened", repository: { full_name: "acme/health-api" } });
    expect(missing).toEqual({ status: 400, json: { error: { code: "invalid", message: "pull_request: Invalid input: expected object, received undefined", field: "pull_request" } } });
    const badUrl = pr("opened", { number: ++n, title: "P0-006" }) as PrFixture;
    badUrl.pull_request.html_url = "javascript:alert(1)";
    expect((await post("pull_request", badUrl)).json).toMatchObject({ error: { code: "invalid", field: "pull_request.html_url" } });
    const huge = pr("opened", { number: 1, title: "P0-006" }) as PrFixture;
    huge.pull_request.number = 2 ** 31;
    expect((await post("pull_request", huge)).json).toMatchObject({ error: { code: "invalid", field: "pull_request.number" } });
    expect((await post("pull_request", null, { body: "null" })).json).toMatchObject({ error: { code: "invalid", field: "body" } });
    expect((await post("push", { ref: 5 })).status).toBe(400);
    expect((await post("pull_request", pr("opened", { number: ++n, title: "x" }), { contentType: "application/x-www-form-urlencoded" })).status).toBe(415);
    expect((await post("pull_request", pr("opened", { number: ++n, title: "x" }), { delivery: "" })).status).toBe(400);
    // U+0000 in a title is dropped, not stored (PostgreSQL refuses it) and not a 500.
    const id = await item("P2-700", healthId);
    expect((await post("pull_request", pr("opened", { number: ++n, title: "Nul\u0000 P2-700" }))).status).toBe(200);
    expect(await linksOf(id)).toEqual([expect.objectContaining({ title: "Nul P2-700" })]);
  });

  it("refuses a body over 1 MiB with 413 without reading it", async () => {
    const big = JSON.stringify({ action: "opened", padding: "x".repeat(MAX_GITHUB_BODY) });
    expect(await post("pull_request", null, { body: big })).toMatchObject({ status: 413, json: { error: { code: "too_large" } } });
  });

  it("answers 404 while GITHUB_WEBHOOK_SECRET is unset", async () => {
    vi.stubEnv("GITHUB_WEBHOOK_SECRET", "");
    resetEnvForTests();
    try {
      expect(await post("ping", fixture("ping"))).toMatchObject({ status: 404, json: { error: { code: "not_found" } } });
    } finally {
      vi.stubEnv("GITHUB_WEBHOOK_SECRET", SECRET);
      resetEnvForTests();
    }
  });

  it("forgets delivery ids after the retention", async () => {
    await t.db.insert(githubDeliveries).values({ deliveryId: "old-delivery", event: "push", receivedAt: new Date(Date.now() - 31 * 86_400_000) });
    await post("ping", fixture("ping"));
    await post("issues", {});
    await post("pull_request", pr("opened", { number: ++n, title: "nothing" }));
    expect((await t.db.select({ n: sql<number>`count(*)::int` }).from(githubDeliveries).where(eq(githubDeliveries.deliveryId, "old-delivery")))[0]!.n).toBe(0);
  });
});
