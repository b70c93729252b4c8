"use client";

import { X } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { StatusBadge } from "@/components/backlog/badges";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Input, Select } from "@/components/ui/input";
import { linkAction, unlinkAction } from "@/lib/backlog/actions";
import type { Status } from "@/lib/backlog/labels";
import { runbookPath } from "@/lib/runbooks/paths";
import { useItemAction } from "@/components/use-item-action";

export type LinkView = {
  id: string;
  kind: "blocks" | "relates" | "runbook" | "metric";
  direction: "outgoing" | "incoming";
  itemKey: string | null;
  itemTitle: string | null;
  itemStatus: Status | null;
  itemProjectSlug: string | null;
  runbookSlug: string | null;
  runbookTitle: string | null;
  metricKey: string | null;
  metricName: string | null;
};

/** Headings in reading order; "blocks" reads differently from each end of the link. */
const GROUPS: { label: string; test: (l: LinkView) => boolean }[] = [
  { label: "Blocked by", test: (l) => l.kind === "blocks" && l.direction === "incoming" },
  { label: "Blocks", test: (l) => l.kind === "blocks" && l.direction === "outgoing" },
  { label: "Related", test: (l) => l.kind === "relates" },
  { label: "Runbooks", test: (l) => l.kind === "runbook" },
  { label: "Metrics", test: (l) => l.kind === "metric" },
];

export const itemPath = (projectSlug: string, key: string) => `/backlog/${encodeURIComponent(projectSlug)}/${encodeURIComponent(key)}`;

export function LinksSection({ itemId, projectSlug, links, canEdit }: { itemId: string; projectSlug: string; links: LinkView[]; canEdit: boolean }) {
  const groups = GROUPS.map((g) => ({ ...g, links: links.filter(g.test) })).filter((g) => g.links.length);
  return (
    <Card className="p-4">
      <section aria-labelledby="links-heading">
        <h2 id="links-heading" className="mb-3 font-medium">
          Links
        </h2>
        {groups.length ? (
          <div className="space-y-3">
            {groups.map((g) => (
              <div key={g.label}>
                <h3 className="mb-1 text-xs font-medium text-muted-foreground uppercase">{g.label}</h3>
                <ul className="space-y-1">
                  {g.links.map((l) => (
                    <LinkRow key={l.id} link={l} projectSlug={projectSlug} canEdit={canEdit} />
                  ))}
                </ul>
              </div>
            ))}
          </div>
        ) : (
          <p className="text-sm text-muted-foreground">No related items, runbooks or metrics.</p>
        )}
        {canEdit ? <AddLink itemId={itemId} /> : null}
      </section>
    </Card>
  );
}

function LinkRow({ link, projectSlug, canEdit }: { link: LinkView; projectSlug: string; canEdit: boolean }) {
  const { pending, run } = useItemAction();
  const name = link.itemKey ?? link.runbookTitle ?? link.metricName ?? "link";
  return (
    <li className="flex items-center gap-2 text-sm">
      {link.itemKey && link.itemProjectSlug ? (
        <>
          <Link href={itemPath(link.itemProjectSlug, link.itemKey)} className="min-w-0 truncate rounded-sm hover:underline">
            <span className="font-mono text-xs text-muted-foreground">
              {link.itemProjectSlug !== projectSlug ? `${link.itemProjectSlug}/` : ""}
              {link.itemKey}
            </span>{" "}
            {link.itemTitle}
          </Link>
          {link.itemStatus ? <StatusBadge status={link.itemStatus} /> : null}
        </>
      ) : link.runbookSlug ? (
        <Link href={runbookPath(link.runbookSlug)} className="truncate rounded-sm hover:underline">
          {link.runbookTitle}
        </Link>
      ) : (
        <span>
          {link.metricName} <span className="font-mono text-xs text-muted-foreground">{link.metricKey}</span>
        </span>
      )}
      {canEdit ? (
        <Button
          size="sm"
          variant="ghost"
          className="ml-auto h-6 shrink-0 px-1.5 text-muted-foreground"
          aria-label={`Remove link to ${name}`}
          disabled={pending}
          onClick={() => run(() => unlinkAction({ linkId: link.id }), { success: `Removed the link to ${name}` })}
        >
          <X aria-hidden className="size-3.5" />
        </Button>
      ) : null}
    </li>
  );
}

function AddLink({ itemId }: { itemId: string }) {
  const { pending, run } = useItemAction();
  const [kind, setKind] = useState<"blocks" | "relates">("relates");
  const [target, setTarget] = useState("");
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="mt-4 flex flex-wrap items-end gap-2 border-t border-border pt-3"
      onSubmit={(e) => {
        e.preventDefault();
        setError(null);
        run(() => linkAction({ itemId, kind, target }), {
          success: `Linked ${target.trim()}`,
          onSuccess: () => setTarget(""),
          onError: (err) => {
            const messages = err.fieldErrors?.target;
            if (!messages) return false;
            setError(`${target.trim() || "That key"}: ${messages.join(" ")}`);
            return true;
          },
        });
      }}
    >
      <div className="space-y-1">
        <label htmlFor="link-kind" className="block text-xs font-medium">
          This item
        </label>
        <Select id="link-kind" className="h-8 w-32" value={kind} disabled={pending} onChange={(e) => setKind(e.target.value as "blocks" | "relates")}>
          <option value="relates">relates to</option>
          <option value="blocks">blocks</option>
        </Select>
      </div>
      <div className="min-w-40 flex-1 space-y-1">
        <label htmlFor="link-target" className="block text-xs font-medium">
          Item key
        </label>
        <Input
          id="link-target"
          className="h-8"
          placeholder="P1-010 or project/P1-010"
          maxLength={100}
          value={target}
          disabled={pending}
          aria-invalid={!!error}
          aria-describedby={error ? "link-target-error" : undefined}
          onChange={(e) => setTarget(e.target.value)}
        />
      </div>
      <Button type="submit" size="sm" variant="secondary" disabled={pending || !target.trim()}>
        Add link
      </Button>
      {error ? (
        <p id="link-target-error" role="alert" className="basis-full text-xs text-danger">
          {error}
        </p>
      ) : null}
    </form>
  );
}
