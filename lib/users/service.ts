import { timeAgo } from "@/lib/time/format";
import "server-only";
import { and, asc, eq, ne, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { users, type User } from "@/db/schema";
import { appendAudit } from "@/lib/audit-log/append";
import { userIdOf, type Actor, type Role } from "@/lib/domain/actors";
import { hashPassword } from "@/lib/auth/password";
import { fail } from "@/lib/result";
import type { CreateUserInput } from "./schemas";

// User administration, framework-free: the server actions and the user:create CLI both call it.

/** What may leave the server about a user: never the password hash. */
export type PublicUser = Pick<User, "id" | "email" | "name" | "role" | "disabled" | "version" | "createdAt" | "updatedAt">;

const publicColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  disabled: users.disabled,
  version: users.version,
  createdAt: users.createdAt,
  updatedAt: users.updatedAt,
};

const snapshot = (u: PublicUser) => ({ email: u.email, name: u.name, role: u.role, disabled: u.disabled });

export async function listUsers(db: Db): Promise<PublicUser[]> {
  return db.select(publicColumns).from(users).orderBy(asc(users.email));
}

export async function createUser(db: Db, actor: Actor, input: CreateUserInput): Promise<PublicUser> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, input.email)).limit(1);
    if (taken) fail("conflict", "A user with this email already exists.", { fieldErrors: { email: ["Already in use"] } });
    const [created] = await tx
      .insert(users)
      .values({ email: input.email, name: input.name, role: input.role, passwordHash })
      .onConflictDoNothing()
      .returning(publicColumns);
    if (!created) return fail("conflict", "A user with this email already exists.", { fieldErrors: { email: ["Already in use"] } });
    await appendAudit(tx, actor, { action: "user.create", entityType: "user", entityId: created.id, after: snapshot(created) });
    return created;
  });
}

async function lockUser(tx: Tx, userId: string, expectedVersion?: number): Promise<PublicUser> {
  const [row] = await tx.select(publicColumns).from(users).where(eq(users.id, userId)).for("update");
  if (!row) return fail("not_found", "That user no longer exists.");
  if (expectedVersion !== undefined && row.version !== expectedVersion) {
    fail("conflict", `${row.email} was changed by someone else ${timeAgo(row.updatedAt)}; review the current values and try again.`, {
      current: snapshot(row),
    });
  }
  return row;
}

/** Refuses a change that would leave the workspace with no enabled admin. */
async function assertAnotherAdmin(tx: Tx, userId: string) {
  const [other] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .where(and(eq(users.role, "admin"), eq(users.disabled, false), ne(users.id, userId)));
  if (!other || other.n === 0) fail("conflict", "This is the last enabled admin; make someone else an admin first.");
}

export async function updateUserRole(db: Db, actor: Actor, input: { userId: string; role: Role; version: number }) {
  return db.transaction(async (tx) => {
    const before = await lockUser(tx, input.userId, input.version);
    if (before.role === input.role) return before;
    if (before.role === "admin") await assertAnotherAdmin(tx, input.userId);
    const [after] = await tx
      .update(users)
      .set({ role: input.role, version: sql`${users.version} + 1`, updatedAt: new Date() })
      .where(eq(users.id, input.userId))
      .returning(publicColumns);
    await appendAudit(tx, actor, { action: "user.role", entityType: "user", entityId: input.userId, before: snapshot(before), after: snapshot(after!) });
    return after!;
  });
}

export async function setUserDisabled(db: Db, actor: Actor, input: { userId: string; disabled: boolean; version: number }) {
  if (userIdOf(actor) === input.userId && input.disabled) fail("conflict", "You cannot disable your own account.");
  return db.transaction(async (tx) => {
    const before = await lockUser(tx, input.userId, input.version);
    if (before.disabled === input.disabled) return before;
    if (input.disabled && before.role === "admin") await assertAnotherAdmin(tx, input.userId);
    const [after] = await tx
      .update(users)
      .set({
        disabled: input.disabled,
        version: sql`${users.version} + 1`,
        // Disabling ends every session of the account at its next request.
        sessionVersion: input.disabled ? sql`${users.sessionVersion} + 1` : users.sessionVersion,
        updatedAt: new Date(),
      })
      .where(eq(users.id, input.userId))
      .returning(publicColumns);
    await appendAudit(tx, actor, {
      action: input.disabled ? "user.disable" : "user.enable",
      entityType: "user",
      entityId: input.userId,
      before: snapshot(before),
      after: snapshot(after!),
    });
    return after!;
  });
}

export async function resetUserPassword(db: Db, actor: Actor, input: { userId: string; password: string }) {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    await lockUser(tx, input.userId);
    const [after] = await tx
      .update(users)
      // Signs the user out everywhere: sessions made with the old password stop working.
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, version: sql`${users.version} + 1`, updatedAt: new Date() })
      .where(eq(users.id, input.userId))
      .returning(publicColumns);
    await appendAudit(tx, actor, { action: "user.password_reset", entityType: "user", entityId: input.userId });
    return after!;
  });
}
