import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDbHandleForTests } from "@/db";
import { auditLog, backlogItems, comments, projects, users } from "@/db/schema";
import { parseAuditFilter } from "@/lib/audit-log/filters";
import { listAuditEntries } from "@/lib/audit-log/queries";
import { getItemDetail } from "@/lib/backlog/item-queries";
import { userActor, type UserActor } from "@/lib/domain/actors";
import { createTokenSchema } from "@/lib/tokens/schemas";
import { createToken } from "@/lib/tokens/service";
import { createTestDb } from "@/test/db";
import { GET as getItem, PATCH } from "./[id]/route";
import { POST as postComment } from "./[id]/comments/route";
import { POST as postStatus } from "./[id]/status/route";
import { POST as createItem } from "./route";

// The write API as a script calls it (a bearer token, JSON bodies), through the real route handlers
// on PGlite or, with TEST_DATABASE_URL, PostgreSQL: each endpoint's success, a 400 naming the field,
// a 403 for a token without the scope, a 404, and for the versioned ones a 409 on a stale If-Match.
// The history names the token, and a token's comment shows its name.

const MISSING = "00000000-0000-4000-8000-00000000dead";

describe("the item write API", () => {
  let t: Awaited<ReturnType<typeof createTestDb>>;
  let admin: UserActor;
  let writer = "";
  let reader = "";
  let commenter = "";
  let projectId = "";

  beforeAll(async () => {
    t = await createTestDb();
    setDbHandleForTests(t);
    const [row] = await t.db.insert(users).values({ email: "root@test", name: "Root", role: "admin", passwordHash: "x" }).returning();
    admin = userActor({ id: row!.id, email: row!.email, name: row!.name, role: "admin" });
    const token = async (name: string, scopes: string[]) => (await createToken(t.db, admin, createTokenSchema.parse({ name, scopes, expiresInDays: "" }))).secret;
    writer = await token("deploy-bot", ["items:write", "items:read"]);
    reader = await token("dashboard", ["items:read"]);
    commenter = await token("ci-notes", ["comments:write"]);
    const [p] = await t.db.insert(projects).values({ slug: "health-todos", name: "Health todos" }).returning();
    projectId = p!.id;
  });
  afterAll(async () => {
    setDbHandleForTests(undefined);
    await t.drop();
  });

  const call = (handler: (r: Request, c: { params: Promise<Record<string, string>> }) => Promise<Response>, method: string, path: string, secret: string, body?: unknown, headers: Record<string, string> = {}) => {
    const id = /\/items\/([^/]+)/.exec(path)?.[1];
    const request = new Request(`http://localhost${path}`, {
      method,
      headers: { authorization: `Bearer ${secret}`, "content-type": "application/json", ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return handler(request, { params: Promise.resolve<Record<string, string>>(id ? { id } : {}) });
  };
  const json = async (res: Response) => (await res.json()) as Record<string, unknown> & { error?: { code: string; field?: string; message: string; current?: Record<string, unknown> } };
  const create = async (body: Record<string, unknown>) => json(await call(createItem, "POST", "/api/v1/items", writer, { project: "health-todos", ...body }));

  describe("POST /api/v1/items", () => {
    it("creates an item in a project named by slug or id: 201, the item, its ETag and address", async () => {
      const res = await call(createItem, "POST", "/api/v1/items", writer, { project: "health-todos", title: "Add tracing", priority: "P1", status: "in_progress" });
      expect(res.status).toBe(201);
      const item = await json(res);
      expect(item).toMatchObject({ key: "T-1", title: "Add tracing", priority: "P1", status: "in_progress", projectId, version: 1 });
      expect(res.headers.get("etag")).toBe('"1"');
      expect(res.headers.get("location")).toBe(`/api/v1/items/${item.id}`);
      expect(await create({ project: projectId, title: "By id" })).toMatchObject({ key: "T-2", projectId });
    });

    it("records the token as the author in the history, and the audit log names it", async () => {
      const item = await create({ title: "Audited" });
      const [row] = await t.db.select().from(auditLog).where(eq(auditLog.entityId, item.id as string));
      expect(row).toMatchObject({ action: "item.create", actorType: "token", actorLabel: expect.stringMatching(/^token:[0-9a-f]+$/) });
      const { entries } = await listAuditEntries(admin, parseAuditFilter({}, "UTC").query, t.db);
      expect(entries.find((e) => e.entityId === item.id)?.actor).toEqual({ kind: "token", name: "API token 'deploy-bot'" });
    });

    it.each([
      ["a missing title", { priority: "P1" }, "title"],
      ["a bad priority", { title: "x", priority: "P9" }, "priority"],
      ["blocked without a reason", { title: "x", status: "blocked" }, "blockedReason"],
      ["an unknown project", { title: "x", project: "nope" }, "project"],
      ["a misspelt field", { title: "x", priorty: "P1" }, "input"],
    ])("refuses %s with 400 naming the field", async (_, body, field) => {
      const res = await call(createItem, "POST", "/api/v1/items", writer, { project: "health-todos", ...body });
      expect(res.status).toBe(400);
      expect((await json(res)).error).toMatchObject({ code: "invalid", field });
    });

    it("refuses a token without items:write (403, naming the scope)", async () => {
      const res = await call(createItem, "POST", "/api/v1/items", reader, { project: "health-todos", title: "x" });
      expect(res.status).toBe(403);
      expect((await json(res)).error!.message).toContain("items:write");
    });
  });

  describe("GET and PATCH /api/v1/items/{id}", () => {
    it("GET answers the item with its version as an ETag", async () => {
      const item = await create({ title: "Read me" });
      const res = await call(getItem, "GET", `/api/v1/items/${item.id}`, reader);
      expect(res.status).toBe(200);
      expect(res.headers.get("etag")).toBe('"1"');
      expect(await json(res)).toEqual(item);
    });

    it("GET: 404 for an unknown or malformed id, 403 for a token without items:read", async () => {
      expect((await call(getItem, "GET", `/api/v1/items/${MISSING}`, reader)).status).toBe(404);
      expect((await call(getItem, "GET", "/api/v1/items/not-an-id", reader)).status).toBe(404);
      expect((await call(getItem, "GET", `/api/v1/items/${MISSING}`, commenter)).status).toBe(403);
    });

    it("PATCH changes the fields sent, with the version from If-Match (strong or weak) or the body", async () => {
      const item = await create({ title: "Edit me" });
      const first = await call(PATCH, "PATCH", `/api/v1/items/${item.id}`, writer, { title: "Edited", severity: "high" }, { "if-match": '"1"' });
      expect(first.status).toBe(200);
      expect(await json(first)).toMatchObject({ title: "Edited", severity: "high", version: 2 });
      expect(first.headers.get("etag")).toBe('"2"');
      const weak = await call(PATCH, "PATCH", `/api/v1/items/${item.id}`, writer, { impact: 4, dueAt: "2030-12-31", dueOverrideReason: "release date" }, { "if-match": 'W/"2"' });
      expect(await json(weak)).toMatchObject({ impact: 4, dueAt: "2030-12-31T00:00:00.000Z", version: 3 });
      const body = await call(PATCH, "PATCH", `/api/v1/items/${item.id}`, writer, { status: "blocked", blockedReason: "vendor", version: 3 });
      expect(await json(body)).toMatchObject({ status: "blocked", blockedReason: "vendor", version: 4 });
    });

    it("PATCH on a stale If-Match is 409 with the current values, and writes nothing", async () => {
      const item = await create({ title: "Contested" });
      await call(PATCH, "PATCH", `/api/v1/items/${item.id}`, writer, { title: "First" }, { "if-match": '"1"' });
      const res = await call(PATCH, "PATCH", `/api/v1/items/${item.id}`, writer, { title: "Second" }, { "if-match": '"1"' });
      expect(res.status).toBe(409);
      const error = (await json(res)).error!;
      expect(error).toMatchObject({ code: "conflict", current: { title: "First", version: 2, updatedByName: "API token 'deploy-bot'" } });
      expect(error.message).toMatch(/^Changed by API token 'deploy-bot' /);
      expect((await t.db.select({ title: backlogItems.title }).from(backlogItems).where(eq(backlogItems.id, item.id as string)))[0]!.title).toBe("First");
    });

    it.each([
      ["no version at all", {}, {}, "version"],
      ["a malformed If-Match", {}, { "if-match": "*" }, "version"],
      ["an empty title", { title: " " }, { "if-match": '"1"' }, "title"],
      ["impact out of range", { impact: 9 }, { "if-match": '"1"' }, "impact"],
      ["an unknown project", { project: "nope" }, { "if-match": '"1"' }, "project"],
    ])("PATCH refuses %s with 400 naming the field", async (_, body, headers, field) => {
      const item = await create({ title: "Strict" });
      const res = await call(PATCH, "PATCH", `/api/v1/items/${item.id}`, writer, body, headers);
      expect(res.status).toBe(400);
      expect((await json(res)).error).toMatchObject({ code: "invalid", field });
    });

    it("PATCH: 404 for an unknown item, 403 for a token without items:write", async () => {
      expect((await call(PATCH, "PATCH", `/api/v1/items/${MISSING}`, writer, { title: "x" }, { "if-match": '"1"' })).status).toBe(404);
      const item = await create({ title: "Guarded" });
      expect((await call(PATCH, "PATCH", `/api/v1/items/${item.id}`, reader, { title: "x" }, { "if-match": '"1"' })).status).toBe(403);
    });
  });

  describe("POST /api/v1/items/{id}/status", () => {
    it("changes the status through items:write, with If-Match", async () => {
      const item = await create({ title: "Move me" });
      const res = await call(postStatus, "POST", `/api/v1/items/${item.id}/status`, writer, { status: "done" }, { "if-match": '"1"' });
      expect(res.status).toBe(200);
      expect(await json(res)).toMatchObject({ status: "done", version: 2, completedAt: expect.any(String) });
      expect(res.headers.get("etag")).toBe('"2"');
    });

    it("409 on a stale version, 400 naming blockedReason or status, 404, 403", async () => {
      const item = await create({ title: "Status rules" });
      await call(postStatus, "POST", `/api/v1/items/${item.id}/status`, writer, { status: "in_progress", version: 1 });
      const stale = await call(postStatus, "POST", `/api/v1/items/${item.id}/status`, writer, { status: "done" }, { "if-match": '"1"' });
      expect(stale.status).toBe(409);
      expect((await json(stale)).error!.current).toMatchObject({ status: "in_progress", version: 2 });
      const blocked = await call(postStatus, "POST", `/api/v1/items/${item.id}/status`, writer, { status: "blocked", version: 2 });
      expect((await json(blocked)).error).toMatchObject({ code: "invalid", field: "blockedReason" });
      const bogus = await call(postStatus, "POST", `/api/v1/items/${item.id}/status`, writer, { status: "finished", version: 2 });
      expect((await json(bogus)).error).toMatchObject({ code: "invalid", field: "status" });
      expect((await call(postStatus, "POST", `/api/v1/items/${MISSING}/status`, writer, { status: "done", version: 1 })).status).toBe(404);
      expect((await call(postStatus, "POST", `/api/v1/items/${item.id}/status`, reader, { status: "done", version: 2 })).status).toBe(403);
    });
  });

  describe("POST /api/v1/items/{id}/comments", () => {
    it("adds a comment (201); the item page and the audit log name the token", async () => {
      const item = await create({ title: "Discuss me" });
      const res = await call(postComment, "POST", `/api/v1/items/${item.id}/comments`, commenter, { body: "Deployed in build 1234" });
      expect(res.status).toBe(201);
      const comment = await json(res);
      expect(comment).toMatchObject({ itemId: item.id, body: "Deployed in build 1234", id: expect.any(String), createdAt: expect.any(String) });
      const [stored] = await t.db.select().from(comments).where(eq(comments.id, comment.id as string));
      expect(stored!.authorId).toBeNull();
      const detail = await getItemDetail(t.db, "health-todos", item.key as string);
      expect(detail!.comments.map((c) => c.authorName)).toEqual(["API token 'ci-notes'"]);
      const { entries } = await listAuditEntries(admin, parseAuditFilter({}, "UTC").query, t.db);
      expect(entries.find((e) => e.entityId === item.id && e.record.action === "item.comment_add")?.actor).toEqual({ kind: "token", name: "API token 'ci-notes'" });
    });

    it("400 naming body, 404 for an unknown item, 403 without comments:write", async () => {
      const item = await create({ title: "Quiet" });
      const empty = await call(postComment, "POST", `/api/v1/items/${item.id}/comments`, commenter, { body: "  " });
      expect(empty.status).toBe(400);
      expect((await json(empty)).error).toMatchObject({ code: "invalid", field: "body" });
      expect((await call(postComment, "POST", `/api/v1/items/${MISSING}/comments`, commenter, { body: "hi" })).status).toBe(404);
      const refused = await call(postComment, "POST", `/api/v1/items/${item.id}/comments`, writer, { body: "hi" });
      expect(refused.status).toBe(403);
      expect((await json(refused)).error!.message).toContain("comments:write");
    });
  });
});
