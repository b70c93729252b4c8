"use client";

import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { ImportPreview } from "@/lib/importer/actions";
import { criterionId } from "@/lib/importer/rule-proposals";

export type RuleProposal = ImportPreview["ruleProposals"][number];

/**
 * The criteria the import creates that name a metric and a bound, each kept (checked) unless the
 * lead unticks it. Nothing is shown when there are none.
 */
export function RuleProposals({ proposals, rejected, onRejectedChange }: { proposals: RuleProposal[]; rejected: ReadonlySet<string>; onRejectedChange: (next: Set<string>) => void }) {
  if (proposals.length === 0) return null;
  const kept = proposals.filter((p) => !rejected.has(criterionId(p))).length;
  const toggle = (id: string, keep: boolean) => {
    const next = new Set(rejected);
    if (keep) next.delete(id);
    else next.add(id);
    onRejectedChange(next);
  };
  return (
    <Card className="p-4">
      <section aria-labelledby="rule-proposals-heading">
        <h3 id="rule-proposals-heading" className="font-medium">
          Criteria that can follow a metric
        </h3>
        <p id="rule-proposals-hint" className="text-sm text-muted-foreground">
          Ticked criteria will tick themselves when the metric&apos;s latest value meets the rule; untick one to keep ticking it by hand.
        </p>
        <ul className="mt-3 max-h-96 space-y-1 overflow-y-auto text-sm">
          {proposals.map((p, i) => {
            const id = criterionId(p);
            return (
              <li key={id}>
                <label htmlFor={`rule-proposal-${i}`} className="flex cursor-pointer items-start gap-2.5 rounded-md px-2 py-1.5 hover:bg-muted">
                  <input
                    id={`rule-proposal-${i}`}
                    type="checkbox"
                    className="mt-0.5 size-4 shrink-0 accent-primary"
                    checked={!rejected.has(id)}
                    aria-describedby="rule-proposals-hint"
                    onChange={(e) => toggle(id, e.target.checked)}
                  />
                  <span className="min-w-0">
                    <span className="font-mono text-xs text-muted-foreground">{p.itemKey}</span> {p.text}{" "}
                    <span className="block text-xs text-muted-foreground">
                      follows <code className="font-mono text-primary">{p.ruleText}</code>
                      {p.metric === "create" ? " (a metric this import creates)" : ""}
                    </span>
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
        <div className="mt-2 flex flex-wrap items-center gap-2">
          <p className="text-xs text-muted-foreground" aria-live="polite" data-testid="rule-proposals-kept">
            {kept} of {proposals.length} kept
          </p>
          {proposals.length > 1 ? (
            <>
              <Button size="sm" variant="ghost" disabled={kept === proposals.length} onClick={() => onRejectedChange(new Set())}>
                Keep all
              </Button>
              <Button size="sm" variant="ghost" disabled={kept === 0} onClick={() => onRejectedChange(new Set(proposals.map(criterionId)))}>
                Keep none
              </Button>
            </>
          ) : null}
        </div>
      </section>
    </Card>
  );
}
