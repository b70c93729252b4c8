import { can, type ActionName } from "@/lib/auth/policy";
import type { UserActor } from "@/lib/domain/actors";
import { actionOf, type ProtectedRoute, type StaticRoute } from "@/lib/routing/page-manifest";

// The command palette's actions: things to do rather than places to read. Like the nav entries, each
// is shown only to those who may do it: a page's own permission for a "go" action, the named one
// for the rest (the server decides, in AppShell, so the browser never learns of the others).

/** What the palette runs: open a page, open the backlog's new-item dialog, or cycle the theme. */
export type PaletteAction = { id: string; label: string; keywords: string } & ({ href: string } | { run: "newItem" | "theme" });

type Definition = { id: string; label: string; keywords?: string } & (
  | { href: Extract<StaticRoute, ProtectedRoute> }
  | { run: "newItem"; needs: ActionName }
  | { run: "theme" }
);

export const PALETTE_ACTIONS: Definition[] = [
  { id: "new-item", label: "New item", keywords: "create add backlog", run: "newItem", needs: "items.create" },
  { id: "import", label: "Import a plan", keywords: "upload markdown", href: "/import" },
  { id: "go-triage", label: "Go to triage", keywords: "inbox untriaged", href: "/triage" },
  { id: "go-matrix", label: "Go to matrix", keywords: "priority sla quadrant", href: "/matrix" },
  { id: "go-backlog", label: "Go to backlog", keywords: "items", href: "/backlog" },
  { id: "new-runbook", label: "New runbook", keywords: "create write playbook", href: "/runbooks/new" },
  { id: "new-metric", label: "New metric", keywords: "create define health", href: "/metrics/new" },
  { id: "theme", label: "Switch theme", keywords: "dark light mode appearance", run: "theme" },
];

/** The actions `actor` may take, as the palette receives them. */
export function paletteActionsFor(actor: UserActor): PaletteAction[] {
  return PALETTE_ACTIONS.filter((a) => ("href" in a ? can(actor, actionOf(a.href)) : a.run === "theme" || can(actor, a.needs))).map((a) => ({
    id: a.id,
    label: a.label,
    keywords: a.keywords ?? "",
    ...("href" in a ? { href: a.href } : { run: a.run }),
  }));
}
