"use client";

import * as Dialog from "@radix-ui/react-dialog";
import { X } from "lucide-react";
import Link from "next/link";
import type { MouseEvent, ReactNode, RefObject } from "react";
import { Nav } from "./nav";
import type { NavItem } from "./nav-items";
import { ThemeToggle } from "./theme-toggle";

/**
 * The phone menu's drawer: a Radix dialog (focus stays inside, Escape closes). Loaded the first time
 * the menu button is pressed (mobile-nav.tsx), so no page ships or renders it before someone asks.
 */
export default function MobileDrawer({
  open,
  onOpenChange,
  items,
  userMenu,
  menuButton,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  items: NavItem[];
  userMenu: ReactNode;
  /** Where the focus goes back to when the drawer closes (there is no Radix trigger to do it). */
  menuButton: RefObject<HTMLButtonElement | null>;
}) {
  // A followed link closes the drawer even when it leads to the page already shown.
  const closeOnLink = (e: MouseEvent) => {
    if (e.target instanceof Element && e.target.closest("a[href]")) onOpenChange(false);
  };
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
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
          onCloseAutoFocus={(e) => {
            e.preventDefault();
            menuButton.current?.focus();
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
  );
}
