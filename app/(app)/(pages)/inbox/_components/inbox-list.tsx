"use client";

import { useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { LocalTime } from "@/components/local-time";
import { Button } from "@/components/ui/button";
import { useItemAction } from "@/components/use-item-action";
import { markReadAction } from "@/lib/inbox/actions";
import type { InboxEntry } from "@/lib/inbox/queries";
import { cn } from "@/lib/cn";

const SHOWN_KEYS = 5;

/** The entries: following one marks it read; each can be marked read or unread by hand. */
export function InboxList({ entries }: { entries: InboxEntry[] }) {
  const { pending, run } = useItemAction();
  const router = useRouter();
  const queryClient = useQueryClient();
  const setRead = (id: string, read: boolean, then?: () => void) =>
    run(() => markReadAction({ ids: [id], read }), {
      success: read ? "Marked read" : "Marked unread",
      refresh: !then,
      onSettled: () => {
        void queryClient.invalidateQueries({ queryKey: ["inbox"] });
        then?.();
      },
    });
  return (
    <ol className="divide-y divide-border rounded-lg border border-border bg-surface" data-testid="inbox-list">
      {entries.map((e) => (
        <li key={e.id} className={cn("flex gap-3 px-4 py-3", !e.read && "bg-primary/5")} data-unread={!e.read || undefined}>
          <span aria-hidden className={cn("mt-1.5 size-2 shrink-0 rounded-full", e.read ? "bg-transparent" : "bg-primary")} />
          <div className="min-w-0 flex-1">
            <p className="text-sm break-words">
              {!e.read ? <span className="sr-only">Unread: </span> : null}
              <Link
                href={e.href}
                className="underline-offset-4 hover:underline"
                onClick={(ev) => {
                  if (e.read || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.button !== 0) return;
                  ev.preventDefault();
                  setRead(e.id, true, () => router.push(e.href));
                }}
              >
                {e.actor ? (
                  <>
                    <span className="font-medium">{e.actor}</span> {e.text}
                  </>
                ) : (
                  e.text
                )}
              </Link>
            </p>
            {e.items.length === 1 ? <p className="mt-0.5 truncate text-sm text-muted-foreground">{e.items[0]!.title}</p> : null}
            {e.items.length > 1 ? (
              <p className="mt-0.5 text-sm text-muted-foreground">
                {e.items.slice(0, SHOWN_KEYS).map((i, n) => (
                  <span key={i.id}>
                    {n ? ", " : ""}
                    <Link href={i.href} className="font-mono underline-offset-4 hover:underline" title={i.title}>
                      {i.key}
                    </Link>
                  </span>
                ))}
                {e.total > SHOWN_KEYS ? ` and ${(e.total - Math.min(SHOWN_KEYS, e.items.length)).toLocaleString("en")} more` : ""}
              </p>
            ) : null}
            {e.excerpt ? <blockquote className="mt-1 border-l-2 border-border pl-2 text-sm break-words text-muted-foreground">{e.excerpt}</blockquote> : null}
            <p className="mt-1 text-xs text-muted-foreground">
              <LocalTime iso={e.updatedAt} format="short" />
              {e.count > 1 ? ` · ${e.count.toLocaleString("en")} updates` : ""}
            </p>
          </div>
          <Button variant="ghost" size="sm" className="shrink-0 self-start" disabled={pending} onClick={() => setRead(e.id, !e.read)} aria-label={`${e.read ? "Mark unread" : "Mark read"}: ${e.actor ? `${e.actor} ` : ""}${e.text}`}>
            {e.read ? "Mark unread" : "Mark read"}
          </Button>
        </li>
      ))}
    </ol>
  );
}
