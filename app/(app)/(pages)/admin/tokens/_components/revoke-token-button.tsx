"use client";

import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useItemAction } from "@/components/use-item-action";
import { revokeTokenAction } from "@/lib/tokens/actions";

/** Asks first: whatever uses the token starts failing on its next request, and it cannot be undone. */
export function RevokeTokenButton({ id, name }: { id: string; name: string }) {
  const { pending, run } = useItemAction();

  function revoke(close: () => void) {
    run(() => revokeTokenAction({ tokenId: id }), {
      success: (r) => (r.alreadyRevoked ? `${r.name} was already revoked` : `${r.name} revoked`),
      onSuccess: close,
      onError: () => {
        close();
        return false;
      },
    });
  }

  return (
    <ConfirmDialog
      trigger={
        <Button variant="danger" size="sm" aria-label={`Revoke ${name}`}>
          Revoke
        </Button>
      }
      title={`Revoke “${name}”?`}
      description="Every CI job or script using this token gets “401 Unauthorized” from its next request. The token stays in the list as revoked. This cannot be undone."
      confirmLabel="Revoke"
      pendingLabel="Revoking…"
      pending={pending}
      onConfirm={revoke}
    />
  );
}
