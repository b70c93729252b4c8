import type { ReactNode } from "react";

// Schemas word a field's problem as a fragment that follows its label ("at most 80 characters";
// lib/validation/labels.ts); under the label it starts a sentence of its own.
const sentence = (message: string) => message.charAt(0).toUpperCase() + message.slice(1);

/** A labelled form field whose error is announced and tied to the control by id. */
export function Field({ id, label, error, hint, children }: { id: string; label: string; error?: string[]; hint?: string; children: ReactNode }) {
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children}
      {hint && !error?.length ? <p className="text-xs text-muted-foreground">{hint}</p> : null}
      {error?.length ? (
        <p id={`${id}-error`} role="alert" className="text-xs text-danger">
          {error.map(sentence).join(" ")}
        </p>
      ) : null}
    </div>
  );
}
