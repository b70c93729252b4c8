"use client";

import { X } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { PriorityBadge, StatusBadge } from "@/components/backlog/badges";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { useItemAction } from "@/components/use-item-action";
import type { Priority, Status } from "@/lib/backlog/labels";
import { linkRunbookItemAction, unlinkRunbookItemAction } from "@/lib/runbooks/actions";

export type LinkedItem = { id: string; key: string; title: string; status: Status; priority: Priority | null; projectSlug: string };

const itemPath = (i: LinkedItem) => `/backlog/${encodeURIComponent(i.projectSlug)}/${encodeURIComponent(i.key)}`;

/** The backlog items this runbook serves (e.g. the item that asked for it), with a way to add more. */
export function LinkedItems({ runbookId, items, canEdit }: { runbookId: string; items: LinkedItem[]; canEdit: boolean }) {
  const { run, pending } = useItemAction();
  const [ref, setRef] = useState("");
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-3">
      {items.length === 0 ? (
        <p className="text-sm text-muted-foreground">No linked backlog items.</p>
      ) : (
        <ul className="space-y-2">
          {items.map((i) => (
            <li key={i.id} className="flex items-start gap-2 text-sm">
              <PriorityBadge priority={i.priority} />
              <div className="min-w-0 flex-1">
                <Link href={itemPath(i)} className="hover:underline">
                  <span className="font-mono text-muted-foreground">{i.key}</span> {i.title}
                </Link>
                <div className="mt-0.5">
                  <StatusBadge status={i.status} />
                </div>
              </div>
              {canEdit ? (
                <Button
                  variant="ghost"
                  size="sm"
                  aria-label={`Unlink ${i.key}`}
                  disabled={pending}
                  onClick={() => run(() => unlinkRunbookItemAction({ runbookId, itemId: i.id }), { success: `${i.key} unlinked` })}
                >
                  <X className="size-4" />
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canEdit ? (
        <form
          className="space-y-1"
          onSubmit={(e) => {
            e.preventDefault();
            run(() => linkRunbookItemAction({ runbookId, item: ref }), {
              success: (r) => (r.linked ? `${ref.trim()} linked` : `${ref.trim()} was already linked`),
              onSuccess: () => {
                setRef("");
                setError(null);
              },
              onError: (err) => {
                setError(err.message);
                return true;
              },
            });
          }}
        >
          <label htmlFor="link-item" className="sr-only">
            Item key to link
          </label>
          <div className="flex gap-2">
            <Input id="link-item" value={ref} onChange={(e) => setRef(e.target.value)} placeholder="P1-010 or project/P1-010" aria-invalid={!!error} aria-describedby={error ? "link-item-error" : undefined} />
            <Button type="submit" variant="secondary" size="md" disabled={pending || !ref.trim()}>
              Link
            </Button>
          </div>
          {error ? (
            <p id="link-item-error" role="alert" className="text-xs text-danger">
              {error}
            </p>
          ) : null}
        </form>
      ) : null}
    </div>
  );
}
