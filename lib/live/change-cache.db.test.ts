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
    // Past its lifetime but within a second one: served once more while it refreshes behind.
    expect(await cache("a", compute)).toBe(3);
    await expect.poll(() => cache("a", compute), { timeout: 1000 }).toBe(4);
    await new Promise((r) => setTimeout(r, 450));
    // Past both: computed before answering.
    expect(await cache("a", compute)).toBe(5);
  });

  it("shares one computation among callers asking for the same key at once", async () => {
    const cache = changeCache<number>("test-shared", { ttlMs: 60_000, limit: 10 });
    await cache("warm", async () => 0); // subscribes
    let calls = 0;
    let release!: () => void;
    const compute = () => {
      calls++;
      return new Promise<number>((resolve) => (release = () => resolve(calls)));
    };
    const answers = Promise.all(Array.from({ length: 10 }, () => cache("k", compute)));
    await new Promise((r) => setTimeout(r, 20));
    release();
    expect(await answers).toEqual(Array(10).fill(1));
    expect(calls).toBe(1);
  });

  it("does not share a computation across a change: callers after it start afresh", async () => {
    const cache = changeCache<string>("test-shared-change", { ttlMs: 60_000, limit: 10 });
    await cache("warm", async () => "listening");
    let release!: () => void;
    const before = cache("k", () => new Promise<string>((resolve) => (release = () => resolve("before"))));
    await change();
    await new Promise((r) => setTimeout(r, 100));
    const after = cache("k", async () => "after");
    release();
    expect(await before).toBe("before");
    expect(await after).toBe("after");
    expect(await cache("k", async () => "third")).toBe("after");
  });

  it("does not keep a failed computation: the next caller tries again", async () => {
    const cache = changeCache<string>("test-failure", { ttlMs: 60_000, limit: 10 });
    await cache("warm", async () => "listening");
    await expect(cache("k", async () => Promise.reject(new Error("database down")))).rejects.toThrow("database down");
    expect(await cache("k", async () => "ok")).toBe("ok");
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
