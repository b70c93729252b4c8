import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDb, usingPostgres } from "@/test/db";

const driver = usingPostgres() ? "postgres" : "pglite";
const journal = JSON.parse(readFileSync("db/migrations/meta/_journal.json", "utf8")) as { entries: unknown[] };
import { checkHealth } from "./health";

describe("checkHealth", () => {
  let t: Awaited<ReturnType<typeof createTestDb>>;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t.drop());

  it("reports ok, the driver and the number of applied migrations", async () => {
    const health = await checkHealth(async () => t, driver);
    expect(health).toEqual({ status: "ok", db: "ok", driver, migrations: journal.entries.length });
  });

  it("reports the database down when it cannot be reached, without echoing the connection error", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const health = await checkHealth(() => Promise.reject(new Error("connect ECONNREFUSED 10.0.0.5:5432")), "postgres");
    expect(health).toEqual({ status: "error", db: "down", driver: "postgres" });
    expect(log).toHaveBeenCalledWith("[health] database down:", "connect ECONNREFUSED 10.0.0.5:5432");
    log.mockRestore();
  });

  it("reports down when the database does not answer in time", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const health = await checkHealth(() => new Promise(() => {}), "pglite", 50);
    expect(health).toEqual({ status: "error", db: "down", driver: "pglite" });
    expect(log.mock.calls[0]?.[1]).toMatch(/no answer within 50 ms/);
    log.mockRestore();
  });
});
