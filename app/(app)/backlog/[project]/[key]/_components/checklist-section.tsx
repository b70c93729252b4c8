"use client";

import { X } from "lucide-react";
import { useOptimistic, useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { addChecklistAction, removeChecklistAction, tickAction } from "@/lib/backlog/actions";
import { CHECKLIST_LABELS } from "@/lib/backlog/labels";
import { useItemAction } from "@/components/use-item-action";

export type Kind = keyof typeof CHECKLIST_LABELS;
export type Entry = { id: string; text: string; done: boolean; doneByName: string | null; doneAt: string | null };

/** "Add an acceptance criterion": what one entry of each list is called. */
const ONE: Record<Kind, string> = { acceptance: "acceptance criterion", action: "action item", file: "file" };

/** One checklist (acceptance criteria, action items or files) with its progress. */
export function ChecklistSection({ itemId, kind, entries, canTick, canEdit }: { itemId: string; kind: Kind; entries: Entry[]; canTick: boolean; canEdit: boolean }) {
  const done = entries.filter((e) => e.done).length;
  const headingId = `checklist-${kind}`;
  return (
    <Card className="p-4">
      <section aria-labelledby={headingId}>
        <div className="mb-3 flex items-center justify-between gap-3">
          <h2 id={headingId} className="font-medium">
            {CHECKLIST_LABELS[kind]}
          </h2>
          {entries.length ? (
            <div className="flex items-center gap-2 text-sm text-muted-foreground">
              <span className="tabular-nums" data-testid={`progress-${kind}`}>
                {done} / {entries.length}
              </span>
              <div
                role="progressbar"
                aria-label={`${CHECKLIST_LABELS[kind]} done`}
                aria-valuemin={0}
                aria-valuemax={entries.length}
                aria-valuenow={done}
                aria-valuetext={`${done} of ${entries.length}`}
                className="h-1.5 w-24 overflow-hidden rounded-full bg-muted"
              >
                <div className="h-full rounded-full bg-success transition-[width]" style={{ width: `${(done / entries.length) * 100}%` }} />
              </div>
            </div>
          ) : null}
        </div>
        {entries.length ? (
          <ul className="space-y-1.5">
            {entries.map((entry) => (
              <EntryRow key={entry.id} entry={entry} canTick={canTick} canEdit={canEdit} />
            ))}
          </ul>
        ) : (
          <p className="text-sm text-muted-foreground">None yet.</p>
        )}
        {canEdit ? <AddEntry itemId={itemId} kind={kind} /> : null}
      </section>
    </Card>
  );
}

function EntryRow({ entry, canTick, canEdit }: { entry: Entry; canTick: boolean; canEdit: boolean }) {
  const tick = useItemAction();
  const remove = useItemAction();
  // The box follows the click at once; the refreshed page confirms (or reverts) it.
  const [done, setDone] = useOptimistic(entry.done);
  const id = `entry-${entry.id}`;
  return (
    <li className="group flex items-start gap-2 text-sm">
      <input
        id={id}
        type="checkbox"
        className="mt-0.5 size-4 shrink-0 accent-primary disabled:cursor-not-allowed"
        checked={done}
        // Viewers see the state but cannot change it; a pending tick cannot be clicked twice.
        disabled={!canTick || tick.pending || remove.pending}
        onChange={(e) => {
          const next = e.target.checked;
          tick.run(() => tickAction({ entryId: entry.id, done: next }), {
            success: `${next ? "Ticked" : "Unticked"} “${entry.text}”`,
            optimistic: () => setDone(next),
          });
        }}
      />
      <label htmlFor={id} className={done ? "text-muted-foreground line-through decoration-muted-foreground/60" : undefined}>
        {entry.text}
      </label>
      {entry.done && entry.doneByName ? <span className="shrink-0 pt-px text-xs text-muted-foreground">· {entry.doneByName}</span> : null}
      {canEdit ? (
        <Button
          size="sm"
          variant="ghost"
          className="ml-auto h-6 px-1.5 text-muted-foreground"
          aria-label={`Remove “${entry.text}”`}
          disabled={remove.pending}
          onClick={() => remove.run(() => removeChecklistAction({ entryId: entry.id }), { success: `Removed “${entry.text}”` })}
        >
          <X aria-hidden className="size-3.5" />
        </Button>
      ) : null}
    </li>
  );
}

function AddEntry({ itemId, kind }: { itemId: string; kind: Kind }) {
  const { pending, run } = useItemAction();
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const id = `add-${kind}`;
  return (
    <form
      className="mt-3 flex flex-wrap items-start gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        setError(null);
        run(() => addChecklistAction({ itemId, kind, text }), {
          success: `Added to ${CHECKLIST_LABELS[kind]}`,
          onSuccess: () => setText(""),
          onError: (err) => {
            if (!err.fieldErrors?.text) return false;
            setError(err.fieldErrors.text.join(" "));
            return true;
          },
        });
      }}
    >
      <label htmlFor={id} className="sr-only">
        New {ONE[kind]}
      </label>
      <Input
        id={id}
        className="h-8 min-w-48 flex-1"
        placeholder={`Add ${ONE[kind]}…`}
        maxLength={2000}
        value={text}
        disabled={pending}
        aria-invalid={!!error}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setText(e.target.value)}
      />
      <Button type="submit" size="sm" variant="secondary" disabled={pending || !text.trim()}>
        Add
      </Button>
      {error ? (
        <p id={`${id}-error`} role="alert" className="basis-full text-xs text-danger">
          {error}
        </p>
      ) : null}
    </form>
  );
}
