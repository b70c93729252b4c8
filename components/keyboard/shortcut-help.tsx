"use client";

import type { ReactNode } from "react";
import { Modal } from "@/components/ui/modal";
import { PALETTE_SHORTCUT, type Shortcut } from "./shortcut-keys";

/** A key as printed in help and on buttons. */
export function Kbd({ children }: { children: ReactNode }) {
  return <kbd className="rounded border border-border bg-muted px-1.5 font-mono text-xs">{children}</kbd>;
}

/**
 * The "?" overlay: the current page's keys, in the shared Modal (focus kept inside, Escape closes).
 * Each page passes its own list, so only keys that work here, for this role, are shown; the
 * palette's chord, which works everywhere, ends every list.
 */
export function ShortcutHelp({ open, onOpenChange, shortcuts, footer }: { open: boolean; onOpenChange: (open: boolean) => void; shortcuts: Shortcut[]; footer?: ReactNode }) {
  return (
    <Modal title="Keyboard shortcuts" open={open} onOpenChange={onOpenChange}>
      <dl className="text-sm">
        {[...shortcuts, PALETTE_SHORTCUT].map((s) => (
          <div key={s.does} className="grid grid-cols-[auto_1fr] items-baseline gap-4 border-b border-border px-4 py-2 last:border-0">
            <dt className="inline-flex gap-1 whitespace-nowrap">
              {s.keys.map((k) => (
                <Kbd key={k}>{k}</Kbd>
              ))}
            </dt>
            <dd className="text-muted-foreground">{s.does}</dd>
          </div>
        ))}
      </dl>
      <p className="border-t border-border px-4 py-2.5 text-xs text-muted-foreground">
        Shortcuts pause while you type in a field or a dialog is open.{footer ? <> {footer}</> : null}
      </p>
    </Modal>
  );
}
