"use client";

import * as Dialog from "@radix-ui/react-dialog";
import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { deleteItemAction } from "@/lib/backlog/actions";
import { useItemAction } from "@/components/use-item-action";

/** Lead-only; asks first, because the item, its checklists, comments and links go for good. */
export function DeleteItem({ id, itemKey, version, projectSlug }: { id: string; itemKey: string; version: number; projectSlug: string }) {
  const router = useRouter();
  const { pending, run } = useItemAction();
  const [open, setOpen] = useState(false);

  function confirm() {
    run(() => deleteItemAction({ id, version }), {
      success: `Deleted ${itemKey}`,
      refresh: false,
      onSuccess: () => {
        setOpen(false);
        router.push(`/backlog?project=${encodeURIComponent(projectSlug)}`);
      },
      onError: () => {
        setOpen(false);
        router.refresh();
        return false;
      },
    });
  }

  return (
    <Dialog.Root open={open} onOpenChange={(o) => !pending && setOpen(o)}>
      <Dialog.Trigger asChild>
        <Button variant="danger" size="sm">
          <Trash2 aria-hidden className="size-4" /> Delete
        </Button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <Dialog.Content className="fixed top-1/2 left-1/2 z-50 w-[min(28rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 rounded-lg border border-border bg-surface p-5 shadow-lg">
          <Dialog.Title className="text-lg font-semibold">Delete {itemKey}?</Dialog.Title>
          <Dialog.Description className="mt-1 text-sm text-muted-foreground">
            The item, its checklists, comments and links are removed. Its history stays in the audit log. This cannot be undone.
          </Dialog.Description>
          <div className="mt-5 flex justify-end gap-2">
            <Dialog.Close asChild>
              <Button variant="ghost" disabled={pending}>
                Cancel
              </Button>
            </Dialog.Close>
            <Button variant="danger" className="bg-danger text-white hover:bg-danger/90" disabled={pending} onClick={confirm}>
              {pending ? "Deleting…" : `Delete ${itemKey}`}
            </Button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
