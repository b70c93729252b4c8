"use client";

import { X } from "lucide-react";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import { useItemAction } from "@/components/use-item-action";
import { linkRunbookMetricAction, unlinkRunbookMetricAction } from "@/lib/runbooks/actions";

// A runbook ↔ metric link can be made from either page; both sides share these controls and the
// one pair of actions, so the two pages cannot drift apart in behaviour or wording.

/** The end of the link the page already stands on; the picker chooses the other end. */
export type LinkAnchor = { runbookId: string } | { metricId: string };

const pairWith = (anchor: LinkAnchor, chosen: string) => ("runbookId" in anchor ? { runbookId: anchor.runbookId, metricId: chosen } : { runbookId: chosen, metricId: anchor.metricId });

/** "Link a metric…" / "Link a runbook…": a picker of what is not linked yet; a refusal shows beside it. */
export function LinkRunbookMetricForm(props: { anchor: LinkAnchor; options: { id: string; label: string }[]; title: string; selectLabel: string }) {
  const { anchor, options, title, selectLabel } = props;
  const { run, pending } = useItemAction();
  const [choice, setChoice] = useState("");
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const chosen = options.find((o) => o.id === choice)?.label ?? "";
  return (
    <form
      aria-label={title}
      className="space-y-1"
      onSubmit={(e) => {
        e.preventDefault();
        run(() => linkRunbookMetricAction(pairWith(anchor, choice)), {
          success: (r) => (r.linked ? `${chosen} linked` : `${chosen} was already linked`),
          onSuccess: () => {
            setChoice("");
            setError(null);
          },
          onError: (err) => {
            setError(err.message);
            return true;
          },
        });
      }}
    >
      <div className="flex gap-2">
        <Select
          className="min-w-0"
          value={choice}
          onChange={(e) => {
            setChoice(e.target.value);
            setError(null);
          }}
          aria-label={selectLabel}
          aria-invalid={!!error}
          aria-describedby={error ? errorId : undefined}
        >
          <option value="">{title}…</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </Select>
        <Button type="submit" variant="secondary" disabled={pending || !choice}>
          Link
        </Button>
      </div>
      {error ? (
        <p id={errorId} role="alert" className="text-xs text-danger">
          {error}
        </p>
      ) : null}
    </form>
  );
}

/** The ✕ on a linked row; `name` is what the row shows, so a screen reader hears "Unlink <name>". */
export function UnlinkRunbookMetricButton({ runbookId, metricId, name }: { runbookId: string; metricId: string; name: string }) {
  const { run, pending } = useItemAction();
  return (
    <Button variant="ghost" size="sm" aria-label={`Unlink ${name}`} disabled={pending} onClick={() => run(() => unlinkRunbookMetricAction({ runbookId, metricId }), { success: `${name} unlinked` })}>
      <X className="size-4" />
    </Button>
  );
}
