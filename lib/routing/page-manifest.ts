import type { ActionName } from "@/lib/auth/policy";

// Every page of the app, named as Next's file router names it (the folders under app/, route
// groups dropped), with the permission a full page load needs. The (pages) layout checks that
// permission before streaming (so a refusal is a real 403), each page checks it again through
// requirePageFor (client navigations skip the layout), and the nav shows an entry only to those
// it allows. page-manifest.test.ts fails on a page.tsx missing here, an entry with no page, and a
// page whose check names another entry. Existence checks for detail pages: page-exists.ts.
// Pure data and string work: the client-side nav imports it too.

/** `null`: a public page, outside the (app) layout, that needs no session (proxy.ts lets it through). */
type PageSpec = { action: ActionName | null };

export const PAGES = {
  "/": { action: "pages.dashboard" },
  "/account": { action: "pages.account" },
  "/admin": { action: "pages.admin" },
  "/admin/audit": { action: "pages.admin" },
  "/admin/tokens": { action: "tokens.manage" },
  "/admin/users": { action: "pages.admin" },
  "/admin/webhooks": { action: "webhooks.manage" },
  "/admin/webhooks/[id]": { action: "webhooks.manage" },
  "/api-docs": { action: "pages.dashboard" },
  "/backlog": { action: "pages.backlog" },
  "/backlog/[project]/[key]": { action: "pages.backlog" },
  "/import": { action: "pages.import" },
  "/inbox": { action: "pages.inbox" },
  "/login": { action: null },
  "/matrix": { action: "pages.matrix" },
  "/matrix/policy": { action: "pages.matrix" },
  "/metrics": { action: "pages.metrics" },
  "/metrics/[key]": { action: "pages.metrics" },
  "/metrics/[key]/edit": { action: "metrics.define" },
  "/metrics/new": { action: "metrics.define" },
  "/runbooks": { action: "pages.runbooks" },
  "/runbooks/[slug]": { action: "pages.runbooks" },
  "/runbooks/[slug]/drills/[id]": { action: "pages.runbooks" },
  "/runbooks/[slug]/edit": { action: "runbooks.edit" },
  "/runbooks/[slug]/history": { action: "pages.runbooks" },
  "/runbooks/new": { action: "runbooks.create" },
  "/triage": { action: "pages.triage" },
} as const satisfies Record<string, PageSpec>;

export type PageRoute = keyof typeof PAGES;
/** Pages behind a permission (all of them under the (pages) layout). */
export type ProtectedRoute = { [R in PageRoute]: (typeof PAGES)[R]["action"] extends null ? never : R }[PageRoute];
/** Pages with no bracket segment: the ones a link can name as they are (the nav's). */
export type StaticRoute = Exclude<PageRoute, `${string}[${string}`>;
/** Pages whose URL names a record (page-exists.ts must say how to find it). */
export type DetailRoute = Exclude<PageRoute, StaticRoute>;
/** The bracket segments' names of a route: "/runbooks/[slug]/drills/[id]" → "slug" | "id". */
export type ParamsOf<R extends string> = R extends `${string}[${infer P}]${infer Rest}` ? P | ParamsOf<Rest> : never;

const isRoute = (path: string): path is PageRoute => Object.hasOwn(PAGES, path);

export const actionOf = (route: ProtectedRoute): ActionName => PAGES[route].action;

type Segment = { param: string } | { text: string };

function segmentsOfRoute(route: string): Segment[] {
  return route
    .split("/")
    .slice(1)
    .filter((s) => s !== "")
    .map((s) => {
      const param = /^\[([A-Za-z_]\w*)\]$/.exec(s);
      if (param) return { param: param[1]! };
      // Catch-all and optional segments would need their own matching; none exist yet.
      if (/[[\]]/.test(s)) throw new Error(`page-manifest: unsupported segment "${s}" in ${route}`);
      return { text: s };
    });
}

/**
 * The matchers, most specific first, as Next's router prefers them: at the first segment where two
 * routes differ, a fixed name beats a bracket ("/runbooks/new" before "/runbooks/[slug]").
 */
const MATCHERS = (Object.keys(PAGES) as PageRoute[])
  .map((route) => ({ route, segments: segmentsOfRoute(route) }))
  .sort((a, b) => {
    const n = Math.min(a.segments.length, b.segments.length);
    for (let i = 0; i < n; i++) {
      const rank = Number("param" in a.segments[i]!) - Number("param" in b.segments[i]!);
      if (rank !== 0) return rank;
    }
    return a.segments.length - b.segments.length;
  });

const decode = (segment: string) => {
  try {
    return decodeURIComponent(segment);
  } catch {
    // Undecodable: looked up as written (it will find nothing), not thrown.
    return segment;
  }
};

/** The path of a URL as the checks see it: no query or fragment, no trailing slash. */
const barePath = (path: string) => path.split(/[?#]/)[0]!.replace(/\/+$/, "");

export type PageMatch = { route: PageRoute; params: Record<string, string> };

/** The manifest entry a URL path opens, with its bracket segments decoded; null when none does. */
export function matchPage(path: string): PageMatch | null {
  // Fixed segments are compared as written, as Next's router does.
  const parts = barePath(path).split("/").slice(1);
  for (const { route, segments } of MATCHERS) {
    if (segments.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const fits = segments.every((segment, i) => {
      const part = parts[i]!;
      if ("text" in segment) return segment.text === part;
      params[segment.param] = decode(part);
      return part !== "";
    });
    if (fits) return { route, params };
  }
  return null;
}

/** The section of a path ("/admin/users?x" → "/admin"), as the nav and the access check see it. */
export function sectionOf(path: string): string {
  const first = path.split(/[?#]/)[0]!.split("/")[1] ?? "";
  return `/${first}`;
}

/**
 * The permission a full page load of `path` needs. A path no page answers (Next will show its 404)
 * needs its section's permission, so the 404 is not shown to those the section would refuse;
 * outside every section, a signed-in user's.
 */
export function actionForPath(path: string): ActionName {
  const page = matchPage(path);
  const action = page ? PAGES[page.route].action : null;
  if (action) return action;
  const section = sectionOf(path);
  return (isRoute(section) && PAGES[section].action) || "pages.dashboard";
}

/** Whether `pathname` is a public page (proxy.ts: no session needed). Exact: "/login", not "/login/x". */
export const isPublicPath = (pathname: string) => isRoute(pathname) && PAGES[pathname].action === null;
