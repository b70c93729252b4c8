import { describe, expect, it } from "vitest";
import { actionForPath, isPublicPath, matchPage, PAGES, sectionOf, type PageRoute } from "./page-manifest";

// Every page file's source, by its path ("/app/(app)/(pages)/runbooks/[slug]/page.tsx").
const pageFiles = import.meta.glob("/app/**/page.tsx", { query: "?raw", import: "default", eager: true }) as Record<string, string>;

/** The route Next's file router gives a page file: route groups and slots add no segment. */
function routeOfFile(file: string): string {
  const folders = file.split("/").slice(2, -1);
  return `/${folders.filter((f) => !/^\(.*\)$/.test(f) && !f.startsWith("@")).join("/")}`;
}

// Private folders (_components) hold no routes.
const files = Object.keys(pageFiles).filter((file) => !file.split("/").some((f) => f.startsWith("_")));
const routeFiles = new Map(files.map((file) => [routeOfFile(file), file]));
const routes = Object.keys(PAGES) as PageRoute[];

/** A URL for a route: each bracket segment filled with a plausible value. */
const urlFor = (route: string) => route.replace(/\[[^\]]+\]/g, "some-x_1");

describe("the page manifest", () => {
  it("finds the page files (the glob works)", () => {
    expect(files).toContain("/app/(app)/(pages)/runbooks/[slug]/edit/page.tsx");
    expect(routeOfFile("/app/(app)/(pages)/runbooks/[slug]/edit/page.tsx")).toBe("/runbooks/[slug]/edit");
    expect(routeOfFile("/app/(app)/(pages)/page.tsx")).toBe("/");
  });

  it("every page that needs a session is under the checking layout", () => {
    for (const route of routes) if (PAGES[route].action !== null) expect(routeFiles.get(route), route).toMatch(/^\/app\/\(app\)\/\(pages\)\//);
  });

  it("lists every page.tsx, and nothing else", () => {
    const missing = [...routeFiles.keys()].filter((route) => !Object.hasOwn(PAGES, route));
    const stale = routes.filter((route) => !routeFiles.has(route));
    expect(missing, "page files missing from PAGES in lib/routing/page-manifest.ts").toEqual([]);
    expect(stale, "PAGES entries with no page file").toEqual([]);
  });

  it.each(routes)("%s checks its own entry's permission, inside the (app) layout, or is public outside it", (route) => {
    const file = routeFiles.get(route)!;
    const source = pageFiles[file]!;
    // A hand-written page permission (requirePage("pages.x"), can(actor, "pages.x")) could
    // disagree with the layout's check; the page takes its own from the manifest.
    expect(source, file).not.toMatch(/\brequirePage\(/);
    expect(source, file).not.toMatch(/["'`]pages\./);
    const calls = source.match(/\brequirePageFor\(/g) ?? [];
    const named = [...source.matchAll(/\brequirePageFor\(\s*"([^"]*)"\s*\)/g)].map((m) => m[1]);
    const looked = [...source.matchAll(/\bactionOf\(\s*"([^"]*)"\s*\)/g)].map((m) => m[1]);
    expect(looked.length, `${file}: actionOf with a literal route`).toBe((source.match(/\bactionOf\(/g) ?? []).length);
    expect(looked.filter((r) => r !== route), `${file}: actionOf of another page`).toEqual([]);
    if (PAGES[route].action === null) {
      // The (app) layout demands a session for every path under it.
      expect(file.startsWith("/app/(app)/"), file).toBe(false);
      expect(calls, file).toEqual([]);
    } else {
      expect(file.startsWith("/app/(app)/(pages)/"), `${file}: only the (pages) layout checks before streaming`).toBe(true);
      expect(named.length, `${file}: requirePageFor with a literal route`).toBe(calls.length);
      expect(named.length, `${file} calls requirePageFor`).toBeGreaterThan(0);
      expect(new Set(named), file).toEqual(new Set([route]));
    }
  });

  it.each(routes)("a URL of %s opens that entry, which a full load checks", (route) => {
    const url = urlFor(route);
    expect(matchPage(url)?.route).toBe(route);
    expect(matchPage(`${url}/?tab=x#y`)?.route).toBe(route);
    if (PAGES[route].action) expect(actionForPath(url)).toBe(PAGES[route].action);
  });

  it("prefers fixed segments to brackets, as Next's router does", () => {
    expect(matchPage("/runbooks/new")?.route).toBe("/runbooks/new");
    expect(matchPage("/metrics/new")?.route).toBe("/metrics/new");
    expect(matchPage("/runbooks/new/edit")?.route).toBe("/runbooks/[slug]/edit");
    expect(matchPage("/runbooks/drills")?.route).toBe("/runbooks/[slug]");
  });

  it("decodes bracket segments, tolerates undecodable ones, and matches nothing else", () => {
    expect(matchPage("/runbooks/st%C3%B6rung/drills/abc?x=1")).toEqual({ route: "/runbooks/[slug]/drills/[id]", params: { slug: "störung", id: "abc" } });
    expect(matchPage("/metrics/%E0%A4%A")).toEqual({ route: "/metrics/[key]", params: { key: "%E0%A4%A" } });
    expect(matchPage("/backlog/health-todos/P0-001/")?.params).toEqual({ project: "health-todos", key: "P0-001" });
    for (const path of ["/backlog/health-todos", "/backlog//P0-001", "/runbooks/a/b", "/unknown", "/import/preview", "/Backlog"]) {
      expect(matchPage(path), path).toBeNull();
    }
  });
});

describe("actionForPath", () => {
  it.each([
    ["/", "pages.dashboard"],
    ["/backlog?priority=P1", "pages.backlog"],
    ["/backlog/health-todos/P0-001", "pages.backlog"],
    ["/backlog/health-todos", "pages.backlog"],
    ["/triage", "pages.triage"],
    ["/import/preview", "pages.import"],
    ["/admin", "pages.admin"],
    ["/admin/users", "pages.admin"],
    ["/admin/tokens", "tokens.manage"],
    ["/admin/nope", "pages.admin"],
    ["/administrator", "pages.dashboard"],
    ["/unknown", "pages.dashboard"],
    ["/login", "pages.dashboard"],
    ["/api-docs", "pages.dashboard"],
    ["/matrix/policy", "pages.matrix"],
    ["/runbooks/incident-response-playbook", "pages.runbooks"],
    ["/runbooks/incident-response-playbook/edit", "runbooks.edit"],
    ["/runbooks/incident-response-playbook/edit/", "runbooks.edit"],
    ["/runbooks/new?from=x", "runbooks.create"],
    ["/runbooks/incident-response-playbook/history", "pages.runbooks"],
    ["/runbooks/incident-response-playbook/drills/00000000-0000-4000-8000-000000000000", "pages.runbooks"],
    ["/metrics/new", "metrics.define"],
    ["/metrics/error_rate/edit", "metrics.define"],
    ["/metrics/error_rate?range=1y", "pages.metrics"],
    ["/account", "pages.account"],
    ["/account?tab=sessions", "pages.account"],
  ])("%s needs %s", (path, action) => {
    expect(actionForPath(path)).toBe(action);
  });

  it("takes the first path segment as the section", () => {
    expect(sectionOf("/admin/users#x")).toBe("/admin");
    expect(sectionOf("/")).toBe("/");
  });
});

describe("isPublicPath", () => {
  it("is exactly the public pages", () => {
    expect(isPublicPath("/login")).toBe(true);
    for (const path of ["/", "/login/", "/login/x", "/backlog", "/runbooks/[slug]"]) {
      expect(isPublicPath(path), path).toBe(false);
    }
  });
});
