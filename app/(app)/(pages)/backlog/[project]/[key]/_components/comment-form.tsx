"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { commentAction } from "@/lib/backlog/actions";
import { useItemAction } from "@/components/use-item-action";
import { MentionTextarea, type Person } from "@/components/notify/mention-textarea";

/** Engineers and up add Markdown comments, with @ suggesting people to mention; the list above is rendered on the server. */
export function CommentForm({ itemId, people }: { itemId: string; people: Person[] }) {
  const { pending, run } = useItemAction();
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        setError(null);
        run(() => commentAction({ itemId, body }), {
          success: "Comment added",
          onSuccess: () => setBody(""),
          onError: (err) => {
            if (!err.fieldErrors?.body) return false;
            setError(err.fieldErrors.body.join(" "));
            return true;
          },
        });
      }}
    >
      <label htmlFor="comment-body" className="block text-sm font-medium">
        Add a comment
      </label>
      <MentionTextarea
        id="comment-body"
        people={people}
        rows={3}
        maxLength={20_000}
        value={body}
        disabled={pending}
        placeholder="Markdown works: **bold**, `code`, lists, links. @ mentions someone."
        aria-invalid={!!error}
        aria-describedby={error ? "comment-body-error" : "comment-body-hint"}
        onValueChange={setBody}
        // Ctrl/⌘+Enter sends, as in most comment boxes.
        onKeyDown={(e) => e.key === "Enter" && (e.metaKey || e.ctrlKey) && e.currentTarget.form?.requestSubmit()}
        className="w-full rounded-md border border-border bg-surface px-3 py-2 text-sm shadow-xs placeholder:text-muted-foreground aria-[invalid=true]:border-danger disabled:opacity-60"
      />
      {error ? (
        <p id="comment-body-error" role="alert" className="text-xs text-danger">
          {error}
        </p>
      ) : (
        <p id="comment-body-hint" className="text-xs text-muted-foreground">
          Ctrl+Enter to send.
        </p>
      )}
      <Button type="submit" size="sm" disabled={pending || !body.trim()}>
        {pending ? "Posting…" : "Comment"}
      </Button>
    </form>
  );
}
