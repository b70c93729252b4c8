"use client";

import { Check, Circle } from "lucide-react";
import { useRouter } from "next/navigation";
import { useOptimistic, useRef, useState, useSyncExternalStore, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { useItemAction } from "@/components/use-item-action";
import { drillStepAction, finishDrillAction } from "@/lib/runbooks/actions";
import type { ActionError } from "@/lib/result";
import { humanDuration, type DrillOutcome } from "../../../_components/drill-list";

export type RunnerStep = { section: string; text: string; done: boolean; note: string };

type Props = {
  drillId: string;
  startedAt: string;
  /** False once the drill has finished: the list is then a record. */
  inProgress: boolean;
  /** The runner or a lead, while in progress; everyone else watches. */
  canRecord: boolean;
  steps: RunnerStep[];
  /** Seconds each ticked step took (stepDurations on the server), null while unticked. */
  durations: (number | null)[];
};

/** The drill's checklist: tickable for whoever records it, a read-only record for everyone else. */
export function DrillRunner({ drillId, startedAt, inProgress, canRecord, steps, durations }: Props) {
  // Ticks show at once; the refreshed page (with server-side durations) confirms or reverts them.
  const [shown, setShown] = useOptimistic(steps, (current, change: { index: number; done: boolean }) =>
    current.map((s, i) => (i === change.index ? { ...s, done: change.done } : s)),
  );
  const [status, setStatus] = useState("");
  const done = shown.filter((s) => s.done).length;

  return (
    <div className="space-y-6">
      <Card className="p-4">
        <section aria-labelledby="drill-steps-heading" className="space-y-3">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 id="drill-steps-heading" className="font-medium">
              Steps
            </h2>
            <div className="flex items-center gap-3 text-sm text-muted-foreground">
              {inProgress ? (
                <span>
                  Elapsed <Elapsed since={startedAt} />
                </span>
              ) : null}
              <span className="tabular-nums" data-testid="drill-progress">
                {done} / {shown.length} ticked
              </span>
              {shown.length ? (
                <div
                  role="progressbar"
                  aria-label="Steps ticked"
                  aria-valuemin={0}
                  aria-valuemax={shown.length}
                  aria-valuenow={done}
                  aria-valuetext={`${done} of ${shown.length}`}
                  className="h-1.5 w-24 overflow-hidden rounded-full bg-muted"
                >
                  <div className="h-full rounded-full bg-success transition-[width]" style={{ width: `${(done / shown.length) * 100}%` }} />
                </div>
              ) : null}
            </div>
          </div>
          {/* Tick and note confirmations go here rather than to toasts: a drill ticks many steps in a row. */}
          <p role="status" aria-live="polite" className="min-h-4 text-xs text-muted-foreground">
            {status}
          </p>
          {shown.length ? (
            <ol className="divide-y divide-border">
              {shown.map((step, index) =>
                inProgress && canRecord ? (
                  <RecordStep
                    key={index}
                    drillId={drillId}
                    index={index}
                    step={step}
                    saved={steps[index]!}
                    took={durations[index] ?? null}
                    onTick={(d) => setShown({ index, done: d })}
                    onStatus={setStatus}
                  />
                ) : (
                  <ReadStep key={index} index={index} step={step} took={durations[index] ?? null} />
                ),
              )}
            </ol>
          ) : (
            <p className="text-sm text-muted-foreground">This scenario had no steps to tick when the drill started.</p>
          )}
        </section>
      </Card>
      {inProgress && canRecord ? <FinishDrill drillId={drillId} open={shown.length - done} total={shown.length} /> : null}
    </div>
  );
}

function StepMeta({ step, took }: { step: RunnerStep; took: number | null }) {
  return (
    <span className="flex flex-wrap items-center gap-x-2 text-xs text-muted-foreground">
      {step.section ? <span className="rounded bg-muted px-1.5 py-0.5 font-medium">{step.section}</span> : null}
      {step.done ? took === null ? <span>saving…</span> : <span className="tabular-nums">took {humanDuration(took, true)}</span> : null}
    </span>
  );
}

function ReadStep({ index, step, took }: { index: number; step: RunnerStep; took: number | null }) {
  return (
    <li data-testid="drill-step" data-done={step.done} className="flex items-start gap-2 py-2 text-sm">
      {step.done ? <Check aria-hidden className="mt-0.5 size-4 shrink-0 text-success" /> : <Circle aria-hidden className="mt-0.5 size-4 shrink-0 text-muted-foreground" />}
      <div className="min-w-0 flex-1 space-y-1">
        <p className={step.done ? undefined : "text-muted-foreground"}>
          <span className="sr-only">{step.done ? "Done: " : "Not done: "}</span>
          <span className="mr-1 tabular-nums text-muted-foreground">{index + 1}.</span>
          {step.text}
        </p>
        <StepMeta step={step} took={took} />
        {step.note ? <p className="text-xs whitespace-pre-wrap break-words">Note: {step.note}</p> : null}
      </div>
    </li>
  );
}

type RecordProps = {
  drillId: string;
  index: number;
  /** As shown (optimistic). */
  step: RunnerStep;
  /** As last saved. */
  saved: RunnerStep;
  took: number | null;
  onTick: (done: boolean) => void;
  onStatus: (message: string) => void;
};

function RecordStep({ drillId, index, step, saved, took, onTick, onStatus }: RecordProps) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [note, setNote] = useState(saved.note);
  // One step's saves go out in order: a note saved on blur and the tick that caused the blur both
  // carry `done`, and the later one must win on the server too.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  // The note last sent, so the blur after Enter (or after "Save note") does not send it again.
  const sentNote = useRef<string | null>(null);
  const noteDirty = note.trim() !== saved.note;
  const id = `drill-step-${index}`;

  function save(done: boolean, message: string) {
    const input = { drillId, step: index, done, note: noteDirty ? note : undefined };
    if (input.note !== undefined) sentNote.current = input.note;
    startTransition(async () => {
      onTick(done);
      const call = queue.current.then(() => drillStepAction(input));
      queue.current = call.catch(() => undefined);
      const result = await call;
      if (result.ok) onStatus(message);
      else {
        sentNote.current = null;
        toast.error(result.error.message);
      }
      // Also after a refusal: the drill may have been finished by someone else.
      startTransition(() => router.refresh());
    });
  }

  const saveNote = () => {
    if (noteDirty && note !== sentNote.current) save(step.done, `Saved the note on step ${index + 1}.`);
  };

  return (
    <li data-testid="drill-step" data-done={step.done} className="flex items-start gap-2 py-2 text-sm">
      <input
        id={id}
        type="checkbox"
        className="mt-0.5 size-4 shrink-0 accent-primary"
        checked={step.done}
        onChange={(e) => save(e.target.checked, `${e.target.checked ? "Ticked" : "Unticked"} step ${index + 1}: ${step.text}`)}
      />
      <div className="min-w-0 flex-1 space-y-1">
        <label htmlFor={id} className={step.done ? "text-muted-foreground line-through decoration-muted-foreground/60" : undefined}>
          {step.text}
        </label>
        {/* Until the save lands, the server's duration belongs to the previous state. */}
        <StepMeta step={step} took={step.done === saved.done ? took : null} />
        <div className="flex items-center gap-2">
          <label htmlFor={`${id}-note`} className="sr-only">
            Note on step {index + 1}
          </label>
          <Input
            id={`${id}-note`}
            className="h-7 max-w-md text-xs"
            placeholder="Note (optional)"
            maxLength={2000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            onBlur={saveNote}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                saveNote();
              }
            }}
          />
          {noteDirty ? (
            <Button size="sm" variant="secondary" className="h-7 text-xs" disabled={pending} onMouseDown={(e) => e.preventDefault()} onClick={saveNote}>
              Save note
            </Button>
          ) : null}
        </div>
      </div>
    </li>
  );
}

