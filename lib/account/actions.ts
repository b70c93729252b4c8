"use server";

import { headers } from "next/headers";
import { getDb } from "@/db";
import { defineAction } from "@/lib/auth/action";
import { revokeSession } from "@/lib/auth/sessions";
import { clientFromHeaders } from "@/lib/net/client";
import { fail } from "@/lib/result";
import { changePasswordSchema, revokeSessionSchema, setTimeZoneSchema } from "./schemas";
import { changeOwnPassword, setOwnTimeZone } from "./service";

export const changePasswordAction = defineAction("account.changePassword", changePasswordSchema, async (input, actor) => {
  const clientAddress = clientFromHeaders(await headers()).address;
  return changeOwnPassword(await getDb(), { ...actor, clientAddress }, input);
});

/** Ends one of the caller's other sessions (their own current one ends by signing out). */
export const revokeSessionAction = defineAction("account.revokeSession", revokeSessionSchema, async ({ sessionId }, actor) => {
  if (sessionId === actor.sessionId) fail("invalid", "This is the session you are using; sign out instead.");
  const ended = await revokeSession(await getDb(), actor.userId, sessionId);
  if (!ended) fail("not_found", "That session has already ended.");
  return { ended: true as const };
});

/** The zone the caller reads times in; "" goes back to the browser's. */
export const setTimeZoneAction = defineAction("account.setTimeZone", setTimeZoneSchema, async ({ timeZone }, actor) =>
  setOwnTimeZone(await getDb(), actor, timeZone || null),
);
