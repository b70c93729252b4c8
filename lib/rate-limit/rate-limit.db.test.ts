import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "@/test/db";
import { hitRateLimit } from "./index";

describe("hitRateLimit", () => {
  let t: Awaited<ReturnType<typeof createTestDb>>;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t.drop());

  it("allows up to the limit within a window, then refuses with the time left", async () => {
    const now = new Date("2026-01-01T10:00:30Z");
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await hitRateLimit(t.db, "token:a", 3, 60, now));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results[3]).toMatchObject({ count: 4, retryAfterSeconds: 30 });
  });

  it("starts counting again in the next window and keeps keys apart", async () => {
    const later = new Date("2026-01-01T10:01:05Z");
    expect(await hitRateLimit(t.db, "token:a", 3, 60, later)).toMatchObject({ allowed: true, count: 1 });
    expect(await hitRateLimit(t.db, "token:b", 3, 60, later)).toMatchObject({ allowed: true, count: 1 });
  });

  it("counts concurrent hits exactly", async () => {
    const now = new Date("2026-01-01T11:00:00Z");
    const results = await Promise.all(Array.from({ length: 20 }, () => hitRateLimit(t.db, "burst", 10, 60, now)));
    expect(results.filter((r) => r.allowed)).toHaveLength(10);
    expect(Math.max(...results.map((r) => r.count))).toBe(20);
  });

});
