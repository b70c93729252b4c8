"use client";

import { useQueryClient } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { useItemAction } from "@/components/use-item-action";
import { markReadAction } from "@/lib/inbox/actions";

export function MarkAllRead({ disabled }: { disabled: boolean }) {
  const { pending, run } = useItemAction();
  const queryClient = useQueryClient();
  return (
    <Button
      variant="secondary"
      size="sm"
      disabled={disabled || pending}
      onClick={() =>
        run(() => markReadAction({ all: true }), {
          success: (d) => (d.changed === 1 ? "1 entry marked read" : `${d.changed.toLocaleString("en")} entries marked read`),
          onSettled: () => void queryClient.invalidateQueries({ queryKey: ["inbox"] }),
        })
      }
    >
      {pending ? "Marking…" : "Mark all read"}
    </Button>
  );
}
