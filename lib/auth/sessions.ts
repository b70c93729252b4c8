import "server-only";
import { and, desc, eq, gt, isNull, ne, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { userSessions } from "@/db/schema";
import { SESSION_MAX_AGE_SECONDS } from "./session-limits";

// Server-side sessions behind the JWT cookie. The cookie says who and which session; this table
// says whether that session is still alive, so signing out ends it even for a copied cookie, and
// "sign out everywhere" or a password change ends the others. getActor (actor.ts) reads the row in
// the same query as the user on every request.


export type SessionOrigin = { userAgent?: string | null; clientAddress?: string | null };

export async function createSession(db: Db, userId: string, origin: SessionOrigin, now = new Date()): Promise<string> {
  const [row] = await db
    .insert(userSessions)
    .values({
      userId,
      expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000),
      // Shown to the user on their account page; bounded, since both come from the client.
      userAgent: origin.userAgent?.slice(0, 300) ?? null,
      clientAddress: origin.clientAddress?.slice(0, 64) ?? null,
    })
    .returning({ id: userSessions.id });
  return row!.id;
}

/** Ends one session of this user (a session id alone cannot end someone else's). */
export async function revokeSession(db: Db, userId: string, sessionId: string): Promise<boolean> {
  const rows = await db
    .update(userSessions)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(userSessions.id, sessionId), eq(userSessions.userId, userId), isNull(userSessions.revokedAt)))
    .returning({ id: userSessions.id });
  return rows.length > 0;
}

/** Ends every live session of the user, except `keep` (the one asking) when given; returns how many. */
export async function revokeOtherSessions(db: Db | Tx, userId: string, keep?: string): Promise<number> {
  const rows = await db
    .update(userSessions)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(userSessions.userId, userId), isNull(userSessions.revokedAt), keep ? ne(userSessions.id, keep) : undefined))
    .returning({ id: userSessions.id });
  return rows.length;
}

export type SessionRow = { id: string; createdAt: Date; expiresAt: Date; userAgent: string | null; clientAddress: string | null };

/** The user's live sessions, newest first. */
export async function listLiveSessions(db: Db, userId: string): Promise<SessionRow[]> {
  return db
    .select({ id: userSessions.id, createdAt: userSessions.createdAt, expiresAt: userSessions.expiresAt, userAgent: userSessions.userAgent, clientAddress: userSessions.clientAddress })
    .from(userSessions)
    .where(and(eq(userSessions.userId, userId), isNull(userSessions.revokedAt), gt(userSessions.expiresAt, sql`now()`)))
    .orderBy(desc(userSessions.createdAt))
    .limit(100);
}

/** Housekeeping: sessions that ended more than a day ago serve no one. */
export async function pruneSessions(db: Db): Promise<void> {
  await db.delete(userSessions).where(sql`coalesce(${userSessions.revokedAt}, ${userSessions.expiresAt}) < now() - interval '1 day'`);
}
