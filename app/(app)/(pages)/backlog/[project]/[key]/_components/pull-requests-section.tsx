import { ExternalLink } from "lucide-react";
import { LocalTime } from "@/components/local-time";
import { Card } from "@/components/ui/card";
import { cn } from "@/lib/cn";
import type { PullRequestView } from "@/lib/integrations/github-queries";

type PullRequestState = PullRequestView["state"];

// The GitHub pull requests that name the item (README, "Pull requests"): state, repository and
// number, title, each opening on GitHub in a new tab. Shown only when there is one.

const STATE: Record<PullRequestState, { label: string; className: string }> = {
  open: { label: "Open", className: "border-emerald-700 text-emerald-800 dark:border-emerald-400 dark:text-emerald-300" },
  merged: { label: "Merged", className: "border-violet-700 text-violet-800 dark:border-violet-400 dark:text-violet-300" },
  closed: { label: "Closed", className: "border-slate-500 text-slate-700 dark:border-slate-400 dark:text-slate-300" },
};

export function PullRequestState({ state }: { state: PullRequestState }) {
  const s = STATE[state];
  return <span className={cn("inline-flex shrink-0 items-center rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap", s.className)}>{s.label}</span>;
}

export function PullRequestsSection({ pullRequests }: { pullRequests: PullRequestView[] }) {
  if (!pullRequests.length) return null;
  return (
    <Card className="p-4">
      <section aria-labelledby="pull-requests-heading">
        <h2 id="pull-requests-heading" className="mb-3 font-medium">
          Pull requests <span className="text-sm font-normal text-muted-foreground">({pullRequests.length})</span>
        </h2>
        <ul className="space-y-2" data-testid="pull-requests">
          {pullRequests.map((pr) => (
            <li key={`${pr.repo}#${pr.number}`} className="flex flex-wrap items-start gap-x-2 gap-y-1 text-sm">
              <PullRequestState state={pr.state} />
              <a href={pr.url} target="_blank" rel="noopener noreferrer" className="min-w-0 break-words text-primary underline decoration-primary/40 underline-offset-2 hover:decoration-primary">
                <span className="font-mono">
                  {pr.repo}#{pr.number}
                </span>{" "}
                {pr.title}
                <ExternalLink aria-hidden className="ml-1 inline size-3.5 align-[-2px]" />
                <span className="sr-only"> (opens GitHub in a new tab)</span>
              </a>
              <span className="text-xs text-muted-foreground">
                {pr.closes ? "closes it · " : ""}
                <LocalTime iso={pr.updatedAt} />
              </span>
            </li>
          ))}
        </ul>
      </section>
    </Card>
  );
}
