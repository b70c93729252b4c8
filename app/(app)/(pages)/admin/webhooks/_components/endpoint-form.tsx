"use client";

import { useState, type FormEvent, type RefObject } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { useItemAction } from "@/components/use-item-action";
import { WEBHOOK_EVENT_LABELS, WEBHOOK_EVENTS, type WebhookEvent, type WebhookFormat } from "@/lib/domain/webhooks";
import { createWebhookAction, updateWebhookAction } from "@/lib/webhooks/actions";

export type EndpointValues = { url: string; description: string; format: WebhookFormat; events: WebhookEvent[] };
export type CreatedEndpoint = { id: string; secret: string; url: string };

const EMPTY: EndpointValues = { url: "", description: "", format: "json", events: [] };
const sentence = (message: string): string => message.charAt(0).toUpperCase() + message.slice(1);

/**
 * The endpoint's address, format and events: registers a new one (its secret comes back once), or
 * saves an existing one's settings (only what changed is written and audited).
 */
export function EndpointForm({
  id,
  initial = EMPTY,
  onCreated,
  urlInputRef,
}: {
  id?: string;
  initial?: EndpointValues;
  onCreated?: (created: CreatedEndpoint) => void;
  urlInputRef?: RefObject<HTMLInputElement | null>;
}) {
  const { pending, run } = useItemAction();
  const [values, setValues] = useState<EndpointValues>(initial);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const prefix = id ? "edit-webhook" : "webhook";
  const set = (patch: Partial<EndpointValues>) => setValues((v) => ({ ...v, ...patch }));

  const onError = (error: { message: string; fieldErrors?: Record<string, string[]> }) => {
    if (!error.fieldErrors) return false;
    setErrors(Object.fromEntries(Object.entries(error.fieldErrors).map(([field, messages]) => [field, messages.map(sentence)])));
    toast.error(error.message);
    return true;
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors({});
    if (id) {
      run(() => updateWebhookAction({ id, ...values }), { success: "Webhook saved", onError });
      return;
    }
    run(() => createWebhookAction(values), {
      success: "Webhook registered",
      onSuccess: (created) => {
        onCreated?.({ ...created, url: values.url });
        setValues(EMPTY);
      },
      onError,
    });
  }

  const toggle = (event: WebhookEvent, on: boolean) => set({ events: on ? WEBHOOK_EVENTS.filter((e) => e === event || values.events.includes(e)) : values.events.filter((e) => e !== event) });
  const eventError = errors.events;

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <div className="grid max-w-4xl gap-4 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_10rem]">
        <Field id={`${prefix}-url`} label="URL" error={errors.url} hint="Where events are posted: https://…">
          <Input
            ref={urlInputRef}
            id={`${prefix}-url`}
            name="url"
            type="url"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            maxLength={2000}
            required
            value={values.url}
            onChange={(e) => set({ url: e.target.value })}
            aria-invalid={!!errors.url}
            aria-describedby={errors.url ? `${prefix}-url-error` : undefined}
          />
        </Field>
        <Field id={`${prefix}-description`} label="Description" error={errors.description} hint="What listens, e.g. “#eng-health channel”.">
          <Input id={`${prefix}-description`} name="description" autoComplete="off" maxLength={200} value={values.description} onChange={(e) => set({ description: e.target.value })} aria-invalid={!!errors.description} />
        </Field>
        <Field id={`${prefix}-format`} label="Format" error={errors.format} hint={values.format === "slack" ? "For a Slack incoming-webhook URL." : "Signed JSON."}>
          <Select id={`${prefix}-format`} name="format" value={values.format} onChange={(e) => set({ format: e.target.value as WebhookFormat })}>
            <option value="json">JSON (signed)</option>
            <option value="slack">Slack-compatible</option>
          </Select>
        </Field>
      </div>

      <fieldset aria-describedby={eventError ? `${prefix}-events-error` : undefined}>
        <legend className="mb-1.5 text-sm font-medium">Events</legend>
        <div className="grid gap-1 sm:grid-cols-2 xl:grid-cols-4">
          {WEBHOOK_EVENTS.map((event) => (
            <label key={event} className="flex cursor-pointer items-start gap-2.5 rounded-md border border-transparent px-2 py-1.5 hover:bg-muted has-[:checked]:border-border has-[:checked]:bg-muted/60">
              <input type="checkbox" name="events" value={event} checked={values.events.includes(event)} onChange={(e) => toggle(event, e.target.checked)} className="mt-0.5 size-4 shrink-0 accent-primary" />
              <span className="text-sm leading-tight">
                {WEBHOOK_EVENT_LABELS[event]}
                <span className="mt-0.5 block font-mono text-xs text-muted-foreground">{event}</span>
              </span>
            </label>
          ))}
        </div>
        {eventError?.length ? (
          <p id={`${prefix}-events-error`} role="alert" className="mt-1.5 text-xs text-danger">
            {eventError.join(" ")}
          </p>
        ) : values.events.length === 0 ? (
          <p id={`${prefix}-events-hint`} className="mt-1.5 text-xs text-muted-foreground">
            Tick at least one event.
          </p>
        ) : null}
      </fieldset>

      <Button type="submit" disabled={pending || values.events.length === 0}>
        {pending ? (id ? "Saving…" : "Registering…") : id ? "Save changes" : "Register webhook"}
      </Button>
    </form>
  );
}
