import { Markdown } from "@/components/markdown";
import { LocalTime } from "@/components/local-time";
import type { Person } from "@/components/notify/mention-textarea";
import { CommentControls } from "./comment-controls";

export type CommentView = { id: string; body: string; createdAt: string; updatedAt: string; edited: boolean; authorName: string | null; mayEdit: boolean };

/** Comments, oldest first; bodies are user Markdown, rendered sanitised on the server. Its author or a lead may edit or delete one. */
export function CommentList({ comments, people }: { comments: CommentView[]; people: Person[] }) {
  if (!comments.length) return <p className="text-sm text-muted-foreground">No comments yet.</p>;
  return (
    <ol className="space-y-4">
      {comments.map((c) => (
        <li key={c.id}>
          <article aria-label={`Comment by ${c.authorName ?? "a former user"}`} className="rounded-md border border-border p-3">
            <header className="mb-1.5 flex flex-wrap items-center gap-x-1 text-xs text-muted-foreground">
              <span className="font-medium text-foreground">{c.authorName ?? "A former user"}</span> · <LocalTime iso={c.createdAt} format="short" />
              {c.edited ? (
                <span title="Edited; earlier versions are in the item's history">
                  · edited <LocalTime iso={c.updatedAt} format="short" />
                </span>
              ) : null}
            </header>
            {c.mayEdit ? (
              <CommentControls id={c.id} body={c.body} updatedAt={c.updatedAt} people={people}>
                <Markdown>{c.body}</Markdown>
              </CommentControls>
            ) : (
              <Markdown>{c.body}</Markdown>
            )}
          </article>
        </li>
      ))}
    </ol>
  );
}
