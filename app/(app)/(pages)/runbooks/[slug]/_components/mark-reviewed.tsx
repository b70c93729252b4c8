"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { useItemAction } from "@/components/use-item-action";
import { markReviewedAction } from "@/lib/runbooks/actions";

/** A lead signs off the revision on screen; the server refuses if a newer one was saved meanwhile. */
export function MarkReviewed({ runbookId, revision }: { runbookId: string; revision: number }) {
  const { run, pending } = useItemAction();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState("");
  if (!open) {
    return (
      <Button variant="secondary" size="sm" onClick={() => setOpen(true)}>
        Mark reviewed
      </Button>
    );
  }
  return (
    <form
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        run(() => markReviewedAction({ id: runbookId, revision, note }), {
          success: `Revision ${revision} marked reviewed`,
          onSuccess: () => setOpen(false),
        });
      }}
    >
      <label htmlFor="review-note" className="block text-xs text-muted-foreground">
        Review note (optional)
      </label>
      <Input id="review-note" value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} placeholder="Checked commands against prod" autoFocus />
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={pending}>
          {pending ? "Saving…" : `Confirm revision ${revision} is right`}
        </Button>
        <Button variant="ghost" size="sm" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
