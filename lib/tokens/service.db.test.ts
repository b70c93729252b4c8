import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiTokens, auditLog, users } from "@/db/schema";
import { invalidInput } from "@/lib/auth/guard";
import { can } from "@/lib/auth/policy";
import { createTestDb } from "@/test/db";
import { createTokenSchema } from "./schemas";
import { authenticateToken } from "@/lib/auth/api-token";
import { hashTokenSecret } from "@/lib/auth/token-secret";
import { createToken, listTokens, revokeToken } from "./service";
import { userActor, type TokenActor, type UserActor } from "@/lib/domain/actors";

describe("API tokens", () => {
  let t: Awaited<ReturnType<typeof createTestDb>>;
  let admin: UserActor;

  beforeAll(async () => {
    t = await createTestDb();
    const [u] = await t.db.insert(users).values({ email: "root@test", name: "Root", role: "admin", passwordHash: "x" }).returning();
    admin = userActor({ id: u!.id, email: u!.email, name: u!.name, role: "admin" });
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
    const actor = (result as { actor: TokenActor }).actor;
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
    expect(createTokenSchema.parse({ name: "x", scopes: ["items:read", "items:read"], expiresInDays: "never" })).toEqual({ name: "x", scopes: ["items:read"], expiresInDays: null });
  });

  it("refuses a token without scopes, with a message naming scopes", () => {
    for (const scopes of [[], undefined, ""]) {
      const refused = createTokenSchema.safeParse({ name: "x", scopes, expiresInDays: "30" });
      expect(refused.success, JSON.stringify(scopes)).toBe(false);
      const error = invalidInput(refused.error!, createTokenSchema);
      expect(error.message).toMatch(/^Scopes: choose at least one scope/);
      expect(Object.keys(error.fieldErrors!)).toEqual(["scopes"]);
    }
  });

  it("expires after 90 days unless another lifetime, or explicitly never, is chosen", async () => {
    const now = new Date("2026-11-21T12:00:00Z");
    const lifetime = async (expiresInDays: unknown) => {
      const token = await createToken(t.db, admin, input({ name: `life ${String(expiresInDays)}`, scopes: ["metrics:read"], expiresInDays }), now);
      return token.expiresAt && (token.expiresAt.getTime() - now.getTime()) / 86_400_000;
    };
    expect(await lifetime(undefined)).toBe(90);
    expect(await lifetime("")).toBe(90);
    expect(await lifetime("365")).toBe(365);
    expect(await lifetime("never")).toBeNull();
    for (const bad of [0, "0", -1, 366, "soon"]) {
      const refused = createTokenSchema.safeParse({ name: "x", scopes: ["metrics:read"], expiresInDays: bad });
      expect(refused.success, String(bad)).toBe(false);
      expect(invalidInput(refused.error!, createTokenSchema).message).toMatch(/^Expires: /);
    }
  });

  it("stops a token the moment its creator is disabled or deleted", async () => {
    const [u] = await t.db.insert(users).values({ email: "ops@test", name: "Ops", role: "admin", passwordHash: "x" }).returning();
    const ops = userActor({ id: u!.id, email: u!.email, name: u!.name, role: "admin" as const });
    const token = await createToken(t.db, ops, input({ name: "ops nightly", scopes: ["metrics:write"] }));
    expect("actor" in (await authenticateToken(t.db, token.secret))).toBe(true);

    await t.db.update(users).set({ disabled: true }).where(eq(users.id, ops.userId));
    expect(await authenticateToken(t.db, token.secret)).toMatchObject({ error: { code: "unauthenticated", message: expect.stringMatching(/ops nightly.*Ops.*disabled/) } });
    expect((await listTokens(t.db)).find((r) => r.id === token.id)).toMatchObject({ createdByDisabled: true });

    // Enabled again, the account's tokens work again (revoke them to end them for good).
    await t.db.update(users).set({ disabled: false }).where(eq(users.id, ops.userId));
    expect("actor" in (await authenticateToken(t.db, token.secret))).toBe(true);

    await t.db.delete(users).where(eq(users.id, ops.userId));
    expect(await authenticateToken(t.db, token.secret)).toMatchObject({ error: { code: "unauthenticated", message: expect.stringMatching(/ops nightly.*deleted/) } });
    expect((await listTokens(t.db)).find((r) => r.id === token.id)).toMatchObject({ createdByName: null, createdByDisabled: true });
  });
});
