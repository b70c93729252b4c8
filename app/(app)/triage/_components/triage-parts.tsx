import type { ReactNode } from "react";
import type { TriageItem } from "@/lib/backlog/triage-queries";

// Small pieces the header, the detail panel and the empty inbox share.

export const itemHref = (item: TriageItem) => `/backlog/${item.projectSlug}/${encodeURIComponent(item.key)}`;

export const linkButton = "inline-flex h-8 items-center gap-1.5 rounded-md border border-border bg-surface px-2.5 text-sm font-medium whitespace-nowrap transition-colors hover:bg-muted";

export function Kbd({ children }: { children: ReactNode }) {
  // Hidden from assistive tech: the control's aria-keyshortcuts says the same thing properly.
  return (
    <kbd aria-hidden className="rounded border border-border bg-muted px-1 font-mono text-[0.7rem] leading-4 font-normal text-muted-foreground">
      {children}
    </kbd>
  );
}
