"use client";

import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { MentionTextarea, type Person } from "@/components/notify/mention-textarea";
import { useItemAction } from "@/components/use-item-action";
import { deleteCommentAction, editCommentAction } from "@/lib/backlog/actions";

/** A comment its viewer may change: the rendered body with Edit and Delete, or the edit box. */
export function CommentControls({ id, body, updatedAt, people, children }: { id: string; body: string; updatedAt: string; people: Person[]; children: ReactNode }) {
  const { pending, run } = useItemAction();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(body);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const errorId = `comment-${id}-error`;

  if (!editing) {
    return (
      <>
        {children}
        <div className="mt-2 flex gap-1 print:hidden">
          <Button variant="ghost" size="sm" onClick={() => (setDraft(body), setError(null), setEditing(true))}>
            Edit
          </Button>
          <ConfirmDialog
            open={confirming}
            onOpenChange={setConfirming}
            trigger={
              <Button variant="ghost" size="sm" className="text-danger">
                Delete
              </Button>
            }
            title="Delete this comment?"
            description="It disappears from the item for everyone; the item's history keeps what it said."
            confirmLabel="Delete comment"
            pendingLabel="Deleting…"
            pending={pending}
            onConfirm={(close) => run(() => deleteCommentAction({ commentId: id }), { success: "Comment deleted", onSettled: close })}
          />
        </div>
      </>
    );
  }
  return (
    <form
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        setError(null);
        run(() => editCommentAction({ commentId: id, body: draft, updatedAt }), {
          success: "Comment saved",
          onSuccess: () => setEditing(false),
          onError: (err) => {
            setError(err.fieldErrors?.body?.join(" ") ?? err.message);
            return true;
          },
        });
      }}
    >
      <label htmlFor={`comment-${id}-body`} className="sr-only">
        Edit comment
      </label>
      <MentionTextarea
        id={`comment-${id}-body`}
        rows={4}
        maxLength={20_000}
        value={draft}
        onValueChange={setDraft}
        people={people}
        disabled={pending}
        aria-invalid={!!error}
        aria-describedby={error ? errorId : undefined}
        onKeyDown={(e) => {
          if (e.key === "Enter" && (e.metaKey || e.ctrlKey)) e.currentTarget.form?.requestSubmit();
          if (e.key === "Escape") setEditing(false);
        }}
        className="w-full rounded-md border border-border bg-surface px-3 py-2 text-sm shadow-xs aria-[invalid=true]:border-danger disabled:opacity-60"
      />
      {error ? (
        <p id={errorId} role="alert" className="text-xs text-danger">
          {error}
        </p>
      ) : null}
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={pending || !draft.trim()}>
          {pending ? "Saving…" : "Save"}
        </Button>
        <Button variant="ghost" size="sm" disabled={pending} onClick={() => setEditing(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
