"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { useItemAction } from "@/components/use-item-action";
import { savePolicyRowAction } from "@/lib/matrix/actions";
import type { Priority } from "@/lib/sla/due";
import type { PolicyRow } from "@/lib/matrix/policy-queries";
import { splitTarget, toHours, type TargetUnit } from "@/lib/matrix/target";

type Errors = Record<string, string[] | undefined>;

/** One priority's row. Saving moves the due dates of the open items it governs; the toast says how many. */
export function PolicyRowForm(props: { priority: Priority; projectId: string | null; start: PolicyRow | null; version: number | undefined; onDone: () => void }) {
  const { priority, projectId, start, version, onDone } = props;
  const { run, pending } = useItemAction();
  const initial = start ? splitTarget(start.targetHours, start.calendar) : { amount: 1, unit: "weeks" as TargetUnit };
  const [calendar, setCalendar] = useState<"calendar" | "business">(start?.calendar ?? "calendar");
  const [errors, setErrors] = useState<Errors>({});
  const id = (name: string) => `policy-${priority}-${name}`;

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "");
    const amount = Number(text("amount"));
    if (!Number.isFinite(amount) || amount <= 0) {
      setErrors({ targetHours: ["target: a positive number"] });
      return;
    }
    const input = {
      projectId,
      priority,
      label: text("label"),
      targetHours: toHours(amount, text("unit") as TargetUnit, calendar),
      calendar,
      ownership: text("ownership"),
      trackingCadence: text("trackingCadence"),
      escalation: text("escalation"),
      version,
    };
    run(() => savePolicyRowAction(input), {
      success: (r) => `${priority} saved: ${r.itemsMoved === 0 ? "no due dates moved" : `${r.itemsMoved.toLocaleString()} due date${r.itemsMoved === 1 ? "" : "s"} moved`}`,
      onSuccess: () => {
        setErrors({});
        onDone();
      },
      onError: (error) => {
        setErrors(error.fieldErrors ?? {});
        return !!error.fieldErrors;
      },
    });
  };

  return (
    <form onSubmit={submit} className="grid gap-4 md:grid-cols-2" aria-label={`${priority} policy`} noValidate>
      <Field id={id("label")} label="Label" error={errors.label}>
        <Input id={id("label")} name="label" defaultValue={start?.label ?? ""} maxLength={100} required autoFocus placeholder="Critical Blockers" />
      </Field>
      <Field id={id("amount")} label="Target" error={errors.targetHours} hint="Counted from triage (or the last priority change or reopen).">
        <div className="flex flex-wrap gap-2">
          <Input id={id("amount")} name="amount" type="number" min={1} step="any" defaultValue={initial.amount} className="w-28" required />
          <Select name="unit" defaultValue={initial.unit} aria-label="Unit" className="w-28">
            <option value="hours">hours</option>
            <option value="days">days</option>
            <option value="weeks">weeks</option>
          </Select>
          <Select name="calendar" value={calendar} onChange={(e) => setCalendar(e.target.value as "calendar" | "business")} aria-label="Calendar" className="w-44">
            <option value="calendar">calendar time</option>
            <option value="business">business days (Mon–Fri)</option>
          </Select>
        </div>
      </Field>
      <Field id={id("ownership")} label="Ownership" error={errors.ownership}>
        <Input id={id("ownership")} name="ownership" defaultValue={start?.ownership ?? ""} maxLength={500} placeholder="Senior engineer" />
      </Field>
      <Field id={id("trackingCadence")} label="Tracking cadence" error={errors.trackingCadence}>
        <Input id={id("trackingCadence")} name="trackingCadence" defaultValue={start?.trackingCadence ?? ""} maxLength={500} placeholder="Daily standup" />
      </Field>
      <div className="md:col-span-2">
        <Field id={id("escalation")} label="Escalation" error={errors.escalation}>
          <Input id={id("escalation")} name="escalation" defaultValue={start?.escalation ?? ""} maxLength={2000} placeholder="Immediate, to the team lead" />
        </Field>
      </div>
      <div className="flex gap-2 md:col-span-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : `Save ${priority}`}
        </Button>
        <Button variant="ghost" onClick={onDone} disabled={pending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
