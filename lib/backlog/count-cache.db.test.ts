import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDbHandleForTests } from "@/db";
import { publishChange } from "@/lib/live/publish";
import { createTestDb } from "@/test/db";
import { cachedCount, countKey } from "./count-cache";
import { parseBacklogQuery } from "./filters";

describe("backlog count cache", () => {
  let t: Awaited<ReturnType<typeof createTestDb>>;
  beforeAll(async () => {
    t = await createTestDb();
    setDbHandleForTests(t);
  });
  afterAll(async () => {
    setDbHandleForTests(undefined);
    await t.drop();
  });

  const q = (params: Record<string, string>) => parseBacklogQuery(params).query;

  it("keys on the filter, not the sort or page; 'mine' is per user", () => {
    expect(countKey(q({ status: "done", sort: "title", page: "3" }), "u1")).toBe(countKey(q({ status: "done" }), "u2"));
    expect(countKey(q({ status: "done" }), null)).not.toBe(countKey(q({ status: "blocked" }), null));
    expect(countKey(q({ assignee: "me" }), "u1")).not.toBe(countKey(q({ assignee: "me" }), "u2"));
  });

  it("reuses a count until an item change is committed anywhere", async () => {
    let computed = 0;
    const compute = async () => ++computed;
    const source = cachedCount(q({ priority: "P1" }), null);
    expect(await source(compute)).toBe(1);
    expect(await source(compute)).toBe(1);
    await t.db.transaction((tx) => publishChange(tx, { type: "item", id: "x", projectId: "p", version: 2, by: null }));
    await expect.poll(() => source(compute), { timeout: 5000 }).toBe(2);
  });
});
