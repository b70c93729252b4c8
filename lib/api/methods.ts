import { API, type Endpoint } from "./catalog";

// Which HTTP methods each URL answers, so any other method gets 405 with an `Allow` header before
// Next.js sees it (./method-guard.ts). Next.js cannot be left to it: it builds a fetch Request for
// every request, which throws on TRACE (a 500), answers other unknown methods 400, renders pages
// for PUT or DELETE, and sends route handlers' 405s without `Allow`. API routes' methods come from
// the catalog (lib/api/catalog.ts, which its test keeps equal to the route files); Auth.js's
// endpoints take GET and POST; everything else is a page or a static file: GET, HEAD, and POST for
// server actions.

/** What Next.js itself accepts; anything else must never reach it. */
export const NEXT_METHODS = new Set(["GET", "HEAD", "OPTIONS", "POST", "PUT", "DELETE", "PATCH"]);

const PAGE_METHODS = ["GET", "HEAD", "POST"];
const AUTH_METHODS = ["GET", "HEAD", "OPTIONS", "POST"];

type Route = { pattern: RegExp; methods: string[] };

function routeTable(endpoints: readonly Endpoint[]): Route[] {
  const byPath = new Map<string, Set<string>>();
  for (const e of endpoints) {
    const methods = byPath.get(e.path) ?? new Set(["OPTIONS"]); // Next.js answers OPTIONS itself.
    methods.add(e.method);
    if (e.method === "GET") methods.add("HEAD");
    byPath.set(e.path, methods);
  }
  return [...byPath].map(([path, methods]) => ({
    pattern: new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\\?\{\w+\\?\}/g, "[^/]+")}$`),
    methods: [...methods].sort(),
  }));
}

let table: Route[] | undefined;

/**
 * The methods `pathname` answers, or null for an API path no route serves (Next.js answers those
 * 404 for the methods it knows).
 */
export function allowedMethods(pathname: string, endpoints?: readonly Endpoint[]): string[] | null {
  if (pathname === "/api/auth" || pathname.startsWith("/api/auth/")) return AUTH_METHODS;
  if (pathname !== "/api" && !pathname.startsWith("/api/")) return PAGE_METHODS;
  const routes = endpoints ? routeTable(endpoints) : (table ??= routeTable(Object.values(API)));
  return routes.find((r) => r.pattern.test(pathname))?.methods ?? null;
}

export type MethodRefusal = { status: 405; allow: string } | { status: 404; allow?: undefined };

/** Null when the request may go on to Next.js; otherwise the answer to give instead. */
export function refuseMethod(method: string, target: string): MethodRefusal | null {
  const pathname = pathOf(target);
  const allowed = allowedMethods(pathname);
  const upper = method.toUpperCase();
  if (!allowed) return NEXT_METHODS.has(upper) ? null : { status: 404 };
  return allowed.includes(upper) ? null : { status: 405, allow: allowed.join(", ") };
}

/** The path of a request target (`/a/b?q` → `/a/b`; an absolute-form target's path; `*` → `*`). */
export function pathOf(target: string): string {
  try {
    return new URL(target, "http://request.invalid").pathname;
  } catch {
    return "/";
  }
}
