import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db";
import { clientFromHeaders } from "@/lib/net/client";
import { baseAuthConfig } from "./auth.config";
import { signInSchema } from "./schemas";
import { createSession, revokeSession } from "./sessions";
import { checkSignIn } from "./sign-in";
import { beginPasswordAttempt, recordPasswordSuccess } from "./throttle";

/** Refused before the password was looked at: this address must wait (lib/auth/throttle.ts). */
export class SignInThrottled extends CredentialsSignin {
  code = "rate_limited";
  constructor(readonly retryAfterSeconds: number) {
    super();
  }
}

/**
 * The right password for a disabled account. Still a failed attempt for the throttle (it is not
 * taken back), so the only change is the words the form shows.
 */
export class SignInDisabled extends CredentialsSignin {
  code = "account_disabled";
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const base = baseAuthConfig();
  return {
    ...base,
    providers: [
      Credentials({
        credentials: { email: { type: "email" }, password: { type: "password" } },
        // Every password sign-in comes through here — the login form's action and Auth.js's own
        // POST /api/auth/callback/credentials alike — so the throttle cannot be walked around.
        async authorize(raw, request) {
          const parsed = signInSchema.pick({ email: true, password: true }).safeParse(raw);
          if (!parsed.success) return null;
          const { email, password } = parsed.data;
          const address = clientFromHeaders(request.headers).address;
          const db = await getDb();
          const gate = await beginPasswordAttempt(db, email, address);
          if (!gate.allowed) throw new SignInThrottled(gate.retryAfterSeconds);
          const check = await checkSignIn(email, password);
          if (check.kind === "disabled") throw new SignInDisabled();
          if (check.kind !== "ok") return null;
          const { user } = check;
          await recordPasswordSuccess(db, email, address);
          const sessionId = await createSession(db, user.id, { userAgent: request.headers.get("user-agent"), clientAddress: address });
          return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion, sessionId };
        },
      }),
    ],
    events: {
      // Auth.js's own sign-out endpoint ends the server-side session too (the action does the same).
      async signOut(message) {
        const token = "token" in message ? message.token : null;
        if (token?.uid && token.sid) await revokeSession(await getDb(), token.uid, token.sid);
      },
    },
  };
});
