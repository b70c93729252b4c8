"use client";

import * as Dialog from "@radix-ui/react-dialog";
import { Menu, X } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState, type MouseEvent, type ReactNode } from "react";
import { Nav } from "./nav";
import type { NavItem } from "./nav-items";
import { PaletteTrigger } from "./palette-trigger";
import { ThemeToggle } from "./theme-toggle";
import { InboxBell } from "@/components/notify/inbox-bell";

// The sidebar's width (md, 768 px) is where the shell switches: below it, this top bar with a menu
// button whose drawer holds the navigation, the theme switch and the user menu.
const WIDE = "(min-width: 768px)";

/**
 * The phone top bar: the menu button, the app's name, the search button. The drawer is a Radix
 * dialog (focus stays inside, Escape closes) that also closes when a link in it is followed, when
 * the page changes by any other way (back button), and when the window grows to the sidebar's width.
 */
export function MobileNav({ items, userMenu }: { items: NavItem[]; userMenu: ReactNode }) {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const [shownPath, setShownPath] = useState(pathname);
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

  // A followed link closes the drawer even when it leads to the page already shown.
  const closeOnLink = (e: MouseEvent) => {
    if (e.target instanceof Element && e.target.closest("a[href]")) setOpen(false);
  };

  return (
    <header className="sticky top-0 z-30 flex h-14 items-center gap-1 border-b border-border bg-surface px-2 md:hidden print:hidden">
      <Dialog.Root open={open} onOpenChange={setOpen}>
        <Dialog.Trigger className="inline-flex size-10 items-center justify-center rounded-md hover:bg-muted" aria-label="Menu">
          <Menu className="size-5" aria-hidden />
        </Dialog.Trigger>
        <Dialog.Portal>
          <Dialog.Overlay className="fixed inset-0 z-40 bg-black/40 md:hidden dark:bg-black/60" />
          <Dialog.Content
            onClick={closeOnLink}
            // Open on where you are: the focus starts on the current page's link (else the first
            // page's), not on the app's name or the theme switch that come first in the drawer.
            onOpenAutoFocus={(e) => {
              const drawer = e.target instanceof HTMLElement ? e.target : null;
              const link = drawer?.querySelector<HTMLElement>('nav a[aria-current="page"]') ?? drawer?.querySelector<HTMLElement>("nav a");
              if (!link) return;
              e.preventDefault();
              link.focus();
            }}
            className="fixed inset-y-0 left-0 z-50 flex w-72 max-w-[85vw] flex-col gap-4 overflow-y-auto border-r border-border bg-surface px-3 py-4 text-foreground shadow-xl md:hidden"
          >
            <Dialog.Title className="sr-only">Menu</Dialog.Title>
            <Dialog.Description className="sr-only">The app&apos;s pages, the theme, your account and signing out.</Dialog.Description>
            <div className="flex items-center justify-between gap-1 px-1">
              <Link href="/" className="text-sm font-semibold tracking-tight">
                Health Backlog
              </Link>
              <div className="flex items-center">
                <ThemeToggle />
                <Dialog.Close className="inline-flex size-10 items-center justify-center rounded-md hover:bg-muted" aria-label="Close menu">
                  <X className="size-5" aria-hidden />
                </Dialog.Close>
              </div>
            </div>
            <div className="flex-1">
              <Nav items={items} />
            </div>
            {userMenu}
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
      <Link href="/" className="min-w-0 flex-1 truncate px-1 text-sm font-semibold tracking-tight">
        Health Backlog
      </Link>
      <InboxBell />
      <PaletteTrigger compact />
    </header>
  );
}
