"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useItemAction } from "@/components/use-item-action";
import { formatValue } from "@/lib/metrics/format";
import { recordPointAction } from "@/lib/metrics/actions";

/** One value typed by hand (a manual measurement, a correction); time defaults to now. */
export function RecordValue({ metricId, unit }: { metricId: string; unit: string }) {
  const { run, pending } = useItemAction();
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  return (
    <form
      className="grid gap-3 sm:grid-cols-[10rem_14rem_1fr_auto] sm:items-end"
      onSubmit={(e) => {
        e.preventDefault();
        const form = e.currentTarget;
        const data = new FormData(form);
        const local = String(data.get("recordedAt") ?? "");
        run(
          () =>
            recordPointAction({
              metricId,
              value: String(data.get("value") ?? ""),
              // datetime-local has no zone: read it in the browser's zone, send it as UTC.
              recordedAt: local ? new Date(local).toISOString() : "",
              note: String(data.get("note") ?? ""),
            }),
          {
            success: (r) => `Recorded ${formatValue(r.latest.value, unit)}`,
            onSuccess: () => {
              setErrors({});
              form.reset();
            },
            onError: (error) => {
              setErrors(error.fieldErrors ?? {});
              return false;
            },
          },
        );
      }}
    >
      <Field id="point-value" label={unit ? `Value (${unit})` : "Value"} error={errors.value}>
        <Input id="point-value" name="value" inputMode="decimal" required autoComplete="off" aria-invalid={!!errors.value} aria-describedby={errors.value ? "point-value-error" : undefined} />
      </Field>
      <Field id="point-time" label="Measured at" hint="Empty: now" error={errors.recordedAt}>
        <Input id="point-time" name="recordedAt" type="datetime-local" aria-invalid={!!errors.recordedAt} />
      </Field>
      <Field id="point-note" label="Note (optional)" error={errors.note}>
        <Input id="point-note" name="note" maxLength={500} placeholder="e.g. measured after the cache fix" />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Recording…" : "Record"}
      </Button>
    </form>
  );
}
