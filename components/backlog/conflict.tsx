"use client";

import { useTimeZone } from "@/components/time/time-zone";
import type { ActionError } from "@/lib/result";
import { formatInstant } from "@/lib/time/format";
import { Button } from "@/components/ui/button";

// A refused save because someone else changed the item first: who, when (in the viewer's time
// zone), what the item holds now, and a way to apply one's own change on top of it.

export type ConflictCurrent = { version: number; updatedAt: string; updatedByName: string } & Record<string, unknown>;

export function conflictOf(error: ActionError): ConflictCurrent | null {
  return error.code === "conflict" && error.current && typeof error.current === "object" ? (error.current as ConflictCurrent) : null;
}

export function conflictMessage(current: ConflictCurrent, zone: string): string {
  return `Changed by ${current.updatedByName} at ${formatInstant(current.updatedAt, zone)}.`;
}

export function ConflictNotice({
  current,
  fields,
  onReapply,
  onDismiss,
}: {
  current: ConflictCurrent;
  /** The fields the user tried to change, shown with their current values. */
  fields: { label: string; value: string }[];
  onReapply: () => void;
  onDismiss: () => void;
}) {
  const zone = useTimeZone();
  return (
    <div role="alert" className="space-y-2 rounded-md border border-warning/50 bg-warning/10 p-3 text-sm">
      <p className="font-medium">{conflictMessage(current, zone)} Your change was not saved.</p>
      {fields.length > 0 && (
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
          {fields.map((f) => (
            <div key={f.label} className="contents">
              <dt className="text-muted-foreground">Now {f.label}</dt>
              <dd>{f.value}</dd>
            </div>
          ))}
        </dl>
      )}
      <div className="flex gap-2">
        <Button size="sm" onClick={onReapply}>
          Apply my change anyway
        </Button>
        <Button size="sm" variant="ghost" onClick={onDismiss}>
          Keep theirs
        </Button>
      </div>
    </div>
  );
}
