import { AsyncLocalStorage } from "node:async_hooks";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { setDbHandleForTests } from "@/db";
import { userActor, type Actor } from "@/lib/domain/actors";
import { MAX_STREAMS_PER_CALLER } from "@/lib/live/stream-limit";
import { createTestDb } from "@/test/db";
import { GET } from "./route";

// Streams are for browser sessions (no token scope includes them); the session is stood in for.
const signedIn = new AsyncLocalStorage<Actor | null>();
vi.mock("@/lib/auth/actor", () => ({ getActor: async () => signedIn.getStore() ?? null }));
const viewer: Actor = userActor({ id: "00000000-0000-4000-8000-000000000001", email: "v@test", name: "V", role: "viewer" });

// Each open stream holds a LISTEN subscription and a timer on the instance: one caller may hold
// MAX_STREAMS_PER_CALLER at once; the next is refused with 429 until one closes.

describe("GET /api/v1/events: streams per caller", () => {
  let t: Awaited<ReturnType<typeof createTestDb>>;
  const params = { params: Promise.resolve({}) };

  beforeAll(async () => {
    t = await createTestDb();
    setDbHandleForTests(t);
  });
  afterAll(async () => {
    setDbHandleForTests(undefined);
    await t.drop();
  });

  const open = () => {
    const abort = new AbortController();
    const response = signedIn.run(viewer, () => GET(new Request("http://localhost/api/v1/events", { signal: abort.signal }), params));
    return { abort, response };
  };

  it(`holds ${MAX_STREAMS_PER_CALLER} streams, refuses the next with 429, and takes one again after a close`, async () => {
    const streams = Array.from({ length: MAX_STREAMS_PER_CALLER }, open);
    for (const s of streams) expect((await s.response).status).toBe(200);
    const refused = await open().response;
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("30");
    expect((await refused.json()).error.code).toBe("rate_limited");

    streams[0]!.abort.abort();
    await new Promise((r) => setTimeout(r, 50));
    const again = open();
    expect((await again.response).status).toBe(200);
    for (const s of [...streams, again]) s.abort.abort();
  });
});
