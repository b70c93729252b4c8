"use client";

import * as Dialog from "@radix-ui/react-dialog";
import { X } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useItemAction } from "@/components/use-item-action";
import { removePointAction } from "@/lib/metrics/actions";

/**
 * Leads take back a wrong value (a typo, a broken CI run). It asks first and says what follows:
 * the status, the chart and the criteria that follow the metric are re-read from what remains.
 */
export function RemovePoint({ metricId, pointId, label }: { metricId: string; pointId: number; label: string }) {
  const { pending, run } = useItemAction();
  const [open, setOpen] = useState(false);
  const confirm = () =>
    run(() => removePointAction({ metricId, pointId }), {
      success: `Removed ${label}`,
      onSuccess: () => setOpen(false),
      onError: () => {
        setOpen(false);
        return false;
      },
    });

  return (
    <Dialog.Root open={open} onOpenChange={(o) => !pending && setOpen(o)}>
      <Dialog.Trigger asChild>
        <Button variant="ghost" size="sm" className="h-6 px-1 text-muted-foreground print:hidden" aria-label={`Remove ${label}`}>
          <X aria-hidden className="size-3.5" />
        </Button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <Dialog.Content className="fixed top-1/2 left-1/2 z-50 w-[min(28rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 rounded-lg border border-border bg-surface p-5 shadow-lg">
          <Dialog.Title className="text-lg font-semibold">Remove {label}?</Dialog.Title>
          <Dialog.Description className="mt-1 text-sm text-muted-foreground">
            The metric&apos;s status, its chart and any criteria that follow it are worked out again from the values that remain. The audit log keeps the removed value.
          </Dialog.Description>
          <div className="mt-5 flex justify-end gap-2">
            <Dialog.Close asChild>
              <Button variant="ghost" disabled={pending}>
                Cancel
              </Button>
            </Dialog.Close>
            <Button variant="danger" className="bg-danger text-white hover:bg-danger/90" disabled={pending} onClick={confirm}>
              {pending ? "Removing…" : "Remove value"}
            </Button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
