import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { apiTokens, users } from "@/db/schema";
import { appendAudit } from "@/lib/audit-log/append";
import type { Actor, UserActor } from "@/lib/domain/actors";
import { newTokenSecret } from "@/lib/auth/token-secret";
import { fail } from "@/lib/result";
import type { CreateTokenInput } from "./schemas";

const DAY = 86_400_000;

export type TokenRow = {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: Date;
  createdByName: string | null;
  /** Its creator is disabled or deleted, so the token is refused (see lib/auth/api-token.ts). */
  createdByDisabled: boolean;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

export async function listTokens(db: Db): Promise<TokenRow[]> {
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      prefix: apiTokens.prefix,
      scopes: apiTokens.scopes,
      createdAt: apiTokens.createdAt,
      createdByName: users.name,
      createdByDisabled: sql<boolean>`coalesce(${users.disabled}, true)`,
      expiresAt: apiTokens.expiresAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .leftJoin(users, eq(users.id, apiTokens.createdBy))
    .orderBy(sql`${apiTokens.revokedAt} is not null`, desc(apiTokens.createdAt));
}

/** Creates a token; the secret is in the result once and never stored. */
export async function createToken(db: Db, actor: UserActor, input: CreateTokenInput, now = new Date()) {
  const { secret, prefix, hash } = newTokenSecret();
  const expiresAt = input.expiresInDays ? new Date(now.getTime() + input.expiresInDays * DAY) : null;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({ name: input.name, prefix, tokenHash: hash, scopes: input.scopes, createdBy: actor.userId, createdAt: now, expiresAt })
      .returning({ id: apiTokens.id, name: apiTokens.name, prefix: apiTokens.prefix, scopes: apiTokens.scopes, expiresAt: apiTokens.expiresAt });
    await appendAudit(tx, actor, { action: "token.create", entityType: "api_token", entityId: row!.id, after: { name: input.name, prefix, scopes: input.scopes, expiresAt } });
    return { ...row!, secret };
  });
}

export async function revokeToken(db: Db, actor: Actor, tokenId: string, now = new Date()) {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(apiTokens).where(eq(apiTokens.id, tokenId)).for("update");
    if (!row) return fail("not_found", "That token no longer exists.");
    if (row.revokedAt) return { id: row.id, name: row.name, revokedAt: row.revokedAt, alreadyRevoked: true };
    await tx.update(apiTokens).set({ revokedAt: now }).where(eq(apiTokens.id, tokenId));
    await appendAudit(tx, actor, { action: "token.revoke", entityType: "api_token", entityId: row.id, before: { name: row.name, prefix: row.prefix } });
    return { id: row.id, name: row.name, revokedAt: now, alreadyRevoked: false };
  });
}
