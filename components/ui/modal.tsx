"use client";

import * as Dialog from "@radix-ui/react-dialog";
import type { ReactNode } from "react";

// A small titled panel over the page (pickers, the keyboard help): Radix keeps the focus inside,
// Escape and a click outside close it. "Are you sure?" questions use ConfirmDialog instead.

export function Modal({ title, open = true, onOpenChange, children }: { title: ReactNode; open?: boolean; onOpenChange: (open: boolean) => void; children: ReactNode }) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/30 dark:bg-black/60" />
        <Dialog.Content
          aria-describedby={undefined}
          className="fixed top-[15vh] left-1/2 z-50 w-[min(28rem,calc(100vw-2rem))] -translate-x-1/2 overflow-hidden rounded-lg border border-border bg-surface text-foreground shadow-xl"
        >
          <Dialog.Title className="border-b border-border px-4 py-2.5 text-sm font-medium">{title}</Dialog.Title>
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
