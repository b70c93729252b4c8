"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useItemAction } from "@/components/use-item-action";
import { saveSlaSettingsAction } from "@/lib/matrix/actions";
import type { SlaSettings } from "@/lib/sla/queries";

/** The workspace's time zone (for business days) and at-risk threshold; read-only below lead. */
export function SettingsForm({ settings, canEdit, timeZones }: { settings: SlaSettings; canEdit: boolean; timeZones: string[] }) {
  const { run, pending } = useItemAction();
  const [errors, setErrors] = useState<Record<string, string[] | undefined>>({});
  const percent = Math.round(settings.atRiskShare * 100);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    run(() => saveSlaSettingsAction({ timeZone: String(form.get("timeZone") ?? ""), atRiskPercent: String(form.get("atRiskPercent") ?? ""), version: settings.version }), {
      success: (r) => `SLA settings saved${r.itemsMoved ? `: ${r.itemsMoved.toLocaleString()} due dates moved` : ""}`,
      onSuccess: () => setErrors({}),
      onError: (error) => {
        setErrors(error.fieldErrors ?? {});
        return !!error.fieldErrors;
      },
    });
  };

  return (
    <section aria-labelledby="settings-heading">
      <h2 id="settings-heading" className="mb-3 text-base font-semibold">
        Clock and thresholds (whole workspace)
      </h2>
      <Card className="p-4">
        {canEdit ? (
          <form onSubmit={submit} className="grid gap-4 md:grid-cols-[1fr_12rem_auto] md:items-end" noValidate>
            <Field id="sla-timezone" label="Time zone" error={errors.timeZone} hint="Whose weekends business-day windows skip. Times are stored in UTC and shown in each viewer's zone.">
              <Input id="sla-timezone" name="timeZone" defaultValue={settings.timeZone} list="sla-timezones" autoComplete="off" />
            </Field>
            <datalist id="sla-timezones">
              {timeZones.map((tz) => (
                <option key={tz} value={tz} />
              ))}
            </datalist>
            <Field id="sla-at-risk" label="At risk below" error={errors.atRiskPercent} hint="% of the window left.">
              <Input id="sla-at-risk" name="atRiskPercent" type="number" min={1} max={90} defaultValue={percent} />
            </Field>
            <Button type="submit" disabled={pending}>
              {pending ? "Saving…" : "Save settings"}
            </Button>
          </form>
        ) : (
          <dl className="grid gap-2 text-sm sm:grid-cols-2">
            <div>
              <dt className="text-muted-foreground">Time zone for business days</dt>
              <dd className="font-medium">{settings.timeZone}</dd>
            </div>
            <div>
              <dt className="text-muted-foreground">At risk below</dt>
              <dd className="font-medium">{percent}% of the window left</dd>
            </div>
          </dl>
        )}
      </Card>
    </section>
  );
}
