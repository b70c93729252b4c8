import "server-only";
import { and, desc, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { apiTokens, users } from "@/db/schema";
import { appendAudit, type AuditActor } from "@/lib/audit-log/append";
import type { Actor } from "@/lib/auth/actor";
import { fail, type ActionError } from "@/lib/result";
import type { CreateTokenInput } from "./schemas";
import { hashTokenSecret, looksLikeToken, newTokenSecret } from "./secret";

const DAY = 86_400_000;
/** lastUsedAt is a hint for admins, not a log: written at most once a minute per token. */
const LAST_USED_GRANULARITY_MS = 60_000;

export type TokenRow = {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: Date;
  createdByName: string | null;
  /** Its creator is disabled or deleted, so the token is refused (see authenticateToken). */
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
export async function createToken(db: Db, actor: Actor, input: CreateTokenInput, now = new Date()) {
  const { secret, prefix, hash } = newTokenSecret();
  const expiresAt = input.expiresInDays ? new Date(now.getTime() + input.expiresInDays * DAY) : null;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({ name: input.name, prefix, tokenHash: hash, scopes: input.scopes, createdBy: actor.id, createdAt: now, expiresAt })
      .returning({ id: apiTokens.id, name: apiTokens.name, prefix: apiTokens.prefix, scopes: apiTokens.scopes, expiresAt: apiTokens.expiresAt });
    await appendAudit(tx, actor, { action: "token.create", entityType: "api_token", entityId: row!.id, after: { name: input.name, prefix, scopes: input.scopes, expiresAt } });
    return { ...row!, secret };
  });
}

export async function revokeToken(db: Db, actor: AuditActor, tokenId: string, now = new Date()) {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(apiTokens).where(eq(apiTokens.id, tokenId)).for("update");
    if (!row) return fail("not_found", "That token no longer exists.");
    if (row.revokedAt) return { id: row.id, name: row.name, revokedAt: row.revokedAt, alreadyRevoked: true };
    await tx.update(apiTokens).set({ revokedAt: now }).where(eq(apiTokens.id, tokenId));
    await appendAudit(tx, actor, { action: "token.revoke", entityType: "api_token", entityId: row.id, before: { name: row.name, prefix: row.prefix } });
    return { id: row.id, name: row.name, revokedAt: now, alreadyRevoked: false };
  });
}

/**
 * The actor behind `Authorization: Bearer <token>`, or why there is none. Unknown, malformed,
 * revoked and expired tokens all answer 401 (with a message saying which), never a page redirect.
 */
export async function authenticateToken(db: Db, secret: string, now = new Date()): Promise<{ actor: Actor } | { error: ActionError }> {
  const refused = (message: string): { error: ActionError } => ({ error: { code: "unauthenticated", message } });
  if (!looksLikeToken(secret)) return refused("That is not an API token of this workspace (expected hbk_…).");
  const [found] = await db
    .select({ token: apiTokens, creatorName: users.name, creatorDisabled: users.disabled })
    .from(apiTokens)
    .leftJoin(users, eq(users.id, apiTokens.createdBy))
    .where(eq(apiTokens.tokenHash, hashTokenSecret(secret)))
    .limit(1);
  if (!found) return refused("Unknown API token.");
  const row = found.token;
  if (row.revokedAt) return refused(`The API token “${row.name}” was revoked on ${row.revokedAt.toISOString().slice(0, 10)}.`);
  if (row.expiresAt && row.expiresAt <= now) return refused(`The API token “${row.name}” expired on ${row.expiresAt.toISOString().slice(0, 10)}.`);
  // A token works only while the admin who made it could: disabling the account stops it at once
  // (enabling the account again restores it; revoke it to end it for good).
  if (found.creatorName === null) return refused(`The API token “${row.name}” no longer works: the account that created it was deleted.`);
  if (found.creatorDisabled) return refused(`The API token “${row.name}” no longer works: ${found.creatorName}, who created it, is disabled.`);
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_GRANULARITY_MS) {
    await db
      .update(apiTokens)
      .set({ lastUsedAt: now })
      .where(and(eq(apiTokens.id, row.id), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, new Date(now.getTime() - LAST_USED_GRANULARITY_MS)))));
  }
  return {
    actor: { id: row.id, email: `token:${row.prefix}`, name: `API token “${row.name}”`, role: "viewer", token: { id: row.id, scopes: row.scopes } },
  };
}

/** The user id to store in created_by columns: a token is not a user. */
export const userIdOf = (actor: Actor): string | null => (actor.token ? null : actor.id);
