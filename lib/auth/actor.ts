import "server-only";
import { eq } from "drizzle-orm";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { readSessionClaims } from "./session-token";
import { can, type ActionName, type Role } from "./policy";

/** Who is asking: a signed-in user, or (API routes only) a token, whose scopes decide what it may do. */
export type Actor = { id: string; email: string; name: string; role: Role; token?: { id: string; scopes: readonly string[] } };

/**
 * The signed-in user, re-read from the database on every request: a disabled account, a changed
 * role or a reset password (sessionVersion bump) takes effect at once, not when the JWT expires.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await readSessionClaims();
  const uid = session?.uid;
  if (!uid) return null;
  const db = await getDb();
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, disabled: users.disabled, sv: users.sessionVersion })
    .from(users)
    .where(eq(users.id, uid))
    .limit(1);
  if (!user || user.disabled || user.sv !== session.sv) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
});

/** For pages: the actor, or a redirect to sign-in (back to this page after), or a 403 page. */
export async function requirePage(action: ActionName): Promise<Actor> {
  const actor = await getActor();
  if (!actor) {
    const here = (await headers()).get("x-next-path") ?? "/";
    redirect(`/login?next=${encodeURIComponent(here)}`);
  }
  if (!can(actor, action)) forbidden();
  return actor;
}
