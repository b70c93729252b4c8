import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, usingPostgres } from "@/test/db";
import { checkHealth } from "./health";

describe("checkHealth", () => {
  let t: Awaited<ReturnType<typeof createTestDb>>;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t.drop());

  it("reports ok, the driver and the number of applied migrations", async () => {
    const health = await checkHealth(async () => t);
    expect(health).toEqual({ status: "ok", db: "ok", driver: usingPostgres() ? "postgres" : "pglite", migrations: 2 });
  });

  it("reports the database down when it cannot be reached", async () => {
    const health = await checkHealth(() => Promise.reject(new Error("connect ECONNREFUSED 127.0.0.1:1")));
    expect(health).toMatchObject({ status: "error", db: "down" });
  });

  it("reports down when the database does not answer in time", async () => {
    const health = await checkHealth(() => new Promise(() => {}), 50);
    expect(health).toMatchObject({ status: "error", db: "down", message: expect.stringMatching(/no answer/) });
  });
});
