import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "@/test/db";
import { CHANNEL, publishChange, type ChangeEvent } from "./publish";

describe("live change notifications", () => {
  let t: Awaited<ReturnType<typeof createTestDb>>;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t.drop());

  it("delivers a change on commit and nothing for a rolled-back transaction", async () => {
    const received: ChangeEvent[] = [];
    const stop = await t.listen(CHANNEL, (payload) => received.push(JSON.parse(payload)));
    const event: ChangeEvent = { type: "item", id: "a", projectId: "p", version: 2, by: null };
    await t.db
      .transaction(async (tx) => {
        await publishChange(tx, { ...event, id: "rolled-back" });
        throw new Error("abort");
      })
      .catch(() => {});
    await t.db.transaction((tx) => publishChange(tx, event));
    await expect.poll(() => received, { timeout: 5000 }).toContainEqual(event);
    expect(received.map((e) => "id" in e && e.id)).not.toContain("rolled-back");
    await stop();
  });
});
