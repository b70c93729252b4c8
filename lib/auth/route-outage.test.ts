import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openDb, type DbHandle } from "@/db/client";
import { setDbHandleForTests } from "@/db";
import { resetEnvForTests } from "@/lib/env";

// A signed-in request while PostgreSQL is unreachable: the route wrapper must answer the same JSON
// 503 as /api/health, not an empty 500. The database is a real postgres.js client pointed at a port
// nothing listens on; the session cookie is a real one, minted with the app's secret.

const SECRET = "x".repeat(40);
const cookieJar = new Map<string, string>();
vi.mock("next/headers", () => ({
  cookies: async () => ({ has: (n: string) => cookieJar.has(n), get: (n: string) => (cookieJar.has(n) ? { name: n, value: cookieJar.get(n) } : undefined) }),
  headers: async () => new Headers(),
}));

let handle: DbHandle;
beforeAll(async () => {
  process.env.AUTH_SECRET = SECRET;
  resetEnvForTests();
  handle = await openDb({ driver: "postgres", url: "postgres://postgres@127.0.0.1:1/none", max: 1 });
  setDbHandleForTests(handle);
  const token = await encode({ token: { uid: "00000000-0000-4000-8000-000000000001", sv: 1, sid: "00000000-0000-4000-8000-000000000002" }, secret: SECRET, salt: "authjs.session-token" });
  cookieJar.set("authjs.session-token", token);
});
afterAll(async () => {
  setDbHandleForTests(undefined);
  await handle.close().catch(() => undefined);
  delete process.env.AUTH_SECRET;
  resetEnvForTests();
});

describe("a route during a database outage", () => {
  it("answers 503 JSON with Retry-After for a session cookie", async () => {
    const { GET } = await import("@/app/api/v1/items/route");
    const response = await GET(new Request("http://localhost/api/v1/items"), { params: Promise.resolve({}) });
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(await response.json()).toEqual({ error: { code: "unavailable", message: "The database is unavailable; try again shortly." } });
  });

  it("answers 503 JSON for a bearer token too", async () => {
    const { GET } = await import("@/app/api/v1/items/route");
    const response = await GET(new Request("http://localhost/api/v1/items", { headers: { authorization: `Bearer hbk_0123abcd_${"A".repeat(43)}` } }), { params: Promise.resolve({}) });
    expect(response.status).toBe(503);
  });
});

describe("a server action during a database outage", () => {
  it("answers unavailable instead of throwing", async () => {
    const { setStatusAction } = await import("@/lib/backlog/actions");
    const result = await setStatusAction({ id: "00000000-0000-4000-8000-000000000003", version: 1, status: "done" } as never);
    expect(result).toEqual({ ok: false, error: { code: "unavailable", message: "The database is unavailable; nothing was saved. Try again shortly." } });
  });
});
