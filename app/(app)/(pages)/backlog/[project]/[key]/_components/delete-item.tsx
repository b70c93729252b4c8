"use client";

import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { deleteItemAction } from "@/lib/backlog/actions";
import { useItemAction } from "@/components/use-item-action";

/** Lead-only; asks first, because the item, its checklists, comments and links go for good. */
export function DeleteItem({ id, itemKey, version, projectSlug }: { id: string; itemKey: string; version: number; projectSlug: string }) {
  const router = useRouter();
  const { pending, run } = useItemAction();

  function confirm(close: () => void) {
    run(() => deleteItemAction({ id, version }), {
      success: `Deleted ${itemKey}`,
      refresh: false,
      onSuccess: () => {
        close();
        router.push(`/backlog?project=${encodeURIComponent(projectSlug)}`);
      },
      onError: () => {
        close();
        router.refresh();
        return false;
      },
    });
  }

  return (
    <ConfirmDialog
      trigger={
        <Button variant="danger" size="sm">
          <Trash2 aria-hidden className="size-4" /> Delete
        </Button>
      }
      title={`Delete ${itemKey}?`}
      description="The item, its checklists, comments and links are removed. Its history stays in the audit log. This cannot be undone."
      confirmLabel={`Delete ${itemKey}`}
      pendingLabel="Deleting…"
      pending={pending}
      onConfirm={confirm}
    />
  );
}
