import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { userSessions, users } from "@/db/schema";
import { createTestDb } from "@/test/db";
import { sessionUser } from "./actor-queries";

// The prepared statement every signed-in request runs, with its values bound per call.

describe("sessionUser", () => {
  let t: Awaited<ReturnType<typeof createTestDb>>;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.drop());

  it("reads the user through a live session, and nothing through a revoked, expired or someone else's", async () => {
    const [ann, bob] = await t.db
      .insert(users)
      .values([
        { email: "ann@test", name: "Ann", role: "lead", passwordHash: "x", timeZone: "Europe/Oslo" },
        { email: "bob@test", name: "Bob", role: "viewer", passwordHash: "x" },
      ])
      .returning();
    const soon = new Date(Date.now() + 3_600_000);
    const [live, revoked, expired, bobs] = await t.db
      .insert(userSessions)
      .values([
        { userId: ann!.id, expiresAt: soon },
        { userId: ann!.id, expiresAt: soon, revokedAt: new Date() },
        { userId: ann!.id, expiresAt: new Date(Date.now() - 1000) },
        { userId: bob!.id, expiresAt: soon },
      ])
      .returning();
    expect(await sessionUser(t.db, ann!.id, live!.id)).toMatchObject({ id: ann!.id, name: "Ann", role: "lead", timeZone: "Europe/Oslo", disabled: false, sv: 1 });
    // The same statement, other values: each call binds its own.
    expect(await sessionUser(t.db, bob!.id, bobs!.id)).toMatchObject({ id: bob!.id, role: "viewer" });
    expect(await sessionUser(t.db, ann!.id, revoked!.id)).toBeUndefined();
    expect(await sessionUser(t.db, ann!.id, expired!.id)).toBeUndefined();
    expect(await sessionUser(t.db, ann!.id, bobs!.id)).toBeUndefined();
    await t.db.update(users).set({ role: "admin" }).where(eq(users.id, ann!.id));
    expect(await sessionUser(t.db, ann!.id, live!.id)).toMatchObject({ role: "admin" });
  });
});
