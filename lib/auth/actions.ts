"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { z } from "zod";
import { getDb } from "@/db";
import { fail } from "@/lib/result";
import { defineAction } from "./action";
import { errorLine } from "./error-line";
import { signIn, signOut, SignInDisabled, SignInThrottled } from "./index";
import { DISABLED_SIGN_IN, INVALID_SIGN_IN } from "./sign-in-outcome";
import { signInSchema } from "./schemas";
import { revokeOtherSessions, revokeSession } from "./sessions";
import { waitInWords } from "./throttle";

export const signInAction = defineAction("auth.signIn", signInSchema, async ({ email, password, next }) => {
  try {
    // The throttle runs inside Auth.js's authorize (lib/auth/index.ts), shared with its raw endpoint.
    // On success Auth.js sets the session cookie and throws Next's redirect, which passes through.
    await signIn("credentials", { email, password, redirectTo: next });
  } catch (error) {
    if (error instanceof SignInThrottled || (error instanceof CredentialsSignin && error.code === "rate_limited")) {
      const wait = error instanceof SignInThrottled ? error.retryAfterSeconds : 60;
      fail("rate_limited", `Too many failed sign-ins from your address. Try again in ${waitInWords(wait)}.`);
    }
    if (error instanceof SignInDisabled || (error instanceof CredentialsSignin && error.code === "account_disabled")) fail("forbidden", DISABLED_SIGN_IN);
    if (error instanceof CredentialsSignin) fail("invalid", INVALID_SIGN_IN);
    if (error instanceof AuthError) {
      // Auth.js puts its cause's message in its own (a failed query's carries its parameters, the
      // e-mail among them): log the cause the way every other failure is logged.
      console.error(`[sign-in] failed (${error.type}):`, errorLine((error.cause as { err?: unknown } | undefined)?.err ?? error.cause ?? "unknown cause"));
      fail("unavailable", "Sign-in is unavailable right now. Try again in a minute.");
    }
    throw error;
  }
});

/** Ends this session on the server (a copied cookie stops working too), then clears the cookie. */
export const signOutAction = defineAction("auth.signOut", z.unknown(), async (_input, actor) => {
  if (actor?.sessionId) await revokeSession(await getDb(), actor.userId, actor.sessionId);
  await signOut({ redirectTo: "/login" });
});

/** Ends every session of the signed-in user, this one included. */
export const signOutEverywhereAction = defineAction("account.signOutEverywhere", z.unknown(), async (_input, actor) => {
  await revokeOtherSessions(await getDb(), actor.userId);
  await signOut({ redirectTo: "/login" });
});
