import type { ActionError } from "@/lib/result";

/** A form's refusal that belongs to no single field (those sit beside their field instead). */
export function FormAlert({ error }: { error: ActionError | null | undefined }) {
  if (!error || error.fieldErrors) return null;
  return (
    <p role="alert" className="rounded-md border border-danger/30 bg-danger/10 px-3 py-2 text-sm text-danger">
      {error.message}
    </p>
  );
}
