import "server-only";
import type { NextAuthConfig } from "next-auth";
import { getAuthSecret, getEnv } from "@/lib/env";
import type { Role } from "@/lib/domain/actors";
import { SESSION_MAX_AGE_SECONDS } from "./session-limits";
import { safeInAppPath } from "./safe-path";

declare module "next-auth" {
  interface User {
    role?: Role;
    sessionVersion?: number;
    /** The user_sessions row made at sign-in (sessions.ts). */
    sessionId?: string;
  }
  interface Session {
    user: { id: string; name: string; email: string; role: Role; sessionVersion: number };
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    uid?: string;
    role?: Role;
    sv?: number;
    sid?: string;
  }
}

/**
 * The database-free half of the Auth.js config; ./index.ts adds the Credentials provider. The JWT
 * claims set here (uid, role, sv) are what lib/auth/session-token.ts reads on every request.
 */
export function baseAuthConfig(): NextAuthConfig {
  return {
    secret: getAuthSecret(),
    trustHost: getEnv().AUTH_TRUST_HOST,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/login" },
    providers: [],
    callbacks: {
      // Every callbackUrl / redirectTo Auth.js is about to follow: same-origin paths only (./safe-path.ts).
      redirect({ url, baseUrl }) {
        return `${baseUrl}${safeInAppPath(url, baseUrl)}`;
      },
      jwt({ token, user }) {
        if (user?.id) {
          token.uid = user.id;
          token.role = user.role;
          token.sv = user.sessionVersion;
          token.sid = user.sessionId;
        }
        return token;
      },
      session({ session, token }) {
        if (token.uid && token.role) {
          session.user = { ...session.user, id: token.uid, role: token.role, sessionVersion: token.sv ?? 0 };
        }
        return session;
      },
    },
  };
}
