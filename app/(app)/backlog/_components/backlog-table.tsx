"use client";

import { ArrowDown, ArrowUp } from "lucide-react";
import Link from "next/link";
import { PriorityBadge, SlaBadge, StatusBadge } from "@/components/backlog/badges";
import { LocalTime } from "@/components/local-time";
import { StatusPicker } from "@/components/backlog/status-picker";
import { columnDisplay, OPTIONAL_COLUMNS, type BacklogColumn, type ColumnChoice, type OptionalColumn } from "@/lib/backlog/columns";
import type { BacklogQuery, SortColumn } from "@/lib/backlog/query";
import { formatEffort, SEVERITY_LABELS } from "@/lib/backlog/labels";
import type { BacklogRow } from "@/lib/backlog/list-queries";
import { cn } from "@/lib/cn";
import { ROW_FOCUS_CLASS, rowFocusProps } from "./backlog-shortcuts";

// Which optional columns show is the user's choice, else the table's width (lib/backlog/columns.ts).
const COLUMNS: { id: BacklogColumn; sort: SortColumn; label: string; className?: string }[] = [
  { id: "key", sort: "key", label: "Key", className: "w-24" },
  { id: "title", sort: "title", label: "Title" },
  { id: "project", sort: "project", label: "Project" },
  { id: "category", sort: "category", label: "Category" },
  { id: "priority", sort: "priority", label: "Priority" },
  { id: "status", sort: "status", label: "Status" },
  { id: "severity", sort: "severity", label: "Severity" },
  { id: "effort", sort: "effort", label: "Effort", className: "text-right" },
  { id: "assignee", sort: "assignee", label: "Assignee" },
  { id: "due", sort: "due", label: "Due" },
  { id: "sla", sort: "sla", label: "SLA" },
];

const isOptional = (id: BacklogColumn): id is OptionalColumn => (OPTIONAL_COLUMNS as readonly string[]).includes(id);

/**
 * On a phone (a table box under 560 px, where the SLA column also gives way) the key and the
 * priority move into the title's cell, so the row's status control is on screen without scrolling.
 */
const WIDE_ONLY = "hidden @min-[560px]:table-cell";
const widthClassOf = (id: BacklogColumn, show: Record<OptionalColumn, { className?: string }>) =>
  isOptional(id) ? show[id].className : id === "key" || id === "priority" ? WIDE_ONLY : undefined;

/**
 * A column the user hid is still drawn, hidden on screen: paper shows every column (the print
 * styles in app/globals.css bring hidden cells back), whatever the Columns menu says.
 */
const displayOf = (choice: ColumnChoice, column: OptionalColumn) => {
  const { shown, className } = columnDisplay(choice, column);
  return { className: shown ? className : "hidden" };
};

export const itemHref = (row: { projectSlug: string; key: string }) => `/backlog/${row.projectSlug}/${encodeURIComponent(row.key)}`;


function SortHeader({ column, widthClass, query, setQuery }: { column: (typeof COLUMNS)[number]; widthClass?: string; query: BacklogQuery; setQuery: (p: Partial<BacklogQuery>) => void }) {
  const active = query.sort === column.sort;
  const nextDir = active && query.dir === "asc" ? "desc" : "asc";
  return (
    <th scope="col" data-column={column.id} aria-sort={active ? (query.dir === "asc" ? "ascending" : "descending") : "none"} className={cn("px-2 py-2 text-left font-medium whitespace-nowrap", column.className, widthClass)}>
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
  columns,
}: {
  rows: BacklogRow[];
  query: BacklogQuery;
  setQuery: (p: Partial<BacklogQuery>, opts?: { keepPage?: boolean }) => void;
  selectable: boolean;
  selected: Set<string>;
  setSelected: (s: Set<string>) => void;
  canSetStatus: boolean;
  onChanged: () => void;
  columns: ColumnChoice;
}) {
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.id));
  const show = Object.fromEntries(OPTIONAL_COLUMNS.map((c) => [c, displayOf(columns, c)])) as Record<OptionalColumn, { className?: string }>;
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
              <SortHeader key={c.id} column={c} widthClass={widthClassOf(c.id, show)} query={query} setQuery={setQuery} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} {...rowFocusProps(row.id, itemHref(row))} className={cn("border-b border-border last:border-0 hover:bg-muted/50", selected.has(row.id) && "bg-primary/5", ROW_FOCUS_CLASS)}>
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
              <td className={cn("px-2 py-1.5 font-mono text-xs whitespace-nowrap", WIDE_ONLY)}>
                <Link href={itemHref(row)} className="hover:underline">
                  {row.key}
                </Link>
              </td>
              {/* Titles wrap between words (a word longer than the cell breaks only then); never cut off. */}
              <td className="max-w-md min-w-36 px-2 py-1.5 @min-[560px]:min-w-56">
                <span className="flex items-center gap-2 @min-[560px]:hidden">
                  <span className="font-mono text-xs">{row.key}</span>
                  <PriorityBadge priority={row.priority} />
                </span>
                <Link href={itemHref(row)} className="block font-medium wrap-break-word hover:underline">
                  {row.title}
                </Link>
                {row.checklistTotal > 0 && (
                  <span className="text-xs text-muted-foreground">
                    {row.checklistDone}/{row.checklistTotal} checklist
                  </span>
                )}
              </td>
              <td className={cn("max-w-32 px-2 py-1.5 wrap-break-word text-muted-foreground", show.project.className)}>{row.projectName}</td>
              <td className={cn("max-w-40 px-2 py-1.5 wrap-break-word text-muted-foreground", show.category.className)}>{row.categoryPath.join(" › ") || "—"}</td>
              <td className={cn("px-2 py-1.5", WIDE_ONLY)}>
                <PriorityBadge priority={row.priority} />
              </td>
              <td className="px-2 py-1.5">
                {canSetStatus ? (
                  <StatusPicker variant="compact" id={row.id} itemKey={row.key} version={row.version} status={row.status} blockedReason={row.blockedReason} openCriteria={row.openCriteria} onSettled={onChanged} />
                ) : (
                  <StatusBadge status={row.status} />
                )}
              </td>
              <td className={cn("px-2 py-1.5 whitespace-nowrap text-muted-foreground", show.severity.className)}>{row.severity ? SEVERITY_LABELS[row.severity] : "—"}</td>
              <td className={cn("px-2 py-1.5 text-right whitespace-nowrap tabular-nums text-muted-foreground", show.effort.className)}>{formatEffort(row.effortHours)}</td>
              <td className={cn("px-2 py-1.5 whitespace-nowrap", show.assignee.className)}>{row.assigneeName ?? <span className="text-muted-foreground">Unassigned</span>}</td>
              <td className={cn("px-2 py-1.5 whitespace-nowrap tabular-nums", show.due.className)}>{row.dueAt ? <LocalTime iso={row.dueAt} format="date" /> : "—"}</td>
              <td className={cn("px-2 py-1.5 whitespace-nowrap", show.sla.className)}>
                <SlaBadge state={row.slaState} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
