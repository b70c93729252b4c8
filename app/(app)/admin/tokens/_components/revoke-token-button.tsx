"use client";

import * as Dialog from "@radix-ui/react-dialog";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useItemAction } from "@/components/use-item-action";
import { revokeTokenAction } from "@/lib/tokens/actions";

/** Asks first: whatever uses the token starts failing on its next request, and it cannot be undone. */
export function RevokeTokenButton({ id, name }: { id: string; name: string }) {
  const { pending, run } = useItemAction();
  const [open, setOpen] = useState(false);

  function revoke() {
    run(() => revokeTokenAction({ tokenId: id }), {
      success: (r) => (r.alreadyRevoked ? `${r.name} was already revoked` : `${r.name} revoked`),
      onSuccess: () => setOpen(false),
      onError: () => {
        setOpen(false);
        return false;
      },
    });
  }

  return (
    <Dialog.Root open={open} onOpenChange={(o) => !pending && setOpen(o)}>
      <Dialog.Trigger asChild>
        <Button variant="danger" size="sm" aria-label={`Revoke ${name}`}>
          Revoke
        </Button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <Dialog.Content className="fixed top-1/2 left-1/2 z-50 w-[min(28rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 rounded-lg border border-border bg-surface p-5 text-left text-foreground shadow-lg">
          <Dialog.Title className="text-lg font-semibold">Revoke “{name}”?</Dialog.Title>
          <Dialog.Description className="mt-1 text-sm text-muted-foreground">
            Every CI job or script using this token gets “401 Unauthorized” from its next request. The token stays in the list as revoked. This cannot be undone.
          </Dialog.Description>
          <div className="mt-5 flex justify-end gap-2">
            <Dialog.Close asChild>
              <Button variant="ghost" disabled={pending}>
                Cancel
              </Button>
            </Dialog.Close>
            <Button variant="danger" className="bg-danger text-white hover:bg-danger/90" disabled={pending} onClick={revoke}>
              {pending ? "Revoking…" : "Revoke"}
            </Button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
