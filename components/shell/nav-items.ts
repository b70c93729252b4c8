import type { ActionName } from "@/lib/auth/policy";

export type NavItem = { href: string; label: string; icon: string; action: ActionName };

/** The main navigation; each entry is shown only to roles the policy allows (the page re-checks). */
export const NAV_ITEMS: NavItem[] = [
  { href: "/", label: "Dashboard", icon: "layout-dashboard", action: "pages.dashboard" },
  { href: "/backlog", label: "Backlog", icon: "list-todo", action: "pages.backlog" },
  { href: "/triage", label: "Triage", icon: "inbox", action: "pages.triage" },
  { href: "/matrix", label: "Matrix", icon: "grid-2x2", action: "pages.matrix" },
  { href: "/runbooks", label: "Runbooks", icon: "book-open", action: "pages.runbooks" },
  { href: "/metrics", label: "Metrics", icon: "activity", action: "pages.metrics" },
  { href: "/import", label: "Import", icon: "upload", action: "pages.import" },
  { href: "/admin/users", label: "Admin", icon: "shield", action: "pages.admin" },
];

/** The section of a path ("/admin/users?x" → "/admin"), as the nav and the access check see it. */
export function sectionOf(path: string): string {
  const first = path.split(/[?#]/)[0]!.split("/")[1] ?? "";
  return `/${first}`;
}

/** Pages inside a readable section that only writers may open (their editors), and pages outside the nav. */
const WRITER_PAGES: [RegExp, ActionName][] = [
  [/^\/account$/, "pages.account"],
  [/^\/runbooks\/new$/, "runbooks.create"],
  [/^\/runbooks\/[^/]+\/edit$/, "runbooks.edit"],
  [/^\/metrics\/new$/, "metrics.define"],
  [/^\/metrics\/[^/]+\/edit$/, "metrics.define"],
];

/**
 * The permission a full page load of `path` needs. The layout checks it before streaming starts,
 * so a refused page answers with a real 403 status; each page checks again for client navigations.
 */
export function actionForPath(path: string): ActionName {
  const bare = path.split(/[?#]/)[0]!.replace(/\/+$/, "");
  const writer = WRITER_PAGES.find(([pattern]) => pattern.test(bare));
  if (writer) return writer[1];
  const section = sectionOf(path);
  return NAV_ITEMS.find((item) => item.href !== "/" && sectionOf(item.href) === section)?.action ?? "pages.dashboard";
}
