import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { users } from "@/db/schema";
import { appendAudit } from "@/lib/audit-log/append";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { passwordWeakness } from "@/lib/auth/password-strength";
import { revokeOtherSessions } from "@/lib/auth/sessions";
import { beginPasswordAttempt, recordPasswordSuccess, waitInWords } from "@/lib/auth/throttle";
import type { UserActor } from "@/lib/domain/actors";
import { fail } from "@/lib/result";

// Self-service account changes, framework-free (the actions pass the database and the caller).

export type AccountCaller = UserActor & { clientAddress: string };

/**
 * Changes the caller's own password. The current password is checked through the same throttle as
 * sign-in (a stolen session must not become a way to guess it), and every other session of the
 * user ends; the one asking stays signed in. Returns how many sessions ended.
 */
export async function changeOwnPassword(db: Db, caller: AccountCaller, input: { currentPassword: string; newPassword: string }): Promise<{ endedSessions: number }> {
  const weakness = passwordWeakness(input.newPassword, [caller.email, caller.name]);
  if (weakness) fail("invalid", `New password: ${weakness}`, { fieldErrors: { newPassword: [weakness] } });

  const gate = await beginPasswordAttempt(db, caller.email, caller.clientAddress);
  if (!gate.allowed) fail("rate_limited", `Too many wrong passwords. Try again in ${waitInWords(gate.retryAfterSeconds)}.`);
  const [row] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, caller.userId)).limit(1);
  if (!row || !(await verifyPassword(row.hash, input.currentPassword))) {
    fail("invalid", "That is not your current password.", { fieldErrors: { currentPassword: ["That is not your current password."] } });
  }
  await recordPasswordSuccess(db, caller.email, caller.clientAddress);

  const passwordHash = await hashPassword(input.newPassword);
  return db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, version: sql`${users.version} + 1`, updatedAt: new Date() }).where(eq(users.id, caller.userId));
    const endedSessions = await revokeOtherSessions(tx, caller.userId, caller.sessionId);
    await appendAudit(tx, caller, { action: "user.password_changed", entityType: "user", entityId: caller.userId, after: { endedSessions } });
    return { endedSessions };
  });
}

/** Sets (or, with null, clears) the zone the caller reads times in. */
export async function setOwnTimeZone(db: Db, caller: UserActor, timeZone: string | null): Promise<{ timeZone: string | null }> {
  return db.transaction(async (tx) => {
    const [before] = await tx.select({ timeZone: users.timeZone }).from(users).where(eq(users.id, caller.userId)).for("update");
    if (!before) return fail("not_found", "Your account no longer exists.");
    if (before.timeZone === timeZone) return { timeZone };
    await tx.update(users).set({ timeZone, version: sql`${users.version} + 1`, updatedAt: new Date() }).where(eq(users.id, caller.userId));
    await appendAudit(tx, caller, { action: "user.time_zone", entityType: "user", entityId: caller.userId, before: { timeZone: before.timeZone }, after: { timeZone } });
    return { timeZone };
  });
}
