"use client";

import { Menu } from "lucide-react";
import dynamic from "next/dynamic";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState, type ReactNode } from "react";
import type { NavItem } from "./nav-items";
import { PaletteTrigger } from "./palette-trigger";
import { InboxBell } from "@/components/notify/inbox-bell";

// The sidebar's width (md, 768 px) is where the shell switches: below it, this top bar with a menu
// button whose drawer holds the navigation, the theme switch and the user menu.
const WIDE = "(min-width: 768px)";

// The drawer (Radix's dialog and the navigation again) is fetched when the menu is first opened:
// every page on every screen would otherwise ship and hydrate it.
const MobileDrawer = dynamic(() => import("./mobile-drawer"), { ssr: false });

/**
 * The phone top bar: the menu button, the app's name, the search button. The drawer closes when a
 * link in it is followed, when the page changes by any other way (back button), and when the window
 * grows to the sidebar's width.
 */
export function MobileNav({ items, userMenu }: { items: NavItem[]; userMenu: ReactNode }) {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  // Once opened, the drawer stays mounted (closed), so reopening it is instant.
  const [wanted, setWanted] = useState(false);
  const [shownPath, setShownPath] = useState(pathname);
  const menuButton = useRef<HTMLButtonElement>(null);
  if (shownPath !== pathname) {
    // Adjusting state while rendering (not in an effect): a new page closes the drawer at once.
    setShownPath(pathname);
    setOpen(false);
  }

  useEffect(() => {
    const wide = window.matchMedia(WIDE);
    const onChange = () => wide.matches && setOpen(false);
    wide.addEventListener("change", onChange);
    return () => wide.removeEventListener("change", onChange);
  }, []);

  return (
    <header className="sticky top-0 z-30 flex h-14 items-center gap-1 border-b border-border bg-surface px-2 md:hidden print:hidden">
      <button
        ref={menuButton}
        type="button"
        aria-label="Menu"
        aria-haspopup="dialog"
        aria-expanded={open}
        className="inline-flex size-10 items-center justify-center rounded-md hover:bg-muted"
        onClick={() => {
          setWanted(true);
          setOpen(true);
        }}
      >
        <Menu className="size-5" aria-hidden />
      </button>
      {wanted && <MobileDrawer open={open} onOpenChange={setOpen} items={items} userMenu={userMenu} menuButton={menuButton} />}
      <Link href="/" className="min-w-0 flex-1 truncate px-1 text-sm font-semibold tracking-tight">
        Health Backlog
      </Link>
      <InboxBell />
      <PaletteTrigger compact />
    </header>
  );
}
