import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import { createSession, listLiveSessions, revokeOtherSessions, revokeSession } from "@/lib/auth/sessions";
import { ActionFailure } from "@/lib/result";
import { createUser } from "@/lib/users/service";
import { createTestDb } from "@/test/db";
import { changeOwnPassword, type AccountCaller } from "./service";
import { systemActor, userActor } from "@/lib/domain/actors";

const SYSTEM = systemActor("test");
const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => (e instanceof ActionFailure ? e.error : Promise.reject(e)));

describe("own account", () => {
  let t: Awaited<ReturnType<typeof createTestDb>>;
  let caller: AccountCaller;
  beforeAll(async () => {
    t = await createTestDb();
    const u = await createUser(t.db, SYSTEM, { email: "self@example.com", name: "Self", role: "engineer", password: "amber-falcon-1928-quiet" });
    caller = { ...userActor({ ...u, role: "engineer" }), clientAddress: "10.0.0.1" };
  });
  afterAll(() => t.drop());

  it("sessions end one by one, or all but the one asking", async () => {
    const a = await createSession(t.db, caller.userId, { userAgent: "A", clientAddress: "10.0.0.1" });
    const b = await createSession(t.db, caller.userId, { userAgent: "B".repeat(1000), clientAddress: null });
    expect((await listLiveSessions(t.db, caller.userId)).map((s) => s.id).sort()).toEqual([a, b].sort());
    expect((await listLiveSessions(t.db, caller.userId)).find((s) => s.id === b)?.userAgent).toHaveLength(300);
    // Someone else's id ends nothing.
    expect(await revokeSession(t.db, "00000000-0000-4000-8000-000000000000", a)).toBe(false);
    expect(await revokeSession(t.db, caller.userId, a)).toBe(true);
    expect(await revokeSession(t.db, caller.userId, a)).toBe(false);
    const c = await createSession(t.db, caller.userId, {});
    expect(await revokeOtherSessions(t.db, caller.userId, c)).toBe(1);
    expect((await listLiveSessions(t.db, caller.userId)).map((s) => s.id)).toEqual([c]);
  });

  it("changing the password needs the current one, and ends every other session", async () => {
    const mine = await createSession(t.db, caller.userId, {});
    await createSession(t.db, caller.userId, {});
    await createSession(t.db, caller.userId, {});
    const me = { ...caller, sessionId: mine };

    const wrong = await failure(changeOwnPassword(t.db, me, { currentPassword: "not-it", newPassword: "violet-tram-umbrella-42" }));
    expect(wrong).toMatchObject({ code: "invalid", fieldErrors: { currentPassword: ["That is not your current password."] } });
    const weak = await failure(changeOwnPassword(t.db, me, { currentPassword: "amber-falcon-1928-quiet", newPassword: "selfself123" }));
    expect(weak?.fieldErrors?.newPassword?.[0]).toMatch(/Too easy to guess/);

    expect(await changeOwnPassword(t.db, me, { currentPassword: "amber-falcon-1928-quiet", newPassword: "violet-tram-umbrella-42" })).toEqual({ endedSessions: 3 });
    expect((await listLiveSessions(t.db, caller.userId)).map((s) => s.id)).toEqual([mine]);
    const [row] = await t.db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, caller.userId));
    expect(await verifyPassword(row!.hash, "violet-tram-umbrella-42")).toBe(true);
  });

  it("guessing the current password from a stolen session is throttled like sign-in", async () => {
    const results = [];
    for (let i = 0; i < 7; i++) results.push((await failure(changeOwnPassword(t.db, { ...caller, clientAddress: "6.6.6.6" }, { currentPassword: `guess-${i}`, newPassword: "quartz-lantern-meadow-7" })))?.code);
    expect(results.slice(0, 5)).toEqual(Array(5).fill("invalid"));
    expect(results.slice(5)).toEqual(["rate_limited", "rate_limited"]);
  });
});
