import Link from "next/link";
import type { ReactNode } from "react";
import { PriorityBadge, StatusBadge } from "@/components/backlog/badges";
import { Markdown } from "@/components/markdown";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { formatEffort, PRIORITY_LABELS, SEVERITY_LABELS, type Priority } from "@/lib/backlog/labels";
import type { TriageItem } from "@/lib/backlog/triage-queries";
import { KeyHint } from "@/components/keyboard/key-hint";
import { itemHref, linkButton } from "./triage-parts";

// The focused item on the right of the inbox: what a lead needs to decide, and a button for each
// decision (the same ones the keys make).

const PRIORITIES: Priority[] = ["P0", "P1", "P2", "P3"];

export function ItemPanel({
  item,
  notice,
  onPriority,
  onAssign,
  onStatus,
}: {
  item: TriageItem;
  notice: string | null;
  onPriority: (p: Priority) => void;
  onAssign: () => void;
  onStatus: () => void;
}) {
  const facts: [string, ReactNode][] = [
    ["Status", <StatusLine key="s" item={item} />],
    ["Assignee", item.assigneeName ?? <span className="text-muted-foreground">Unassigned</span>],
    ["Category", item.categoryPath.length ? item.categoryPath.join(" › ") : "—"],
    ["Severity", item.severity ? SEVERITY_LABELS[item.severity] : "—"],
    ["Effort", formatEffort(item.effortHours)],
    ["Impact", item.impact ? `${item.impact} of 5` : "—"],
    ["Checklist", item.checklistTotal ? `${item.checklistDone} of ${item.checklistTotal} done` : "None"],
    ["Source", item.sourceImportFileName ? `Imported from ${item.sourceImportFileName}` : "Created by hand"],
    ["Created", <time key="c" dateTime={item.createdAt}>{item.createdAt.slice(0, 10)}</time>],
  ];
  return (
    <Card className="min-w-0 p-5" role="region" aria-labelledby="triage-item-title">
      <div className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
        <span className="font-mono text-foreground">{item.key}</span>
        <span aria-hidden>·</span>
        <span>{item.projectName}</span>
        <PriorityBadge priority={null} />
        {item.recentImport ? <Badge className="border-primary/40 text-primary">New from import</Badge> : null}
      </div>
      <h2 id="triage-item-title" className="mt-2 text-lg leading-snug font-semibold">
        {item.title}
      </h2>
      {notice ? (
        <p role="alert" className="mt-3 rounded-md border border-warning/50 bg-warning/10 p-3 text-sm">
          {notice}
        </p>
      ) : null}
      <div role="group" aria-label="Decide" className="mt-4 flex flex-wrap items-center gap-2">
        <div role="group" aria-label="Set priority" className="flex gap-1">
          {PRIORITIES.map((p) => (
            <Button key={p} size="sm" variant="secondary" aria-keyshortcuts={p.slice(1)} title={PRIORITY_LABELS[p]} onClick={() => onPriority(p)}>
              {p} <KeyHint>{p.slice(1)}</KeyHint>
            </Button>
          ))}
        </div>
        <Button size="sm" variant="secondary" aria-keyshortcuts="A" aria-haspopup="dialog" onClick={onAssign}>
          Assign <KeyHint>a</KeyHint>
        </Button>
        <Button size="sm" variant="secondary" aria-keyshortcuts="S" aria-haspopup="dialog" onClick={onStatus}>
          Status <KeyHint>s</KeyHint>
        </Button>
        <Link href={itemHref(item)} aria-keyshortcuts="E" className={linkButton}>
          Open <KeyHint>e</KeyHint>
        </Link>
      </div>
      <dl className="mt-5 grid grid-cols-[max-content_minmax(0,1fr)] gap-x-6 gap-y-1.5 text-sm">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-muted-foreground">{label}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="triage-description" className="mt-5 border-t border-border pt-4">
        <h3 id="triage-description" className="mb-2 text-sm font-medium text-muted-foreground">
          Description
        </h3>
        {item.description.trim() ? <Markdown>{item.description}</Markdown> : <p className="text-sm text-muted-foreground">No description.</p>}
        {item.descriptionTruncated ? (
          <p className="mt-2 text-xs text-muted-foreground">
            Shortened here;{" "}
            <Link href={itemHref(item)} className="text-primary underline-offset-4 hover:underline">
              open the item
            </Link>{" "}
            for the rest.
          </p>
        ) : null}
      </section>
    </Card>
  );
}

function StatusLine({ item }: { item: TriageItem }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2">
      <StatusBadge status={item.status} />
      {item.status === "blocked" && item.blockedReason ? <span className="text-muted-foreground">— {item.blockedReason}</span> : null}
    </span>
  );
}
