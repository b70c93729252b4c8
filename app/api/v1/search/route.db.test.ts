import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDbHandleForTests } from "@/db";
import { metrics, runbooks, savedViews, users } from "@/db/schema";
import { userActor } from "@/lib/domain/actors";
import { createTokenSchema } from "@/lib/tokens/schemas";
import { createToken } from "@/lib/tokens/service";
import { createTestDb } from "@/test/db";
import { GET } from "./route";

// The palette's lookup through the route, as a token calls it: search.read (items:read) admits the
// caller, and runbooks and metrics come back only with the scope that reads them; saved views are
// a signed-in user's own, so a token never gets any.

describe("GET /api/v1/search: what each caller finds", () => {
  let t: Awaited<ReturnType<typeof createTestDb>>;
  let makeToken: (scopes: string[]) => Promise<string>;

  beforeAll(async () => {
    t = await createTestDb();
    setDbHandleForTests(t);
    const [admin] = await t.db.insert(users).values({ email: "root@test", name: "Root", role: "admin", passwordHash: "x" }).returning();
    const actor = userActor({ id: admin!.id, email: admin!.email, name: admin!.name, role: "admin" });
    makeToken = async (scopes) => (await createToken(t.db, actor, createTokenSchema.parse({ name: scopes.join("+"), scopes, expiresInDays: "" }))).secret;
    await t.db.insert(runbooks).values({ slug: "api-outage", title: "API outage" });
    await t.db.insert(metrics).values({ key: "api_errors", name: "API errors", direction: "lower_is_better" });
    await t.db.insert(savedViews).values({ userId: admin!.id, name: "API work", query: "q=api" });
  });
  afterAll(async () => {
    setDbHandleForTests(undefined);
    await t.drop();
  });

  const search = async (secret: string) => {
    const res = await GET(new Request("http://localhost/api/v1/search?q=api", { headers: { authorization: `Bearer ${secret}` } }), { params: Promise.resolve({}) });
    return { status: res.status, body: (await res.json()) as Record<string, { name?: string; title?: string }[]> };
  };

  it("a token with items:read only finds no runbooks, metrics or views", async () => {
    const { status, body } = await search(await makeToken(["items:read"]));
    expect(status).toBe(200);
    expect(body).toMatchObject({ runbooks: [], metrics: [], views: [] });
  });

  it("a token that may also read runbooks and metrics finds them, still no views", async () => {
    const { body } = await search(await makeToken(["items:read", "runbooks:read", "metrics:read"]));
    expect(body.runbooks!.map((r) => r.title)).toEqual(["API outage"]);
    expect(body.metrics!.map((m) => m.name)).toEqual(["API errors"]);
    expect(body.views).toEqual([]);
  });

  it("a token without items:read is refused", async () => {
    expect((await search(await makeToken(["metrics:read"]))).status).toBe(403);
  });
});
