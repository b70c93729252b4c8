import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "@/test/db";
import { signInThrottle } from "@/db/schema";
import { beginPasswordAttempt, pruneThrottle, recordPasswordSuccess, SIGN_IN_THROTTLE, throttleDelaySeconds } from "./throttle";

const at = (s: number) => new Date(Date.UTC(2026, 11, 6, 10, 0, 0) + s * 1000);

describe("throttleDelaySeconds", () => {
  it("is free, then doubles, then stops at the cap, even after very many failures", () => {
    const rule = SIGN_IN_THROTTLE.accountAddress;
    expect([0, 4, 5, 6, 7].map((f) => throttleDelaySeconds(f, rule))).toEqual([0, 0, 1, 2, 4]);
    expect(throttleDelaySeconds(1_000_000, rule)).toBe(rule.maxDelaySeconds);
  });
});

describe("beginPasswordAttempt", () => {
  let t: Awaited<ReturnType<typeof createTestDb>>;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t.drop());

  it("slows one address guessing one account, while the owner elsewhere signs in", async () => {
    const results = [];
    for (let i = 0; i < 8; i++) results.push(await beginPasswordAttempt(t.db, "admin@example.com", "6.6.6.6", at(0)));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, true, true, false, false, false]);
    expect(results[5]).toMatchObject({ allowed: false, retryAfterSeconds: 1, scope: "account" });
    // The owner, from their own address, is not affected at all.
    expect(await beginPasswordAttempt(t.db, "admin@example.com", "10.0.0.7", at(0))).toEqual({ allowed: true });
    // The waits grow: after the sixth failure 2 s, not 1 s.
    expect((await beginPasswordAttempt(t.db, "admin@example.com", "6.6.6.6", at(1))).allowed).toBe(true);
    expect(await beginPasswordAttempt(t.db, "admin@example.com", "6.6.6.6", at(2))).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
    expect(await beginPasswordAttempt(t.db, "admin@example.com", "6.6.6.6", at(1.5))).toMatchObject({ allowed: false, retryAfterSeconds: 2 });
    // A quiet day forgets.
    expect((await beginPasswordAttempt(t.db, "admin@example.com", "6.6.6.6", at(SIGN_IN_THROTTLE.forgetAfterSeconds + 10))).allowed).toBe(true);
  });

  it("counts parallel guesses one by one (no burst slips through before the first failure is written)", async () => {
    const burst = await Promise.all(Array.from({ length: 20 }, () => beginPasswordAttempt(t.db, "lead@example.com", "7.7.7.7", at(0))));
    expect(burst.filter((r) => r.allowed)).toHaveLength(SIGN_IN_THROTTLE.accountAddress.free);
  });

  it("slows an address spraying many accounts", async () => {
    const free = SIGN_IN_THROTTLE.address.free;
    const results = [];
    for (let i = 0; i < free + 2; i++) results.push(await beginPasswordAttempt(t.db, `user${i}@example.com`, "8.8.8.8", at(0)));
    expect(results.slice(0, free).every((r) => r.allowed)).toBe(true);
    expect(results[free]).toMatchObject({ allowed: false, scope: "address" });
    // A refused attempt counted nothing against the account it named.
    expect((await beginPasswordAttempt(t.db, `user${free}@example.com`, "9.9.9.9", at(0))).allowed).toBe(true);
  });

  it("a right password takes the attempt back and clears the account's failures", async () => {
    for (let i = 0; i < 4; i++) await beginPasswordAttempt(t.db, "eng@example.com", "5.5.5.5", at(0));
    expect((await beginPasswordAttempt(t.db, "eng@example.com", "5.5.5.5", at(0))).allowed).toBe(true);
    await recordPasswordSuccess(t.db, "eng@example.com", "5.5.5.5");
    for (let i = 0; i < 5; i++) expect((await beginPasswordAttempt(t.db, "eng@example.com", "5.5.5.5", at(0))).allowed).toBe(true);
  });
});

describe("pruneThrottle", () => {
  it("drops only rows whose failures are already forgotten", async () => {
    const t = await createTestDb();
    try {
      await beginPasswordAttempt(t.db, "old@example.com", "1.1.1.1", new Date(Date.now() - (SIGN_IN_THROTTLE.forgetAfterSeconds + 60) * 1000));
      await beginPasswordAttempt(t.db, "new@example.com", "2.2.2.2");
      await pruneThrottle(t.db);
      const keys = (await t.db.select().from(signInThrottle)).map((r) => r.key).sort();
      expect(keys).toEqual(["pw:acct-addr:new@example.com|2.2.2.2", "pw:addr:2.2.2.2"]);
    } finally {
      await t.drop();
    }
  });
});
