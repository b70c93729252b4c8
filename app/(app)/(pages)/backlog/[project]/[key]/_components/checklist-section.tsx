"use client";

import { X } from "lucide-react";
import Link from "next/link";
import { useOptimistic, useState } from "react";
import { LocalTime } from "@/components/local-time";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { addChecklistAction, removeChecklistAction, tickAction } from "@/lib/backlog/actions";
import type { ChecklistEntryView as Entry } from "@/lib/metrics/criteria";
import { CHECKLIST_LABELS } from "@/lib/backlog/labels";
import { useItemAction } from "@/components/use-item-action";
import { linkCriterionAction } from "@/lib/metrics/actions";
import type { MetricOption } from "@/lib/metrics/queries";
import { COMPARATORS, type Comparator } from "@/lib/backlog/comparators";

export type Kind = keyof typeof CHECKLIST_LABELS;

/** "Add an acceptance criterion": what one entry of each list is called. */
const ONE: Record<Kind, string> = { acceptance: "acceptance criterion", action: "action item", file: "file" };

/** One checklist (acceptance criteria, action items or files) with its progress. */
export function ChecklistSection({
  itemId,
  kind,
  entries,
  canTick,
  canEdit,
  metrics,
}: {
  itemId: string;
  kind: Kind;
  entries: Entry[];
  canTick: boolean;
  canEdit: boolean;
  /** Set for a lead on acceptance criteria: the metrics a criterion may follow. */
  metrics?: MetricOption[];
}) {
  const done = entries.filter((e) => e.done).length;
  const met = kind === "acceptance" && entries.length > 0 && done === entries.length;
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
              {met ? (
                <Badge className="border-success/40 bg-success/10 text-success" data-testid="criteria-met">
                  Criteria met
                </Badge>
              ) : null}
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
              <EntryRow key={entry.id} entry={entry} canTick={canTick} canEdit={canEdit} canLink={!!metrics} />
            ))}
          </ul>
        ) : (
          <p className="text-sm text-muted-foreground">None yet.</p>
        )}
        {canEdit ? <AddEntry itemId={itemId} kind={kind} /> : null}
        {metrics && entries.some((e) => !e.follows) ? <FollowMetric entries={entries.filter((e) => !e.follows)} metrics={metrics} /> : null}
      </section>
    </Card>
  );
}

function EntryRow({ entry, canTick, canEdit, canLink }: { entry: Entry; canTick: boolean; canEdit: boolean; canLink: boolean }) {
  const tick = useItemAction();
  const remove = useItemAction();
  const link = useItemAction();
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
        // Viewers see the state but cannot change it; a pending tick cannot be clicked twice; a
        // criterion that follows a metric ticks itself.
        disabled={!canTick || !!entry.follows || tick.pending || remove.pending}
        aria-describedby={entry.follows ? `${id}-rule` : undefined}
        onChange={(e) => {
          const next = e.target.checked;
          tick.run(() => tickAction({ entryId: entry.id, done: next }), {
            success: `${next ? "Ticked" : "Unticked"} “${entry.text}”`,
            optimistic: () => setDone(next),
          });
        }}
      />
      <div className="min-w-0">
        <label htmlFor={id} className={done ? "text-muted-foreground line-through decoration-muted-foreground/60" : undefined}>
          {entry.text}
        </label>
        {entry.done && entry.doneByName ? <span className="pl-1 text-xs text-muted-foreground">· {entry.doneByName}</span> : null}
        {entry.follows ? (
          <p id={`${id}-rule`} className="text-xs text-muted-foreground" data-testid="criterion-rule">
            Follows{" "}
            <Link href={`/metrics/${entry.follows.metricKey}`} className="font-mono text-primary hover:underline">
              {entry.follows.rule}
            </Link>
            {": "}
            {entry.follows.latest ? (
              <span className={entry.follows.holds ? "text-success" : "text-danger"}>
                {entry.follows.latest.text} at <LocalTime iso={entry.follows.latest.at} format="short" />
                {entry.follows.latest.source ? ` from ${entry.follows.latest.source}` : ""}
                {entry.follows.holds ? " (met)" : " (not met)"}
              </span>
            ) : (
              "no values yet"
            )}
            {canLink ? (
              <Button
                size="sm"
                variant="ghost"
                className="ml-1 h-5 px-1 text-xs"
                disabled={link.pending}
                onClick={() => link.run(() => linkCriterionAction({ entryId: entry.id, metricKey: "" }), { success: "Unlinked: tick it by hand from now on" })}
              >
                Unlink
              </Button>
            ) : null}
          </p>
        ) : entry.proposal ? (
          <p className="text-xs text-muted-foreground">
            Names a metric: {entry.proposal.label}.{" "}
            <Button
              size="sm"
              variant="ghost"
              className="h-5 px-1 text-xs text-primary"
              disabled={link.pending}
              onClick={() =>
                link.run(() => linkCriterionAction({ entryId: entry.id, metricKey: entry.proposal!.metricKey, comparator: entry.proposal!.comparator as Comparator, value: entry.proposal!.value }), {
                  success: (r) => `Now follows ${entry.proposal!.label}${r.done ? " (met)" : ""}`,
                })
              }
            >
              Let it follow the metric
            </Button>
          </p>
        ) : null}
      </div>
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

const selectClass = "h-8 rounded-md border border-border bg-background px-2 text-sm";

/** A lead ties any acceptance criterion to a metric rule by hand. */
function FollowMetric({ entries, metrics }: { entries: Entry[]; metrics: MetricOption[] }) {
  const { pending, run } = useItemAction();
  const [error, setError] = useState<string | null>(null);
  if (metrics.length === 0) return null;
  return (
    <details className="mt-3 text-sm">
      <summary className="cursor-pointer text-muted-foreground hover:text-foreground">Let a criterion follow a metric…</summary>
      <form
        className="mt-2 flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          setError(null);
          run(
            () =>
              linkCriterionAction({
                entryId: String(data.get("entryId")),
                metricKey: String(data.get("metricKey")),
                comparator: String(data.get("comparator")) as Comparator,
                value: String(data.get("value") ?? ""),
              }),
            {
              success: (r) => (r.done ? "Linked: the criterion is met" : "Linked: the criterion follows the metric"),
              onError: (err) => {
                setError(err.message);
                return true;
              },
            },
          );
        }}
      >
        <label className="sr-only" htmlFor="follow-entry">
          Criterion that follows the metric
        </label>
        <select id="follow-entry" name="entryId" className={`${selectClass} max-w-64`}>
          {entries.map((e) => (
            <option key={e.id} value={e.id}>
              {e.text}
            </option>
          ))}
        </select>
        <label className="sr-only" htmlFor="follow-metric">
          Metric to follow
        </label>
        <select id="follow-metric" name="metricKey" className={`${selectClass} max-w-full`}>
          {metrics.map((m) => (
            <option key={m.key} value={m.key}>
              {m.name} ({m.key})
            </option>
          ))}
        </select>
        <label className="sr-only" htmlFor="follow-comparator">
          Comparison
        </label>
        <select id="follow-comparator" name="comparator" className={selectClass} defaultValue="<">
          {COMPARATORS.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
        <label className="sr-only" htmlFor="follow-value">
          Bound
        </label>
        <Input id="follow-value" name="value" inputMode="decimal" className="h-8 w-24" required placeholder="50" />
        <Button type="submit" size="sm" variant="secondary" disabled={pending}>
          Link
        </Button>
        {error ? (
          <p role="alert" className="basis-full text-xs text-danger">
            {error}
          </p>
        ) : null}
      </form>
    </details>
  );
}
