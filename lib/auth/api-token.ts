import { and, eq, isNull, lt, or } from "drizzle-orm";
import type { Db } from "@/db";
import { apiTokens, users } from "@/db/schema";
import type { ActionError } from "@/lib/result";
import type { TokenActor } from "@/lib/domain/actors";
import { hashTokenSecret, looksLikeToken } from "./token-secret";

// Authentication by API token, for the route wrapper (route.ts). Tokens are made, listed and
// revoked in lib/tokens.

/** lastUsedAt is a hint for admins, not a log: written at most once a minute per token. */
const LAST_USED_GRANULARITY_MS = 60_000;

/**
 * The actor behind `Authorization: Bearer <token>`, or why there is none. Unknown, malformed,
 * revoked and expired tokens all answer 401 (with a message saying which), never a page redirect.
 */
export async function authenticateToken(db: Db, secret: string, now = new Date()): Promise<{ actor: TokenActor } | { error: ActionError }> {
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
  return { actor: { kind: "token", tokenId: row.id, tokenName: row.name, prefix: row.prefix, scopes: row.scopes } };
}
