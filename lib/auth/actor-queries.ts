import "server-only";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { userSessions, users } from "@/db/schema";
import { preparedFor } from "@/db/prepared";

// Every signed-in request reads its user with the session row (lib/auth/actor.ts). Built once per
// database handle and prepared: building this statement took longer than running it.

const actorBySession = preparedFor((db: Db) =>
  db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, timeZone: users.timeZone, disabled: users.disabled, sv: users.sessionVersion })
    .from(users)
    .innerJoin(
      userSessions,
      and(eq(userSessions.userId, users.id), eq(userSessions.id, sql.placeholder("sid")), isNull(userSessions.revokedAt), gt(userSessions.expiresAt, sql`now()`)),
    )
    .where(eq(users.id, sql.placeholder("uid")))
    .limit(1)
    .prepare("actor_by_session"),
);

export async function sessionUser(db: Db, userId: string, sessionId: string) {
  const [user] = await actorBySession(db).execute({ uid: userId, sid: sessionId });
  return user;
}
