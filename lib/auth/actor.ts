import "server-only";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db";
import type { UserActor } from "@/lib/domain/actors";
import { sessionUser } from "./actor-queries";
import { readSessionClaims } from "./session-token";
import { can, type ActionName } from "./policy";

/**
 * The signed-in user, re-read from the database on every request together with their session row:
 * a disabled account, a changed role, a reset password (sessionVersion bump) or an ended session
 * (sign-out, "sign out everywhere", a password change) takes effect at once, not when the JWT
 * expires. A cookie without a session id (made before sessions had rows) is no longer accepted.
 */
export const getActor = cache(async (): Promise<UserActor | null> => {
  const session = await readSessionClaims();
  if (!session?.uid || !session.sid) return null;
  const user = await sessionUser(await getDb(), session.uid, session.sid);
  if (!user || user.disabled || user.sv !== session.sv) return null;
  return { kind: "user", userId: user.id, email: user.email, name: user.name, role: user.role, sessionId: session.sid, timeZone: user.timeZone };
});

/** For the signed-in frame: the actor, or a redirect to sign-in (back to this page after). */
export async function requireSignedIn(): Promise<UserActor> {
  const actor = await getActor();
  if (!actor) {
    const here = (await headers()).get("x-next-path") ?? "/";
    redirect(`/login?next=${encodeURIComponent(here)}`);
  }
  return actor;
}

/** For pages: the actor, or a redirect to sign-in (back to this page after), or a 403 page. */
export async function requirePage(action: ActionName): Promise<UserActor> {
  const actor = await requireSignedIn();
  if (!can(actor, action)) forbidden();
  return actor;
}
