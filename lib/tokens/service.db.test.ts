import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiTokens, auditLog, users } from "@/db/schema";
import { can } from "@/lib/auth/policy";
import { createTestDb } from "@/test/db";
import { createTokenSchema } from "./schemas";
import { hashTokenSecret } from "./secret";
import { authenticateToken, createToken, listTokens, revokeToken } from "./service";

describe("API tokens", () => {
  let t: Awaited<ReturnType<typeof createTestDb>>;
  let admin: { id: string; email: string; name: string; role: "admin" };

  beforeAll(async () => {
    t = await createTestDb();
    const [u] = await t.db.insert(users).values({ email: "root@test", name: "Root", role: "admin", passwordHash: "x" }).returning();
    admin = { id: u!.id, email: u!.email, name: u!.name, role: "admin" };
  });
  afterAll(() => t.close());

  const input = (raw: unknown) => createTokenSchema.parse(raw);

  it("shows the secret once and stores only its hash", async () => {
    const token = await createToken(t.db, admin, input({ name: "CI nightly", scopes: ["metrics:write"], expiresInDays: "30" }));
    expect(token.secret).toMatch(/^hbk_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/);
    const [row] = await t.db.select().from(apiTokens).where(eq(apiTokens.id, token.id));
    expect(row!.tokenHash).toBe(hashTokenSecret(token.secret));
    expect(JSON.stringify(row)).not.toContain(token.secret.slice(14));
    expect(row!.expiresAt!.getTime() - row!.createdAt.getTime()).toBe(30 * 86_400_000);
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.entityId, token.id));
    expect(JSON.stringify(audit)).not.toContain(token.secret);
    expect((await listTokens(t.db)).map((r) => r.name)).toContain("CI nightly");
  });

  it("authenticates as the token's scopes, never as its creator", async () => {
    const token = await createToken(t.db, admin, input({ name: "poster", scopes: "metrics:write", expiresInDays: "" }));
    const result = await authenticateToken(t.db, token.secret);
    expect("actor" in result).toBe(true);
    const actor = (result as { actor: Parameters<typeof can>[0] }).actor!;
    expect(can(actor, "metrics.record")).toBe(true);
    expect(can(actor, "metrics.define")).toBe(false);
    expect(can(actor, "users.list")).toBe(false);
    const [row] = await t.db.select().from(apiTokens).where(eq(apiTokens.id, token.id));
    expect(row!.lastUsedAt).not.toBeNull();
  });

  it("refuses unknown, malformed, revoked and expired tokens with a reason", async () => {
    const token = await createToken(t.db, admin, input({ name: "short-lived", scopes: ["metrics:write"], expiresInDays: "1" }));
    const later = new Date(Date.now() + 2 * 86_400_000);
    expect(await authenticateToken(t.db, token.secret, later)).toMatchObject({ error: { code: "unauthenticated", message: expect.stringMatching(/short-lived.*expired/) } });
    expect(await authenticateToken(t.db, "nope")).toMatchObject({ error: { code: "unauthenticated", message: expect.stringMatching(/not an API token/) } });
    expect(await authenticateToken(t.db, `hbk_00000000_${"A".repeat(43)}`)).toMatchObject({ error: { message: "Unknown API token." } });

    const revoked = await revokeToken(t.db, admin, token.id);
    expect(revoked.alreadyRevoked).toBe(false);
    expect((await revokeToken(t.db, admin, token.id)).alreadyRevoked).toBe(true);
    expect(await authenticateToken(t.db, token.secret)).toMatchObject({ error: { message: expect.stringMatching(/short-lived.*revoked/) } });
  });

  it("validates names, scopes and lifetimes by field", () => {
    const bad = createTokenSchema.safeParse({ name: " ", scopes: ["admin:all"], expiresInDays: "9999" });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.path[0]).sort()).toEqual(["expiresInDays", "name", "scopes"]);
    expect(createTokenSchema.safeParse({ name: "x", scopes: [], expiresInDays: "" }).success).toBe(false);
    expect(createTokenSchema.parse({ name: "x", scopes: ["items:read", "items:read"], expiresInDays: 0 })).toEqual({ name: "x", scopes: ["items:read"], expiresInDays: null });
  });
});
