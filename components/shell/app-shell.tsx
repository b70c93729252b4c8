import Link from "next/link";
import type { ReactNode } from "react";
import type { UserActor } from "@/lib/domain/actors";
import { can } from "@/lib/auth/policy";
import { actionOf } from "@/lib/routing/page-manifest";
import { CommandPalette } from "./command-palette";
import { MobileNav } from "./mobile-nav";
import { Nav } from "./nav";
import { NAV_ITEMS } from "./nav-items";
import { paletteActionsFor } from "./palette-actions";
import { PaletteTrigger } from "./palette-trigger";
import { ThemeToggle } from "./theme-toggle";
import { InboxBell } from "@/components/notify/inbox-bell";
import { UserMenu } from "./user-menu";

/**
 * The signed-in frame around a page: the sidebar from md (768 px) up, a top bar with a menu drawer
 * below it, the search palette, and the page as <main>. The (app) layout puts every page in it, and
 * the 403 and 404 pages do too for a signed-in user, so a refusal or a dead link keeps the way out.
 */
export function AppShell({ actor, children }: { actor: UserActor; children: ReactNode }) {
  const items = NAV_ITEMS.filter((item) => can(actor, actionOf(item.page)));
  return (
    <div className="min-h-screen md:flex">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-surface focus:px-3 focus:py-2">
        Skip to content
      </a>
      <MobileNav items={items} userMenu={<UserMenu actor={actor} />} />
      <aside className="sticky top-0 hidden h-screen w-56 shrink-0 flex-col gap-4 border-r border-border bg-surface px-3 py-4 md:flex print:hidden">
        {/* h-8: as tall as the theme button before that button has streamed in, so the name does not move. */}
        <div className="flex h-8 items-center justify-between px-1">
          <Link href="/" className="text-sm font-semibold tracking-tight">
            Health Backlog
          </Link>
          <div className="flex items-center gap-1">
            <InboxBell />
            <ThemeToggle />
          </div>
        </div>
        <PaletteTrigger />
        <div className="flex-1 overflow-y-auto">
          <Nav items={items} />
        </div>
        <UserMenu actor={actor} />
      </aside>
      <main id="main" className="min-w-0 flex-1 px-4 py-5 md:px-8 md:py-6">
        {children}
      </main>
      <CommandPalette pages={items.map(({ page, label }) => ({ href: page, label }))} actions={paletteActionsFor(actor)} />
    </div>
  );
}
