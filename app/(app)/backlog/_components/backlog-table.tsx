"use client";

import { ArrowDown, ArrowUp } from "lucide-react";
import Link from "next/link";
import { PriorityBadge, SlaBadge, StatusBadge } from "@/components/backlog/badges";
import { LocalTime } from "@/components/local-time";
import { StatusPicker } from "@/components/backlog/status-picker";
import type { BacklogQuery, SortColumn } from "@/lib/backlog/filters";
import { formatEffort, SEVERITY_LABELS } from "@/lib/backlog/labels";
import type { BacklogRow } from "@/lib/backlog/list-queries";
import { cn } from "@/lib/cn";

const COLUMNS: { sort: SortColumn; label: string; className?: string }[] = [
  { sort: "key", label: "Key", className: "w-24" },
  { sort: "title", label: "Title" },
  { sort: "project", label: "Project" },
  { sort: "category", label: "Category" },
  { sort: "priority", label: "Priority" },
  { sort: "status", label: "Status" },
  { sort: "severity", label: "Severity" },
  { sort: "effort", label: "Effort", className: "text-right" },
  { sort: "assignee", label: "Assignee" },
  { sort: "due", label: "Due" },
  { sort: "sla", label: "SLA" },
];

export const itemHref = (row: { projectSlug: string; key: string }) => `/backlog/${row.projectSlug}/${encodeURIComponent(row.key)}`;


function SortHeader({ column, query, setQuery }: { column: (typeof COLUMNS)[number]; query: BacklogQuery; setQuery: (p: Partial<BacklogQuery>) => void }) {
  const active = query.sort === column.sort;
  const nextDir = active && query.dir === "asc" ? "desc" : "asc";
  return (
    <th scope="col" aria-sort={active ? (query.dir === "asc" ? "ascending" : "descending") : "none"} className={cn("px-2 py-2 text-left font-medium", column.className)}>
      <button type="button" className="inline-flex items-center gap-1 rounded hover:text-foreground focus-visible:outline-2 focus-visible:outline-ring" onClick={() => setQuery({ sort: column.sort, dir: nextDir })}>
        {column.label}
        {active ? query.dir === "asc" ? <ArrowUp aria-hidden className="size-3" /> : <ArrowDown aria-hidden className="size-3" /> : null}
      </button>
      {/* Paper gets the label as text: Chromium leaves a button blank in the header it repeats on each printed page. */}
      <span className="hidden print:inline">{column.label}</span>
    </th>
  );
}

export function BacklogTable({
  rows,
  query,
  setQuery,
  selectable,
  selected,
  setSelected,
  canSetStatus,
  onChanged,
}: {
  rows: BacklogRow[];
  query: BacklogQuery;
  setQuery: (p: Partial<BacklogQuery>, opts?: { keepPage?: boolean }) => void;
  selectable: boolean;
  selected: Set<string>;
  setSelected: (s: Set<string>) => void;
  canSetStatus: boolean;
  onChanged: () => void;
}) {
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.id));
  return (
    // Relative, so the sr-only caption stays inside the scrolling box (see components/ui/table.tsx).
    <div className="relative overflow-x-auto rounded-lg border border-border bg-surface">
      <table className="w-full text-sm">
        <caption className="sr-only">Backlog items, sorted by {query.sort} {query.dir === "asc" ? "ascending" : "descending"}</caption>
        <thead className="border-b border-border text-xs text-muted-foreground">
          <tr>
            {selectable && (
              <th scope="col" className="w-8 px-2">
                <input
                  type="checkbox"
                  aria-label="Select all rows on this page"
                  checked={allSelected}
                  onChange={() => setSelected(allSelected ? new Set() : new Set(rows.map((r) => r.id)))}
                />
              </th>
            )}
            {COLUMNS.map((c) => (
              <SortHeader key={c.sort} column={c} query={query} setQuery={setQuery} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className={cn("border-b border-border last:border-0 hover:bg-muted/50", selected.has(row.id) && "bg-primary/5")}>
              {selectable && (
                <td className="px-2">
                  <input
                    type="checkbox"
                    aria-label={`Select ${row.key}`}
                    checked={selected.has(row.id)}
                    onChange={() => {
                      const next = new Set(selected);
                      if (next.has(row.id)) next.delete(row.id);
                      else next.add(row.id);
                      setSelected(next);
                    }}
                  />
                </td>
              )}
              <td className="px-2 py-1.5 font-mono text-xs whitespace-nowrap">
                <Link href={itemHref(row)} className="hover:underline">
                  {row.key}
                </Link>
              </td>
              <td className="max-w-md min-w-56 px-2 py-1.5">
                <Link href={itemHref(row)} className="line-clamp-2 font-medium hover:underline">
                  {row.title}
                </Link>
                {row.checklistTotal > 0 && (
                  <span className="text-xs text-muted-foreground">
                    {row.checklistDone}/{row.checklistTotal} checklist
                  </span>
                )}
              </td>
              <td className="max-w-32 truncate px-2 py-1.5 text-muted-foreground" title={row.projectName}>
                {row.projectName}
              </td>
              <td className="max-w-40 truncate px-2 py-1.5 text-muted-foreground" title={row.categoryPath.join(" › ")}>
                {row.categoryPath.join(" › ") || "—"}
              </td>
              <td className="px-2 py-1.5">
                <PriorityBadge priority={row.priority} />
              </td>
              <td className="px-2 py-1.5">
                {canSetStatus ? (
                  <StatusPicker variant="compact" id={row.id} itemKey={row.key} version={row.version} status={row.status} blockedReason={row.blockedReason} openCriteria={row.openCriteria} onSettled={onChanged} />
                ) : (
                  <StatusBadge status={row.status} />
                )}
              </td>
              <td className="px-2 py-1.5 text-muted-foreground">{row.severity ? SEVERITY_LABELS[row.severity] : "—"}</td>
              <td className="px-2 py-1.5 text-right whitespace-nowrap tabular-nums text-muted-foreground">{formatEffort(row.effortHours)}</td>
              <td className="px-2 py-1.5 whitespace-nowrap">{row.assigneeName ?? <span className="text-muted-foreground">Unassigned</span>}</td>
              <td className="px-2 py-1.5 whitespace-nowrap tabular-nums">{row.dueAt ? <LocalTime iso={row.dueAt} format="date" /> : "—"}</td>
              <td className="px-2 py-1.5 whitespace-nowrap">
                <SlaBadge state={row.slaState} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
