import type { ReactNode } from "react";

/** A page's title, a line under it (text, or badges and facts), and its main actions. */
export function PageHeader({ title, description, actions }: { title: string; description?: ReactNode; actions?: ReactNode }) {
  return (
    <header className="mb-6 flex flex-wrap items-end justify-between gap-4">
      {/* min-w-0 and break-words: a long name (a runbook's, a metric's) wraps on a phone instead of widening the page. */}
      <div className="min-w-0">
        <h1 className="text-xl font-semibold tracking-tight break-words">{title}</h1>
        {description ? <div className="mt-1 text-sm text-muted-foreground">{description}</div> : null}
      </div>
      {actions}
    </header>
  );
}