const OUTCOMES: { value: DrillOutcome; label: string; hint: string }[] = [
  { value: "passed", label: "Passed", hint: "every step worked as written" },
  { value: "failed", label: "Failed", hint: "a step did not work; say which in the notes" },
  { value: "aborted", label: "Aborted", hint: "stopped before the end; say why in the notes" },
];

type FinishErrors = { outcome?: string; notes?: string };

/** The service words its refusals "field: reason"; that reason is the clearest text beside the field. */
function finishErrors(err: ActionError): FinishErrors | null {
  const out: FinishErrors = {};
  for (const field of ["outcome", "notes"] as const) {
    const list = err.fieldErrors?.[field];
    if (list?.length) out[field] = err.message.startsWith(`${field}: `) ? err.message.slice(field.length + 2) : list.join(" ");
  }
  return out.outcome || out.notes ? out : null;
}

function FinishDrill({ drillId, open, total }: { drillId: string; open: number; total: number }) {
  const { pending, run } = useItemAction();
  const [outcome, setOutcome] = useState<DrillOutcome | "">("");
  const [notes, setNotes] = useState("");
  const [errors, setErrors] = useState<FinishErrors>({});

  return (
    <Card className="p-4">
      <form
        aria-labelledby="drill-finish-heading"
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          if (!outcome) {
            setErrors({ outcome: "Choose how the drill went." });
            return;
          }
          setErrors({});
          run(() => finishDrillAction({ drillId, outcome, notes }), {
            success: `Drill recorded as ${outcome}`,
            onError: (err) => {
              const fields = finishErrors(err);
              if (fields) setErrors(fields);
              return !!fields;
            },
          });
        }}
      >
        <h2 id="drill-finish-heading" className="font-medium">
          Finish the drill
        </h2>
        <fieldset aria-describedby={errors.outcome ? "drill-outcome-error" : open ? "drill-outcome-hint" : undefined} className="space-y-1.5">
          <legend className="mb-1.5 text-sm font-medium">Outcome</legend>
          {OUTCOMES.map((o) => (
            <label key={o.value} className="flex items-start gap-2 text-sm">
              <input
                type="radio"
                name="outcome"
                value={o.value}
                className="mt-0.5 size-4 accent-primary"
                checked={outcome === o.value}
                disabled={pending}
                onChange={() => setOutcome(o.value)}
              />
              <span>
                <span className="font-medium">{o.label}</span> <span className="text-muted-foreground">— {o.hint}</span>
              </span>
            </label>
          ))}
          {errors.outcome ? (
            <p id="drill-outcome-error" role="alert" className="text-xs text-danger">
              {errors.outcome}
            </p>
          ) : open ? (
            <p id="drill-outcome-hint" className="text-xs text-muted-foreground">
              {open} of {total} steps not ticked: a passed drill needs every step.
            </p>
          ) : null}
        </fieldset>
        <div className="space-y-1.5">
          <label htmlFor="drill-notes" className="block text-sm font-medium">
            Notes
          </label>
          <textarea
            id="drill-notes"
            rows={4}
            maxLength={5000}
            value={notes}
            disabled={pending}
            placeholder="What went well, what was unclear or wrong in the runbook"
            aria-invalid={!!errors.notes}
            aria-describedby={errors.notes ? "drill-notes-error" : "drill-notes-hint"}
            onChange={(e) => setNotes(e.target.value)}
            className="w-full rounded-md border border-border bg-surface px-3 py-2 text-sm shadow-xs placeholder:text-muted-foreground aria-[invalid=true]:border-danger disabled:opacity-60"
          />
          {errors.notes ? (
            <p id="drill-notes-error" role="alert" className="text-xs text-danger">
              {errors.notes}
            </p>
          ) : (
            <p id="drill-notes-hint" className="text-xs text-muted-foreground">
              Required when the drill failed or was aborted.
            </p>
          )}
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? "Finishing…" : "Finish drill"}
        </Button>
      </form>
    </Card>
  );
}

// One clock per second for the elapsed timer; the server (and hydration) renders a placeholder.
const everySecond = (notify: () => void) => {
  const timer = setInterval(notify, 1000);
  return () => clearInterval(timer);
};
const nowSecond = () => Math.floor(Date.now() / 1000);

function clock(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const mm = String(Math.floor((seconds % 3600) / 60)).padStart(h ? 2 : 1, "0");
  const ss = String(seconds % 60).padStart(2, "0");
  return h ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** Live time since the start; role="timer" keeps screen readers from announcing every second. */
function Elapsed({ since }: { since: string }) {
  const now = useSyncExternalStore(everySecond, nowSecond, () => null);
  const seconds = now === null ? null : Math.max(0, now - Math.floor(Date.parse(since) / 1000));
  return (
    <span role="timer" aria-live="off" className="font-mono tabular-nums text-foreground" data-testid="drill-elapsed">
      {seconds === null ? "–:––" : clock(seconds)}
    </span>
  );
}
