"use client";

import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import { bulkUpdateAction } from "@/lib/backlog/actions";
import { STATUSES } from "@/lib/backlog/query";
import { STATUS_LABELS } from "@/lib/backlog/labels";
import type { ProjectOption, UserOption } from "@/lib/backlog/option-queries";
import type { ItemChanges } from "@/lib/backlog/schemas";

/** A lead's bulk edit of the selected rows: one change, applied to each, each in its history. */
export function BulkBar({ ids, users, projects, onDone }: { ids: string[]; users: UserOption[]; projects: ProjectOption[]; onDone: () => void }) {
  const [pending, setPending] = useState(false);
  if (!ids.length) return null;

  async function apply(changes: ItemChanges, label: string) {
    setPending(true);
    const result = await bulkUpdateAction({ ids, changes });
    setPending(false);
    if (result.ok) {
      toast.success(`${label}: ${result.data.changed} of ${ids.length} items changed${result.data.missing ? ` (${result.data.missing} no longer exist)` : ""}.`);
      onDone();
    } else toast.error(result.error.message);
  }

  const pick = (label: string, onPick: (v: string) => void, options: [string, string][]) => (
    <Select
      aria-label={label}
      className="h-8 w-auto"
      disabled={pending}
      value=""
      onChange={(e) => {
        if (e.target.value) onPick(e.target.value);
      }}
    >
      <option value="">{label}…</option>
      {options.map(([value, text]) => (
        <option key={value} value={value}>
          {text}
        </option>
      ))}
    </Select>
  );

  return (
    <div role="region" aria-label="Bulk edit" className="sticky top-2 z-10 flex flex-wrap items-center gap-2 rounded-lg border border-primary/40 bg-surface p-2 shadow-sm">
      <span className="px-1 text-sm font-medium">{ids.length} selected</span>
      {pick("Set priority", (v) => apply({ priority: v === "none" ? null : (v as "P0") }, `Priority ${v === "none" ? "cleared" : v}`), [
        ["P0", "P0"],
        ["P1", "P1"],
        ["P2", "P2"],
        ["P3", "P3"],
        ["none", "Untriaged"],
      ])}
      {pick(
        "Set status",
        (v) => apply({ status: v as "done" }, `Status ${STATUS_LABELS[v as keyof typeof STATUS_LABELS]}`),
        STATUSES.filter((s) => s !== "blocked").map((s) => [s, STATUS_LABELS[s]]),
      )}
      {pick("Assign", (v) => apply({ assigneeId: v === "none" ? null : v }, "Assignee"), [["none", "Unassigned"], ...users.map((u): [string, string] => [u.id, u.name])])}
      {pick("Move to project", (v) => apply({ projectId: v }, "Project"), projects.map((p): [string, string] => [p.id, p.name]))}
      <Button variant="ghost" size="sm" onClick={onDone} disabled={pending}>
        Clear selection
      </Button>
    </div>
  );
}
