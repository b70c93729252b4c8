"use client";

import { Keyboard } from "lucide-react";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Modal } from "@/components/ui/modal";
import { KeyHint } from "./key-hint";
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

/** A page's "Shortcuts ?" button and the overlay it opens; the page owns `open` so its "?" key toggles it too. */
export function ShortcutHelpButton({ open, onOpenChange, shortcuts }: { open: boolean; onOpenChange: (open: boolean) => void; shortcuts: Shortcut[] }) {
  return (
    <>
      {/* From md up: a phone has no keyboard to press them with, and the row of controls is tight. */}
      <Button size="sm" variant="ghost" className="hidden md:inline-flex" aria-keyshortcuts="?" aria-expanded={open} onClick={() => onOpenChange(true)}>
        <Keyboard aria-hidden className="size-4" /> Shortcuts <KeyHint>?</KeyHint>
      </Button>
      <ShortcutHelp open={open} onOpenChange={onOpenChange} shortcuts={shortcuts} />
    </>
  );
}
