import { Markdown } from "@/components/markdown";
import { LocalTime } from "@/components/local-time";

export type CommentView = { id: string; body: string; createdAt: string; authorName: string | null };

/** Comments, oldest first; bodies are user Markdown, rendered sanitised on the server. */
export function CommentList({ comments }: { comments: CommentView[] }) {
  if (!comments.length) return <p className="text-sm text-muted-foreground">No comments yet.</p>;
  return (
    <ol className="space-y-4">
      {comments.map((c) => (
        <li key={c.id}>
          <article aria-label={`Comment by ${c.authorName ?? "a former user"}`} className="rounded-md border border-border p-3">
            <header className="mb-1.5 text-xs text-muted-foreground">
              <span className="font-medium text-foreground">{c.authorName ?? "A former user"}</span> · <LocalTime iso={c.createdAt} format="short" />
            </header>
            <Markdown>{c.body}</Markdown>
          </article>
        </li>
      ))}
    </ol>
  );
}
