import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE_NAMES } from "@/lib/auth/session-cookie";
import { refuseOversizedPost } from "@/lib/http/body-limit";

// Cheap first gate: no session cookie → the sign-in page, remembering where the user was going.
// Real authentication (decrypting the cookie) and authorization (disabled users, roles) happen
// server-side in getActor/requirePage and the wrappers. The gate deliberately does not run Auth.js:
// its middleware re-issues the session cookie on every page request, and a re-issued cookie
// arriving after a sign-out (from a prefetch in flight) would sign the user back in.
export default function proxy(request: NextRequest) {
  // An upload over the server-action limit: 413 naming it, not Next's bare 500.
  const tooLarge = refuseOversizedPost(request);
  if (tooLarge) return tooLarge;
  const { pathname, search } = request.nextUrl;
  const isPublic = pathname === "/login";
  const hasSession = SESSION_COOKIE_NAMES.some((name) => request.cookies.has(name));
  if (!hasSession && !isPublic) {
    const url = new URL("/login", request.nextUrl);
    url.searchParams.set("next", pathname + search);
    return NextResponse.redirect(url);
  }
  // Pages read this to build the ?next= link when a session turns out to be revoked.
  const headers = new Headers(request.headers);
  headers.set("x-next-path", pathname + search);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Everything but API routes (they answer 401 JSON themselves), Next's assets and static files.
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|ico|txt)$).*)"],
};
