"use client";

import { X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useFormatTime } from "@/components/local-time";
import { useItemAction } from "@/components/use-item-action";
import { removePointAction } from "@/lib/metrics/actions";

/**
 * Leads take back a wrong value (a typo, a broken CI run). It asks first and says what follows:
 * the status, the chart and the criteria that follow the metric are re-read from what remains.
 */
export function RemovePoint({ metricId, pointId, value, recordedAt }: { metricId: string; pointId: number; value: string; recordedAt: string }) {
  const { pending, run } = useItemAction();
  const label = `${value} of ${useFormatTime()(recordedAt)}`;
  const confirm = (close: () => void) =>
    run(() => removePointAction({ metricId, pointId }), {
      success: `Removed ${label}`,
      onSuccess: close,
      onError: () => {
        close();
        return false;
      },
    });

  return (
    <ConfirmDialog
      trigger={
        <Button variant="ghost" size="sm" className="h-6 px-1 text-muted-foreground print:hidden" aria-label={`Remove ${label}`}>
          <X aria-hidden className="size-3.5" />
        </Button>
      }
      title={`Remove ${label}?`}
      description="The metric's status, its chart and any criteria that follow it are worked out again from the values that remain. The audit log keeps the removed value."
      confirmLabel="Remove value"
      pendingLabel="Removing…"
      pending={pending}
      onConfirm={confirm}
    />
  );
}
