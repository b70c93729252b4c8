import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, users } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import { ActionFailure } from "@/lib/result";
import { createTestDb } from "@/test/db";
import { createUser, listUsers, resetUserPassword, setUserDisabled, updateUserRole } from "./service";
import { systemActor, userActor } from "@/lib/domain/actors";

const SYSTEM = systemActor("test");

async function failure(p: Promise<unknown>) {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ActionFailure);
  return (error as ActionFailure).error;
}

describe("user administration", () => {
  let t: Awaited<ReturnType<typeof createTestDb>>;
  let adminId: string;
  beforeAll(async () => {
    t = await createTestDb();
    const admin = await createUser(t.db, SYSTEM, { email: "root@example.com", name: "Root", role: "admin", password: "correct horse battery" });
    adminId = admin.id;
  });
  afterAll(() => t.drop());

  const auditFor = (id: string) => t.db.select().from(auditLog).where(eq(auditLog.entityId, id));

  it("creates a user with a hashed password and an audit row, never exposing the hash", async () => {
    const u = await createUser(t.db, SYSTEM, { email: "eng@example.com", name: "Eng", role: "engineer", password: "longenough1" });
    expect(u).not.toHaveProperty("passwordHash");
    const [row] = await t.db.select().from(users).where(eq(users.id, u.id));
    expect(row!.passwordHash).not.toContain("longenough1");
    expect(await verifyPassword(row!.passwordHash, "longenough1")).toBe(true);
    const audit = await auditFor(u.id);
    expect(audit.map((a) => a.action)).toEqual(["user.create"]);
    expect(JSON.stringify(audit)).not.toContain("longenough1");
  });

  it("refuses a duplicate email and names the field", async () => {
    const error = await failure(createUser(t.db, SYSTEM, { email: "eng@example.com", name: "Again", role: "viewer", password: "longenough1" }));
    expect(error).toMatchObject({ code: "conflict", fieldErrors: { email: ["Already in use"] } });
  });

  it("changes a role with the current version and refuses a stale one, keeping the newer value", async () => {
    const [u] = (await listUsers(t.db)).filter((x) => x.email === "eng@example.com");
    const changed = await updateUserRole(t.db, SYSTEM, { userId: u!.id, role: "lead", version: u!.version });
    expect(changed).toMatchObject({ role: "lead", version: u!.version + 1 });
    const error = await failure(updateUserRole(t.db, SYSTEM, { userId: u!.id, role: "viewer", version: u!.version }));
    expect(error.code).toBe("conflict");
    expect(error.current).toMatchObject({ role: "lead" });
    const [after] = await t.db.select().from(users).where(eq(users.id, u!.id));
    expect(after!.role).toBe("lead");
    // The refused write left no audit row behind.
    expect((await auditFor(u!.id)).map((a) => a.action)).toEqual(["user.create", "user.role"]);
  });

  it("never leaves the workspace without an enabled admin", async () => {
    const [admin] = await t.db.select().from(users).where(eq(users.id, adminId));
    expect((await failure(updateUserRole(t.db, SYSTEM, { userId: adminId, role: "viewer", version: admin!.version }))).code).toBe("conflict");
    expect((await failure(setUserDisabled(t.db, SYSTEM, { userId: adminId, disabled: true, version: admin!.version }))).code).toBe("conflict");
  });

  it("refuses to let an admin disable themselves", async () => {
    const error = await failure(setUserDisabled(t.db, userActor({ id: adminId, email: "root@example.com", name: "Root", role: "admin" }), { userId: adminId, disabled: true, version: 1 }));
    expect(error.message).toMatch(/your own account/);
  });

  it("disabling ends existing sessions (session version bump) and enabling restores sign-in", async () => {
    const [u] = await t.db.select().from(users).where(eq(users.email, "eng@example.com"));
    const disabled = await setUserDisabled(t.db, SYSTEM, { userId: u!.id, disabled: true, version: u!.version });
    expect(disabled.disabled).toBe(true);
    const [row] = await t.db.select().from(users).where(eq(users.id, u!.id));
    expect(row!.sessionVersion).toBe(u!.sessionVersion + 1);
    const enabled = await setUserDisabled(t.db, SYSTEM, { userId: u!.id, disabled: false, version: disabled.version });
    expect(enabled.disabled).toBe(false);
  });

  it("resets a password: the old one stops working, sessions end", async () => {
    const [u] = await t.db.select().from(users).where(eq(users.email, "eng@example.com"));
    await resetUserPassword(t.db, SYSTEM, { userId: u!.id, password: "a-brand-new-one" });
    const [row] = await t.db.select().from(users).where(eq(users.id, u!.id));
    expect(await verifyPassword(row!.passwordHash, "longenough1")).toBe(false);
    expect(await verifyPassword(row!.passwordHash, "a-brand-new-one")).toBe(true);
    expect(row!.sessionVersion).toBe(u!.sessionVersion + 1);
  });

  it("answers not_found for an unknown user", async () => {
    const error = await failure(updateUserRole(t.db, SYSTEM, { userId: "00000000-0000-4000-8000-000000000000", role: "lead", version: 1 }));
    expect(error.code).toBe("not_found");
  });
});
