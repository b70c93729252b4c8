import "server-only";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { getAuthSecret } from "@/lib/env";
import { SESSION_COOKIE_NAMES } from "./session-cookie";

// Reading the session on every request through Auth.js's auth() runs its whole session endpoint,
// re-encrypting the cookie each time (about a sixth of a signed-in API request's CPU). Pages and
// handlers only need the claims, so they decrypt the cookie themselves, with a small cache keyed by
// the exact cookie value. Authorization still re-reads the user row on every request (actor.ts);
// sessions last their full lifetime from sign-in (7 days), without sliding renewal, unless their
// server-side row (sessions.ts, read with the user) is revoked first.

const CACHE_LIMIT = 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type SessionClaims = { uid: string; sv: number; sid: string | null };

const g = globalThis as unknown as { __sessionCache?: Map<string, SessionClaims & { exp: number }> };
const cache = (g.__sessionCache ??= new Map());

export async function readSessionClaims(): Promise<SessionClaims | null> {
  const jar = await cookies();
  const name = SESSION_COOKIE_NAMES.find((n) => jar.has(n));
  if (!name) return null;
  const token = jar.get(name)!.value;
  const now = Date.now() / 1000;
  const hit = cache.get(token);
  if (hit) {
    if (hit.exp > now) return { uid: hit.uid, sv: hit.sv, sid: hit.sid };
    cache.delete(token);
    return null;
  }
  let claims;
  try {
    claims = await decode({ token, secret: getAuthSecret(), salt: name });
  } catch {
    return null; // tampered, or made with another secret
  }
  if (!claims || typeof claims.uid !== "string" || typeof claims.exp !== "number" || claims.exp <= now) return null;
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  const entry = { uid: claims.uid, sv: typeof claims.sv === "number" ? claims.sv : 0, sid: typeof claims.sid === "string" && UUID.test(claims.sid) ? claims.sid : null, exp: claims.exp };
  cache.set(token, entry);
  return { uid: entry.uid, sv: entry.sv, sid: entry.sid };
}
