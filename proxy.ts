import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE_NAMES } from "@/lib/auth/session-cookie";
import { makeNonce, pageSecurityHeaders, withHeaders } from "@/lib/http/security-headers";
import { clientFromHeaders } from "@/lib/net/client";
import { refuseOversizedPost } from "@/lib/importer/body-limit";
import { isPublicPath } from "@/lib/routing/page-manifest";
import { NUL_MESSAGE } from "@/lib/validation/text";

/** The query parameter (or "path") whose decoded text holds U+0000, if any. */
function nulInAddress(url: URL): string | null {
  if (/%00/.test(url.pathname)) return "path";
  for (const [key, value] of url.searchParams) if (key.includes("\u0000") || value.includes("\u0000")) return key.replaceAll("\u0000", "\\0") || "query";
  return null;
}

// Cheap first gate: no session cookie → the sign-in page, remembering where the user was going.
// Real authentication (decrypting the cookie) and authorization (disabled users, roles) happen
// server-side in getActor/requirePage and the wrappers. The gate deliberately does not run Auth.js:
// its middleware re-issues the session cookie on every page request, and a re-issued cookie
// arriving after a sign-out (from a prefetch in flight) would sign the user back in.
//
// It also gives every page its security headers (lib/http/security-headers.ts): a fresh script
// nonce per request, passed on in the request's Content-Security-Policy header (Next.js reads it
// there and puts it on its own scripts) and as x-nonce (the root layout hands it to next-themes).
export default function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const nonce = makeNonce();
  const security = pageSecurityHeaders({
    nonce,
    https: clientFromHeaders(request.headers).protocol === "https",
    dev: process.env.NODE_ENV === "development",
  });
  // An upload over the server-action limit: 413 naming it, not Next's bare 500.
  const tooLarge = refuseOversizedPost(request);
  if (tooLarge) return withHeaders(tooLarge, security);
  // A NUL in a page's address is never meant and cannot reach the database (lib/validation/text.ts).
  const nul = nulInAddress(request.nextUrl);
  if (nul) return withHeaders(new NextResponse(`${nul}: ${NUL_MESSAGE}.\n`, { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } }), security);
  const isPublic = isPublicPath(pathname);
  const hasSession = SESSION_COOKIE_NAMES.some((name) => request.cookies.has(name));
  if (!hasSession && !isPublic) {
    const url = new URL("/login", request.nextUrl);
    url.searchParams.set("next", pathname + search);
    return withHeaders(NextResponse.redirect(url), security);
  }
  const headers = new Headers(request.headers);
  // Pages read this to build the ?next= link when a session turns out to be revoked.
  headers.set("x-next-path", pathname + search);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", security["Content-Security-Policy"]!);
  return withHeaders(NextResponse.next({ request: { headers } }), security);
}

export const config = {
  // Everything but API routes (defineRoute gives them their headers and they answer 401 JSON
  // themselves), Next's assets and static files (public/: icons, the web manifest, robots.txt; next.config.ts
  // gives those the base headers), which need no sign-in.
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|ico|txt|webmanifest)$).*)"],
};
