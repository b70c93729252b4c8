import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDbHandleForTests } from "@/db";
import { metricPoints, metrics, users } from "@/db/schema";
import { createTokenSchema } from "@/lib/tokens/schemas";
import { createToken } from "@/lib/tokens/service";
import { createTestDb } from "@/test/db";
import { GET, POST } from "./route";
import { userActor } from "@/lib/domain/actors";

// The ingest route as CI calls it (bearer token, JSON body): a value outside ±1e15 is refused
// with 400 naming the field, and nothing of the batch is written. Before the limit, the largest
// double was stored and every view of the metric then killed the server.

describe("POST /api/v1/metrics/{key}/points: the value range", () => {
  let t: Awaited<ReturnType<typeof createTestDb>>;
  let secret = "";
  let metricId = "";
  const params = { params: Promise.resolve({ key: "p99" }) };
  const post = (body: string) =>
    POST(new Request("http://localhost/api/v1/metrics/p99/points", { method: "POST", headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" }, body }), params);

  beforeAll(async () => {
    t = await createTestDb();
    setDbHandleForTests(t);
    const [admin] = await t.db.insert(users).values({ email: "root@test", name: "Root", role: "admin", passwordHash: "x" }).returning();
    secret = (await createToken(t.db, userActor({ id: admin!.id, email: admin!.email, name: admin!.name, role: "admin" }), createTokenSchema.parse({ name: "ci", scopes: ["metrics:write", "metrics:read"], expiresInDays: "" }))).secret;
    const [m] = await t.db.insert(metrics).values({ key: "p99", name: "p99", direction: "lower_is_better" }).returning();
    metricId = m!.id;
  });
  afterAll(async () => {
    setDbHandleForTests(undefined);
    await t.drop();
  });

  const count = async () => (await t.db.select({ n: sql<number>`count(*)::int` }).from(metricPoints).where(eq(metricPoints.metricId, metricId)))[0]!.n;

  it.each([
    ["the largest double", "points.1.value", '{"points":[{"value":0},{"value":1.7976931348623157e308}]}'],
    ["1e16 in a batch", "points.1.value", '{"points":[{"value":0},{"value":1e16}]}'],
    ["-1e16 alone", "value", '{"value":-1e16}'],
  ])("refuses %s with 400 naming %s", async (_, field, body) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: "invalid", message: `${field}: must be between -1e15 and 1e15`, field } });
    expect(await count()).toBe(0);
  });

  it("accepts the ends of the range, and the chart reads them back", async () => {
    const res = await post('{"points":[{"value":0},{"value":1e15},{"value":-1e15},{"value":900000000000000.125}]}');
    expect(res.status).toBe(201);
    expect(await count()).toBe(4);
    const chart = await GET(new Request("http://localhost/api/v1/metrics/p99/points?range=all", { headers: { authorization: `Bearer ${secret}` } }), params);
    expect(chart.status).toBe(200);
    expect(((await chart.json()) as { points: { v: number }[] }).points.map((p) => p.v).sort((a, b) => a - b)).toEqual([-1e15, 0, 900000000000000.1, 1e15]);
  });
});
