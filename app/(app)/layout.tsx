import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { LiveUpdates } from "@/components/live-updates";
import { CommandPalette } from "@/components/shell/command-palette";
import { Nav } from "@/components/shell/nav";
import { NAV_ITEMS } from "@/components/shell/nav-items";
import { ThemeToggle } from "@/components/shell/theme-toggle";
import { UserMenu } from "@/components/shell/user-menu";
import { getDb } from "@/db";
import { requirePage } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { pageExists } from "@/lib/routing/page-exists";
import { actionForPath, actionOf } from "@/lib/routing/page-manifest";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const path = (await headers()).get("x-next-path") ?? "/";
  const actor = await requirePage(actionForPath(path));
  // Before the page streams (see lib/routing/page-exists.ts): a missing record is a real 404.
  if (!(await pageExists(await getDb(), path))) notFound();
  const items = NAV_ITEMS.filter((item) => can(actor, actionOf(item.page)));

  return (
    <div className="flex min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-surface focus:px-3 focus:py-2">
        Skip to content
      </a>
      <aside className="sticky top-0 flex h-screen w-56 shrink-0 flex-col gap-4 border-r border-border bg-surface px-3 py-4 print:hidden">
        <div className="flex items-center justify-between px-1">
          <Link href="/" className="text-sm font-semibold tracking-tight">
            Health Backlog
          </Link>
          <ThemeToggle />
        </div>
        <CommandPalette pages={items.map(({ page, label }) => ({ href: page, label }))} />
        <div className="flex-1 overflow-y-auto">
          <Nav items={items} />
        </div>
        <UserMenu actor={actor} />
      </aside>
      <main id="main" className="min-w-0 flex-1 px-8 py-6">
        {children}
      </main>
      <LiveUpdates userId={actor.userId} />
    </div>
  );
}
