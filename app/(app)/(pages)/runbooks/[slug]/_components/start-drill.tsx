"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import { useItemAction } from "@/components/use-item-action";
import { startDrillAction } from "@/lib/runbooks/actions";
import { runbookPath } from "@/lib/runbooks/paths";

export type DrillScenarioOption = { anchor: string; title: string; stepCount: number };

/** Picks a scenario and opens a new drill of it; only rendered for people who may drill. */
export function StartDrill({ runbookId, scenarios }: { runbookId: string; scenarios: DrillScenarioOption[]; slug?: string }) {
  const router = useRouter();
  const { pending, run } = useItemAction();
  const [chosen, setChosen] = useState(scenarios[0]?.anchor ?? "");
  const [error, setError] = useState<string | null>(null);
  if (!scenarios.length) return <p className="text-sm text-muted-foreground">Add a scenario (a ## heading) to rehearse it.</p>;
  // After an edit renames or removes the chosen scenario, fall back to the first rather than send a stale one.
  const scenario = scenarios.some((s) => s.anchor === chosen) ? chosen : scenarios[0]!.anchor;

  return (
    <form
      className="flex flex-wrap items-start gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        setError(null);
        run(() => startDrillAction({ runbookId, scenario }), {
          success: "Drill started",
          refresh: false,
          onSuccess: ({ id, slug }) => router.push(runbookPath(slug, "drills", id)),
          onError: (err) => {
            if (!err.fieldErrors?.scenario) return false;
            setError(err.message.replace(/^scenario: /, ""));
            // The scenario list is out of date; show the current one.
            router.refresh();
            return true;
          },
        });
      }}
    >
      <label htmlFor="drill-scenario" className="sr-only">
        Scenario
      </label>
      <Select
        id="drill-scenario"
        className="h-8 w-full"
        // A select cannot wrap: it takes the card's whole width (the button goes below), and the
        // chosen scenario's full name is its tooltip when even that is too narrow.
        title={scenarios.find((s) => s.anchor === scenario)?.title}
        value={scenario}
        disabled={pending}
        aria-invalid={!!error}
        aria-describedby={error ? "drill-scenario-error" : undefined}
        onChange={(e) => setChosen(e.target.value)}
      >
        {scenarios.map((s) => (
          <option key={s.anchor} value={s.anchor}>
            {s.title} ({s.stepCount === 1 ? "1 step" : `${s.stepCount} steps`})
          </option>
        ))}
      </Select>
      <Button type="submit" size="sm" disabled={pending}>
        {pending ? "Starting…" : "Start drill"}
      </Button>
      {error ? (
        <p id="drill-scenario-error" role="alert" className="basis-full text-xs text-danger">
          {error}
        </p>
      ) : null}
    </form>
  );
}
