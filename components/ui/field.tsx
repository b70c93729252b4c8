import type { ReactNode } from "react";

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
          {error.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
