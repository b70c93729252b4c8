import type { TriageItem } from "@/lib/backlog/triage-queries";

// Small pieces the header, the detail panel and the empty inbox share.

export const itemHref = (item: TriageItem) => `/backlog/${item.projectSlug}/${encodeURIComponent(item.key)}`;

export const linkButton = "inline-flex h-8 items-center gap-1.5 rounded-md border border-border bg-surface px-2.5 text-sm font-medium whitespace-nowrap transition-colors hover:bg-muted";
