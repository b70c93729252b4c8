import { AsyncLocalStorage } from "node:async_hooks";
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { setDbHandleForTests } from "@/db";
import { projects } from "@/db/schema";
import { userActor, systemActor, type Actor, type UserActor } from "@/lib/domain/actors";
import { errorLine } from "@/lib/auth/error-line";
import { parseBacklogQuery } from "@/lib/backlog/filters";
import { listBacklog } from "@/lib/backlog/list-queries";
import { createItem } from "@/lib/backlog/service";
import { addComment } from "@/lib/backlog/comment-service";
import { defineMetric } from "@/lib/metrics/service";
import { pageExists } from "@/lib/routing/page-exists";
import { listRunbooks } from "@/lib/runbooks/queries";
import { createUser } from "@/lib/users/service";
import { createTestDb } from "@/test/db";
import { NUL_MESSAGE } from "./text";

// U+0000 through every kind of entry point, for real down to the database: a server action, the
// JSON API (query string and body), a page's tolerant URL filters, a detail URL. Each answers
// "invalid" naming the field (or ignores the value, where the entry point is tolerant); none
// reaches PostgreSQL, which cannot store the character and used to fail with a 500.

const signedIn = new AsyncLocalStorage<Actor | null>();
vi.mock("@/lib/auth/actor", () => ({ getActor: async () => signedIn.getStore() ?? null }));

const { commentAction, createItemAction } = await import("@/lib/backlog/actions");
const { createTokenAction } = await import("@/lib/tokens/actions");
const itemsRoute = await import("@/app/api/v1/items/route");
const searchRoute = await import("@/app/api/v1/search/route");
const exportRoute = await import("@/app/api/v1/projects/[slug]/export/route");
const pointsRoute = await import("@/app/api/v1/metrics/[key]/points/route");

const NUL = "before\u0000after";
const as = <T>(actor: Actor, fn: () => Promise<T>) => signedIn.run(actor, fn);
const params = (p: Record<string, string>) => ({ params: Promise.resolve(p) });

async function errorOf(response: Response) {
  return { status: response.status, body: (await response.json()) as { error?: { code: string; message: string; field?: string } } };
}

describe("U+0000 at every entry point", () => {
  let t: Awaited<ReturnType<typeof createTestDb>>;
  let admin: UserActor;
  let itemId: string;

  beforeAll(async () => {
    t = await createTestDb();
    setDbHandleForTests(t);
    const u = await createUser(t.db, systemActor("test"), { email: "admin@example.com", name: "Admin", role: "admin", password: "longenough1" });
    admin = userActor({ id: u.id, email: u.email, name: u.name, role: "admin" });
    const [p] = await t.db.insert(projects).values({ slug: "core", name: "Core" }).returning();
    itemId = (await createItem(t.db, admin, { projectId: p!.id, title: "Fix it" })).id;
    await defineMetric(t.db, admin, { key: "errors", name: "Errors", unit: "", direction: "lower_is_better", target: null, warningThreshold: null, criticalThreshold: null, projectId: null, description: "" });
  });
  afterAll(async () => {
    setDbHandleForTests(undefined);
    await t.drop();
  });

  it("server actions answer invalid, naming the field", async () => {
    const comment = await as(admin, () => commentAction({ itemId, body: NUL }));
    expect(comment).toEqual({ ok: false, error: expect.objectContaining({ code: "invalid", message: `Comment ${NUL_MESSAGE}`, fieldErrors: { body: [NUL_MESSAGE] } }) });
    const item = await as(admin, () => createItemAction({ projectId: itemId, title: NUL }));
    expect(item.ok || item.error.fieldErrors?.title).toEqual([NUL_MESSAGE]);
    const token = await as(admin, () => createTokenAction({ name: NUL, scopes: ["metrics:read"], expiresInDays: 30 }));
    expect(token.ok || token.error.fieldErrors?.name).toEqual([NUL_MESSAGE]);
  });

  it.each([
    ["items list, search", () => itemsRoute.GET(new Request("http://localhost/api/v1/items?q=a%00b"), params({})), "q"],
    ["items list, category", () => itemsRoute.GET(new Request("http://localhost/api/v1/items?category=a%00b"), params({})), "category"],
    ["search", () => searchRoute.GET(new Request("http://localhost/api/v1/search?q=a%00b"), params({})), "q"],
    ["export", () => exportRoute.GET(new Request("http://localhost/api/v1/projects/core/export?q=a%00b"), params({ slug: "core" })), "q"],
  ])("the JSON API's %s answers 400 invalid naming the parameter", async (_name, call, field) => {
    const { status, body } = await errorOf(await as(admin, call));
    expect(status).toBe(400);
    expect(body.error).toEqual({ code: "invalid", message: `${field}: ${NUL_MESSAGE}`, field });
  });

  it("the JSON API's metric ingest answers 400 naming the point's note", async () => {
    const post = (payload: unknown) =>
      pointsRoute.POST(new Request("http://localhost/api/v1/metrics/errors/points", { method: "POST", headers: { "content-type": "application/json", "sec-fetch-site": "same-origin" }, body: JSON.stringify(payload) }), params({ key: "errors" }));
    const { status, body } = await errorOf(await as(admin, () => post({ points: [{ value: 1 }, { value: 2, note: NUL }] })));
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: "invalid", field: "points.1.note" });
  });

  it("the backlog page's URL ignores the value with a message and still lists", async () => {
    const { query, warnings } = parseBacklogQuery({ q: NUL, category: NUL });
    expect(warnings).toHaveLength(2);
    const page = await listBacklog(t.db, query, admin.userId);
    expect(page.rows.map((r) => r.title)).toEqual(["Fix it"]);
  });

  it("the runbook list ignores such a search; a detail URL with one is a 404", async () => {
    await expect(listRunbooks(t.db, { q: NUL })).resolves.toEqual([]);
    await expect(pageExists(t.db, "/backlog/core/P1%00")).resolves.toBe(false);
    await expect(pageExists(t.db, "/runbooks/a%00b/edit")).resolves.toBe(false);
    await expect(pageExists(t.db, "/metrics/errors%00")).resolves.toBe(false);
  });

  it("a failed query is logged without the text that made it fail", async () => {
    // Past the schema (a caller bypassing it), PostgreSQL refuses the text.
    const failure = await addComment(t.db, admin, { itemId, body: `secret ${NUL}` }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).not.toBeNull();
    expect(inspect(failure)).toContain("secret"); // what logging the error object used to write
    expect(errorLine(failure)).not.toContain("secret");
    expect(errorLine(failure)).toMatch(/^database error/);
  });
});
