"use client";

import * as Dialog from "@radix-ui/react-dialog";
import { useState, type ReactNode } from "react";
import { Button } from "./button";

// "Are you sure?" before something that cannot be undone (delete an item, revoke a token, remove
// a value): one look and one behaviour everywhere. `onConfirm` gets `close`, to call when its
// action settles; while `pending`, neither Escape nor Cancel closes it. Without a trigger it is
// opened by its owner (`open`, `onOpenChange`): a question that follows a choice made elsewhere,
// such as a status picked in a select.

export interface ConfirmDialogProps {
  /** The button that opens it (rendered as the dialog's trigger); omitted when the owner opens it. */
  trigger?: ReactNode;
  /** Controlled: whether it is open, and told when Escape, Cancel or `close` would change that. */
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  title: ReactNode;
  description: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  pending: boolean;
  onConfirm: (close: () => void) => void;
}

export function ConfirmDialog({ trigger, open: controlled, onOpenChange, title, description, confirmLabel, pendingLabel, pending, onConfirm }: ConfirmDialogProps) {
  const [uncontrolled, setUncontrolled] = useState(false);
  const open = controlled ?? uncontrolled;
  const setOpen = (o: boolean) => (onOpenChange ?? setUncontrolled)(o);
  return (
    <Dialog.Root open={open} onOpenChange={(o) => !pending && setOpen(o)}>
      {trigger ? <Dialog.Trigger asChild>{trigger}</Dialog.Trigger> : null}
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <Dialog.Content className="fixed top-1/2 left-1/2 z-50 w-[min(28rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 rounded-lg border border-border bg-surface p-5 text-left text-foreground shadow-lg">
          <Dialog.Title className="text-lg font-semibold">{title}</Dialog.Title>
          {/* A div, so a description may hold a list. */}
          <Dialog.Description asChild>
            <div className="mt-1 text-sm text-muted-foreground">{description}</div>
          </Dialog.Description>
          <div className="mt-5 flex justify-end gap-2">
            <Dialog.Close asChild>
              <Button variant="ghost" disabled={pending}>
                Cancel
              </Button>
            </Dialog.Close>
            <Button variant="danger" className="bg-danger text-white hover:bg-danger/90" disabled={pending} onClick={() => onConfirm(() => setOpen(false))}>
              {pending ? pendingLabel : confirmLabel}
            </Button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
