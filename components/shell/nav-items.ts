import type { ProtectedRoute, StaticRoute } from "@/lib/routing/page-manifest";

/** A nav entry: the page it opens (who may see it is that page's permission), how it looks. */
export type NavItem = { page: Extract<StaticRoute, ProtectedRoute>; label: string; icon: string };

/** The main navigation; the layout shows each entry only to those its page's permission allows. */
export const NAV_ITEMS: NavItem[] = [
  { page: "/", label: "Dashboard", icon: "layout-dashboard" },
  { page: "/backlog", label: "Backlog", icon: "list-todo" },
  { page: "/triage", label: "Triage", icon: "inbox" },
  { page: "/matrix", label: "Matrix", icon: "grid-2x2" },
  { page: "/runbooks", label: "Runbooks", icon: "book-open" },
  { page: "/metrics", label: "Metrics", icon: "activity" },
  { page: "/import", label: "Import", icon: "upload" },
  { page: "/admin/users", label: "Admin", icon: "shield" },
];
