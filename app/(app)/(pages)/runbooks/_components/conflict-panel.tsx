"use client";

import { useMemo } from "react";
import { Button } from "@/components/ui/button";
import { diffStats, lineDiff } from "@/lib/runbooks/diff";
import { cn } from "@/lib/cn";

/** What the server answers when someone else saved first (lib/runbooks/service.ts, conflict()). */
export type ConflictState = { version: number; revision: number; body: string; title: string; updatedByName: string };

const ROW = { same: "", add: "bg-success/10", del: "bg-danger/10" } as const;
const SIGN = { same: " ", add: "+", del: "−" } as const;

/**
 * Someone saved while this editor was open. Nothing is overwritten silently: the writer sees how
 * their text differs from the newer revision, then keeps theirs (saving over it knowingly) or takes it.
 */
export function ConflictPanel({ conflict, mine, onKeepMine, onTakeTheirs }: { conflict: ConflictState; mine: string; onKeepMine: () => void; onTakeTheirs: () => void }) {
  const hunks = useMemo(() => lineDiff(conflict.body, mine), [conflict.body, mine]);
  const stats = diffStats(hunks);
  return (
    <section role="alert" aria-labelledby="conflict-heading" className="rounded-lg border border-warning/50 bg-warning/10 p-4">
      <h2 id="conflict-heading" className="font-medium">
        {conflict.updatedByName} saved revision {conflict.revision} while you were editing
      </h2>
      <p className="mt-1 text-sm text-muted-foreground">
        Your text is still in the editor. Below: revision {conflict.revision} → your text ({stats.added} lines only in yours, {stats.removed} only in theirs).
      </p>
      <div className="mt-3 max-h-72 overflow-auto rounded-md border border-border bg-surface font-mono text-xs" data-testid="conflict-diff">
        {hunks.length === 0 ? (
          <p className="p-3 font-sans text-sm text-muted-foreground">The texts are the same; only other fields changed.</p>
        ) : (
          hunks.map((h) => (
            <div key={`${h.oldStart}-${h.newStart}`} className="border-b border-border last:border-0">
              {h.rows.map((r, i) => (
                <div key={i} className={cn("flex gap-2 px-2 whitespace-pre-wrap", ROW[r.kind])}>
                  <span aria-hidden className="select-none text-muted-foreground">
                    {SIGN[r.kind]}
                  </span>
                  <span className="sr-only">{r.kind === "add" ? "only in yours: " : r.kind === "del" ? "only in theirs: " : ""}</span>
                  <span>{r.text || " "}</span>
                </div>
              ))}
            </div>
          ))
        )}
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button onClick={onKeepMine}>Keep my text</Button>
        <Button variant="secondary" onClick={onTakeTheirs}>
          Discard mine, load revision {conflict.revision}
        </Button>
      </div>
    </section>
  );
}
