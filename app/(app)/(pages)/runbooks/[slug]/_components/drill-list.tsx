import Link from "next/link";
import { LocalTime } from "@/components/local-time";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/cn";
import type { RunbookDetail } from "@/lib/runbooks/queries";
import { runbookPath } from "@/lib/runbooks/paths";

// No "use client": this renders on the server for the runbook page, and the drill runner (a client
// component) imports the two helpers below, so both pages word outcomes and durations alike.

export type DrillOutcome = "passed" | "failed" | "aborted";

const OUTCOME: Record<DrillOutcome | "open", { label: string; style: string }> = {
  passed: { label: "Passed", style: "border-emerald-300 bg-emerald-50 text-emerald-800 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-300" },
  failed: { label: "Failed", style: "border-red-300 bg-red-50 text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-300" },
  aborted: { label: "Aborted", style: "bg-muted text-muted-foreground" },
  open: { label: "In progress", style: "border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200" },
};

/** The outcome in words and colour (never colour alone); null = still in progress. */
export function OutcomeBadge({ outcome, className, ...rest }: { outcome: DrillOutcome | null; className?: string; "data-testid"?: string }) {
  const o = OUTCOME[outcome ?? "open"];
  return (
    <Badge className={cn("shrink-0", o.style, className)} {...rest}>
      {o.label}
    </Badge>
  );
}

/** "45 s", "12 min", "1 h 5 min"; precise adds the seconds to minutes ("2 min 5 s") for step times. */
export function humanDuration(seconds: number, precise = false): string {
  const total = Math.max(0, Math.round(seconds));
  if (total < 60) return `${total} s`;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h) return m ? `${h} h ${m} min` : `${h} h`;
  return precise && s ? `${m} min ${s} s` : `${m} min`;
}

type Drill = RunbookDetail["drills"][number];

/** The runbook's drills, newest first, each linking to its record. */
export function DrillList({ drills, slug }: { drills: Drill[]; slug: string }) {
  if (!drills.length) return <p className="text-sm text-muted-foreground">No drills yet. Rehearse a scenario to check the runbook works.</p>;
  const newestFirst = [...drills].sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime());
  return (
    <ul className="divide-y divide-border text-sm" data-testid="drill-list">
      {newestFirst.map((d) => (
        <li key={d.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2 first:pt-0 last:pb-0">
          <OutcomeBadge outcome={d.outcome} />
          <Link href={runbookPath(slug, "drills", d.id)} className="min-w-0 font-medium break-words text-primary hover:underline">
            {d.scenario}
          </Link>
          <span className="text-muted-foreground">
            {d.ranByName ?? "Former user"} · <LocalTime iso={d.startedAt.toISOString()} format="short" />
            {d.finishedAt ? ` · ${humanDuration((d.finishedAt.getTime() - d.startedAt.getTime()) / 1000)}` : null}
            {" · "}
            <span className="tabular-nums">
              {d.doneCount}/{d.stepCount} steps
            </span>
          </span>
        </li>
      ))}
    </ul>
  );
}
