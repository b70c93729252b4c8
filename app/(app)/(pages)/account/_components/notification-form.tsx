"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useItemAction } from "@/components/use-item-action";
import { ADMIN_KINDS, EMAIL_MODES, KIND_LABELS, NOTIFICATION_KINDS, type EmailMode, type KindPreference, type NotificationKind } from "@/lib/domain/notifications";
import { savePreferencesAction } from "@/lib/inbox/actions";

const EMAIL_LABELS: Record<EmailMode, string> = { off: "No e-mail", immediate: "E-mail at once", digest: "Daily digest" };
const HOURS = Array.from({ length: 24 }, (_, h) => h);
const select = "h-8 rounded-md border border-border bg-surface px-2 text-sm disabled:opacity-60";
const hourLabel = (h: number) => `${String(h).padStart(2, "0")}:00`;

export type PreferencesView = { kinds: Record<NotificationKind, KindPreference>; quietStart: number | null; quietEnd: number | null; digestHour: number };

/** Per kind: in the app or not, and by e-mail at once, in the digest or not; quiet hours and the digest's hour, in the user's zone. */
export function NotificationForm({ initial, mailEnabled, zone, isAdmin }: { initial: PreferencesView; mailEnabled: boolean; zone: string; isAdmin: boolean }) {
  // Kinds only administrators receive are offered to them alone.
  const shown = NOTIFICATION_KINDS.filter((kind) => isAdmin || !ADMIN_KINDS.includes(kind));
  const { pending, run } = useItemAction();
  const [kinds, setKinds] = useState(initial.kinds);
  const [quiet, setQuiet] = useState(initial.quietStart !== null);
  const [quietStart, setQuietStart] = useState(initial.quietStart ?? 22);
  const [quietEnd, setQuietEnd] = useState(initial.quietEnd ?? 7);
  const [digestHour, setDigestHour] = useState(initial.digestHour);
  const [error, setError] = useState<string | null>(null);
  const set = (kind: NotificationKind, patch: Partial<KindPreference>) => setKinds((k) => ({ ...k, [kind]: { ...k[kind], ...patch } }));

  return (
    <form
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        setError(null);
        run(() => savePreferencesAction({ kinds, quietStart: quiet ? quietStart : null, quietEnd: quiet ? quietEnd : null, digestHour, timeZone: zone }), {
          success: "Notification settings saved",
          onError: (err) => {
            setError(err.message);
            return true;
          },
        });
      }}
    >
      {!mailEnabled ? (
        <p className="rounded-md border border-border bg-muted/50 p-3 text-sm text-muted-foreground" data-testid="mail-off">
          E-mail is not set up on this server (an administrator sets SMTP_URL, MAIL_FROM and APP_URL), so only the in-app choices take effect. Your e-mail choices are kept for when it is.
        </p>
      ) : null}
      {/* One row per kind: the name and what it covers, then its two choices (side by side when there is room, under it on a phone). */}
      <ul className="divide-y divide-border border-y border-border text-sm" aria-label="Notify me about">
        {shown.map((kind) => (
          <li key={kind} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 py-2">
            <div className="min-w-0 flex-1 basis-56">
              <span className="font-medium">{KIND_LABELS[kind].label}</span>
              <span className="block text-xs text-muted-foreground">{KIND_LABELS[kind].hint}</span>
            </div>
            <div className="flex items-center gap-3">
              <label className="flex items-center gap-1.5 text-sm">
                <input type="checkbox" className="size-4" aria-label={`${KIND_LABELS[kind].label} in the app`} checked={kinds[kind].inApp} disabled={pending} onChange={(e) => set(kind, { inApp: e.target.checked })} />
                <span>In the app</span>
              </label>
              <select className={select} aria-label={`${KIND_LABELS[kind].label} by e-mail`} value={kinds[kind].email} disabled={pending} onChange={(e) => set(kind, { email: e.target.value as EmailMode })}>
                {EMAIL_MODES.map((m) => (
                  <option key={m} value={m}>
                    {EMAIL_LABELS[m]}
                  </option>
                ))}
              </select>
            </div>
          </li>
        ))}
      </ul>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Quiet hours ({zone})</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" className="size-4" checked={quiet} disabled={pending} onChange={(e) => setQuiet(e.target.checked)} />
          Hold e-mails sent at once during these hours (they go out when quiet hours end)
        </label>
        {quiet ? (
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <label className="flex items-center gap-1">
              From
              <HourSelect value={quietStart} disabled={pending} onChange={setQuietStart} />
            </label>
            <label className="flex items-center gap-1">
              to
              <HourSelect value={quietEnd} disabled={pending} onChange={setQuietEnd} />
            </label>
          </div>
        ) : null}
      </fieldset>
      <label className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-medium">Daily digest at</span>
        <HourSelect value={digestHour} disabled={pending} onChange={setDigestHour} />
        <span className="text-muted-foreground">({zone})</span>
      </label>
      {error ? (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
      <Button type="submit" size="sm" disabled={pending}>
        {pending ? "Saving…" : "Save notification settings"}
      </Button>
    </form>
  );
}

/** One of the day's 24 hours, as the form's three hour choices show them. */
function HourSelect({ value, disabled, onChange }: { value: number; disabled: boolean; onChange: (hour: number) => void }) {
  return (
    <select className={select} value={value} disabled={disabled} onChange={(e) => onChange(Number(e.target.value))}>
      {HOURS.map((h) => (
        <option key={h} value={h}>
          {hourLabel(h)}
        </option>
      ))}
    </select>
  );
}
