import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDbHandleForTests } from "@/db";
import { createTestDb } from "@/test/db";
import { changeCache } from "./change-cache";
import { publishChange } from "./publish";

describe("change-invalidated cache", () => {
  let t: Awaited<ReturnType<typeof createTestDb>>;
  beforeAll(async () => {
    t = await createTestDb();
    setDbHandleForTests(t);
  });
  afterAll(async () => {
    setDbHandleForTests(undefined);
    await t.drop();
  });
  const change = () => t.db.transaction((tx) => publishChange(tx, { type: "items", ids: [], by: null }));

  it("keeps a value per key until a change is committed, and expires it after its lifetime", async () => {
    const cache = changeCache<number>("test-basic", { ttlMs: 200, limit: 10 });
    let n = 0;
    const compute = async () => ++n;
    expect(await cache("a", compute)).toBe(1);
    expect(await cache("a", compute)).toBe(1);
    expect(await cache("b", compute)).toBe(2);
    await change();
    await expect.poll(() => cache("a", compute), { timeout: 5000 }).toBe(3);
    await new Promise((r) => setTimeout(r, 250));
    expect(await cache("a", compute)).toBe(4);
  });

  it("keeps item aggregates across a metric value (only item changes drop them)", async () => {
    const cache = changeCache<number>("test-metric", { ttlMs: 60_000, limit: 10 });
    let n = 0;
    const compute = async () => ++n;
    expect(await cache("a", compute)).toBe(1);
    await t.db.transaction((tx) => publishChange(tx, { type: "metric", key: "error_rate", by: null }));
    await new Promise((r) => setTimeout(r, 500)); // well past delivery (an item change lands in ~50 ms)
    expect(await cache("a", compute)).toBe(1);
    await change();
    await expect.poll(() => cache("a", compute), { timeout: 5000 }).toBe(2);
  });

  it("does not keep a value computed while a change was committed", async () => {
    const cache = changeCache<string>("test-race", { ttlMs: 60_000, limit: 10 });
    await cache("warm", async () => "listening"); // subscribes
    let release!: () => void;
    const slow = cache("k", () => new Promise<string>((resolve) => (release = () => resolve("stale"))));
    await change();
    await new Promise((r) => setTimeout(r, 100)); // the notification arrives mid-compute
    release();
    expect(await slow).toBe("stale"); // the caller still gets its answer...
    expect(await cache("k", async () => "fresh")).toBe("fresh"); // ...but it was not kept
  });
});
