import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { baseAuthConfig } from "@/lib/auth/auth.config";

// Cheap first gate: no session cookie → the sign-in page, remembering where the user was going.
// Real authorization (disabled users, roles) happens server-side in requirePage and the wrappers.
// The config is lazy so the secret is read at request time, never at build time.
const { auth } = NextAuth(() => baseAuthConfig());

type Handler = (request: NextRequest, event: NextFetchEvent) => Promise<Response | undefined>;

// With a lazy config, auth(wrapper) resolves to the wrapped handler asynchronously.
const gate = auth((request) => {
  const { pathname, search } = request.nextUrl;
  const isPublic = pathname === "/login";
  if (!request.auth && !isPublic) {
    const url = new URL("/login", request.nextUrl);
    url.searchParams.set("next", pathname + search);
    return NextResponse.redirect(url);
  }
  // Pages read this to build the ?next= link when a session turns out to be revoked.
  const headers = new Headers(request.headers);
  headers.set("x-next-path", pathname + search);
  return NextResponse.next({ request: { headers } });
}) as unknown as Promise<Handler>;

export default async function proxy(request: NextRequest, event: NextFetchEvent) {
  return (await gate)(request, event);
}

export const config = {
  // Everything but API routes (they answer 401 JSON themselves), Next's assets and static files.
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|ico|txt)$).*)"],
};
