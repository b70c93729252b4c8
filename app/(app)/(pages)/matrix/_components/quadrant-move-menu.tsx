"use client";

import * as Dialog from "@radix-ui/react-dialog";
import { PriorityBadge } from "@/components/backlog/badges";
import { Button } from "@/components/ui/button";
import type { QuadrantItem } from "@/lib/matrix/queries";
import { QUADRANT_HINTS, QUADRANT_LABELS, QUADRANTS, type Quadrant } from "@/lib/matrix/quadrants";

/**
 * "Move to…" for one item of the impact × effort board: the quadrants as buttons. Dragging needs a
 * mouse and the arrow keys a keyboard; this is the way on a phone (and for anyone who prefers it).
 * On closing, focus goes back to `onClosed` (the board puts it on the item's chip).
 */
export function QuadrantMoveMenu({
  item,
  open,
  current,
  onMove,
  onClose,
  onClosed,
}: {
  item: QuadrantItem;
  open: boolean;
  current: Quadrant | "unplaced";
  onMove: (to: Quadrant) => void;
  onClose: () => void;
  onClosed: () => void;
}) {
  return (
    <Dialog.Root open={open} onOpenChange={(next) => !next && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/40 dark:bg-black/60" />
        <Dialog.Content
          onCloseAutoFocus={(e) => {
            e.preventDefault();
            onClosed();
          }}
          className="fixed top-1/2 left-1/2 z-50 w-[min(24rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 rounded-lg border border-border bg-surface p-4 text-foreground shadow-xl"
        >
          <div className="flex items-center gap-2">
            <PriorityBadge priority={item.priority} />
            <Dialog.Title className="text-base font-semibold">Move {item.key}</Dialog.Title>
          </div>
          <Dialog.Description className="mt-1 text-sm break-words text-muted-foreground">{item.title}</Dialog.Description>
          <ul className="mt-3 grid gap-1.5">
            {QUADRANTS.map((q) => (
              <li key={q}>
                <button
                  type="button"
                  disabled={q === current}
                  onClick={() => onMove(q)}
                  className="flex w-full flex-col items-start rounded-md border border-border px-3 py-2 text-left hover:bg-muted disabled:cursor-default disabled:opacity-60 disabled:hover:bg-transparent"
                >
                  <span className="text-sm font-medium">
                    {QUADRANT_LABELS[q]}
                    {q === current ? <span className="font-normal text-muted-foreground"> (here now)</span> : null}
                  </span>
                  <span className="text-xs text-muted-foreground">{QUADRANT_HINTS[q]}</span>
                </button>
              </li>
            ))}
          </ul>
          <div className="mt-3 flex justify-end">
            <Dialog.Close asChild>
              <Button variant="ghost">Cancel</Button>
            </Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
