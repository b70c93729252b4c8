import "server-only";
import { eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { signInThrottle } from "@/db/schema";
import { queryRows } from "@/db/query-rows";

// Password guessing is slowed per source address and per account + address, never per account
// alone: locking an account on failures would let anyone lock out the admin without credentials,
// while its owner, signing in from anywhere else, would be refused with them. Each key allows a
// few free failures, then the wait before the next attempt doubles with every failure up to a cap;
// a quiet day forgets them. Every path that checks a password (the login form, Auth.js's own
// callback endpoint, changing one's password) goes through beginPasswordAttempt first.
//
// The attempt is counted BEFORE the password is checked (and taken back on success), in one
// atomic statement per key, so a burst of parallel guesses is serialised by the row lock instead
// of all slipping through before the first failure is written.

export type ThrottleRule = { free: number; maxDelaySeconds: number };

export const SIGN_IN_THROTTLE = {
  /** One account from one address: a typo or two is free, then 1 s, 2 s, 4 s … at most 15 minutes. */
  accountAddress: { free: 5, maxDelaySeconds: 15 * 60 } satisfies ThrottleRule,
  /** One address, any accounts (password spraying): more room for a shared office, at most an hour. */
  address: { free: 30, maxDelaySeconds: 60 * 60 } satisfies ThrottleRule,
  /** Failures are forgotten after this long without one. */
  forgetAfterSeconds: 24 * 60 * 60,
} as const;

/** Seconds to wait after `failures` failures under `rule` (0 while still free). */
export function throttleDelaySeconds(failures: number, rule: ThrottleRule): number {
  if (failures < rule.free) return 0;
  return Math.min(2 ** Math.min(failures - rule.free, 30), rule.maxDelaySeconds);
}

export type AttemptGate = { allowed: true } | { allowed: false; retryAfterSeconds: number; scope: "account" | "address" };

const keysFor = (email: string, address: string) => [
  { key: `pw:acct-addr:${email.toLowerCase()}|${address}`, rule: SIGN_IN_THROTTLE.accountAddress, scope: "account" as const },
  { key: `pw:addr:${address}`, rule: SIGN_IN_THROTTLE.address, scope: "address" as const },
];

class Refused extends Error {}

/**
 * May this address try a password for this account now? If so the attempt is counted as a
 * failure until recordPasswordSuccess takes it back.
 */
export async function beginPasswordAttempt(db: Db, email: string, address: string, now = new Date()): Promise<AttemptGate> {
  const keys = keysFor(email, address);
  const forget = SIGN_IN_THROTTLE.forgetAfterSeconds;
  try {
    await db.transaction(async (tx) => {
      for (const { key, rule } of keys) {
        // Counted only while not waiting out a delay; a refused attempt counts nothing.
        const rows = await queryRows(
          tx,
          sql`insert into sign_in_throttle as t (key, failures, last_failure_at) values (${key}, 1, ${now.toISOString()}::timestamptz)
              on conflict (key) do update set
                failures = case when t.last_failure_at < excluded.last_failure_at - make_interval(secs => ${forget}) then 1 else t.failures + 1 end,
                last_failure_at = excluded.last_failure_at
              where t.last_failure_at < excluded.last_failure_at - make_interval(secs => ${forget})
                 or t.failures < ${rule.free}
                 or t.last_failure_at + make_interval(secs => least(power(2, least(t.failures - ${rule.free}, 30)), ${rule.maxDelaySeconds})) <= excluded.last_failure_at
              returning failures`,
        );
        if (rows.length === 0) throw new Refused();
      }
    });
    return { allowed: true };
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
  }
  // Refused: work out the longest wait among the keys (the transaction counted nothing).
  const rows = await db.select().from(signInThrottle).where(inArray(signInThrottle.key, keys.map((k) => k.key)));
  let worst: AttemptGate = { allowed: false, retryAfterSeconds: 1, scope: "account" };
  for (const row of rows) {
    const k = keys.find((x) => x.key === row.key)!;
    const until = row.lastFailureAt.getTime() + throttleDelaySeconds(row.failures, k.rule) * 1000;
    if (until <= now.getTime()) continue; // this key is not the one refusing
    const wait = Math.max(1, Math.ceil((until - now.getTime()) / 1000));
    if (!worst.allowed && wait >= worst.retryAfterSeconds) worst = { allowed: false, retryAfterSeconds: wait, scope: k.scope };
  }
  return worst;
}

/** The password was right: forget this account's failures from here and take back the attempt. */
export async function recordPasswordSuccess(db: Db, email: string, address: string): Promise<void> {
  const [pair, addr] = keysFor(email, address);
  await db.delete(signInThrottle).where(eq(signInThrottle.key, pair!.key));
  await db
    .update(signInThrottle)
    .set({ failures: sql`greatest(${signInThrottle.failures} - 1, 0)` })
    .where(eq(signInThrottle.key, addr!.key));
}

/** Housekeeping: rows whose failures are already forgotten. */
export async function pruneThrottle(db: Db): Promise<void> {
  await db.execute(sql`delete from sign_in_throttle where last_failure_at < now() - make_interval(secs => ${SIGN_IN_THROTTLE.forgetAfterSeconds})`);
}

/** "Try again in 4 minutes" / "in 30 seconds". */
export function waitInWords(seconds: number): string {
  if (seconds < 90) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minutes`;
}
