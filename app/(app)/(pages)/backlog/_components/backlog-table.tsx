"use client";

import { ArrowDown, ArrowUp } from "lucide-react";
import Link from "next/link";
import { PriorityBadge, SlaBadge, StatusBadge } from "@/components/backlog/badges";
import { LocalTime } from "@/components/local-time";
import { StatusPicker } from "@/components/backlog/status-picker";
import { OPTIONAL_COLUMNS, type BacklogColumn, type ColumnChoice } from "@/lib/backlog/columns";
import type { BacklogQuery, SortColumn } from "@/lib/backlog/query";
import { formatEffort, SEVERITY_LABELS } from "@/lib/backlog/labels";
import type { BacklogTableRow } from "@/lib/backlog/list-queries";
import { CELL_CLASS } from "./backlog-cells";
import { rowFocusProps } from "./backlog-shortcuts";

import "./backlog-table.css";

// The table's cells carry short classes (backlog-table.css), so fifty rows cost little markup and
// little rendering: which optional columns show is the table's data-show / data-hide (the user's
// choice), else the box's width, all in CSS.
const COLUMNS: { id: BacklogColumn; sort: SortColumn; label: string }[] = [
  { id: "key", sort: "key", label: "Key" },
  { id: "title", sort: "title", label: "Title" },
  { id: "project", sort: "project", label: "Project" },
  { id: "category", sort: "category", label: "Category" },
  { id: "priority", sort: "priority", label: "Priority" },
  { id: "status", sort: "status", label: "Status" },
  { id: "severity", sort: "severity", label: "Severity" },
  { id: "effort", sort: "effort", label: "Effort" },
  { id: "assignee", sort: "assignee", label: "Assignee" },
  { id: "due", sort: "due", label: "Due" },
  { id: "sla", sort: "sla", label: "SLA" },
];

/** The table's data-show and data-hide: optional columns the user chose to show or to hide. */
function columnChoiceAttributes(choice: ColumnChoice): { "data-show"?: string; "data-hide"?: string } {
  const shown = OPTIONAL_COLUMNS.filter((c) => choice[c] === true);
  const hidden = OPTIONAL_COLUMNS.filter((c) => choice[c] === false);
  return { ...(shown.length ? { "data-show": shown.join(" ") } : {}), ...(hidden.length ? { "data-hide": hidden.join(" ") } : {}) };
}

export const itemHref = (row: { projectSlug: string; key: string }) => `/backlog/${row.projectSlug}/${encodeURIComponent(row.key)}`;


function SortHeader({ column, query, setQuery }: { column: (typeof COLUMNS)[number]; query: BacklogQuery; setQuery: (p: Partial<BacklogQuery>) => void }) {
  const active = query.sort === column.sort;
  const nextDir = active && query.dir === "asc" ? "desc" : "asc";
  return (
    <th scope="col" data-column={column.id} aria-sort={active ? (query.dir === "asc" ? "ascending" : "descending") : "none"} className={CELL_CLASS[column.id]}>
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
  rows: BacklogTableRow[];
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
  return (
    // Relative, so the sr-only caption stays inside the scrolling box (see components/ui/table.tsx).
    <div className="relative overflow-x-auto rounded-lg border border-border bg-surface">
      <table className="backlog-table" {...columnChoiceAttributes(columns)}>
        <caption className="sr-only">Backlog items, sorted by {query.sort} {query.dir === "asc" ? "ascending" : "descending"}</caption>
        <thead>
          <tr>
            {selectable && (
              <th scope="col" className="sel">
                <input
                  type="checkbox"
                  aria-label="Select all rows on this page"
                  checked={allSelected}
                  onChange={() => setSelected(allSelected ? new Set() : new Set(rows.map((r) => r.id)))}
                />
              </th>
            )}
            {COLUMNS.map((c) => (
              <SortHeader key={c.id} column={c} query={query} setQuery={setQuery} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <BacklogRowView key={row.id} row={row} selectable={selectable} selected={selected.has(row.id)} onToggle={() => {
              const next = new Set(selected);
              if (next.has(row.id)) next.delete(row.id);
              else next.add(row.id);
              setSelected(next);
            }} canSetStatus={canSetStatus} onChanged={onChanged} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One row: cell order is the header's (COLUMNS); the cells' looks are backlog-table.css's. */
function BacklogRowView({ row, selectable, selected, onToggle, canSetStatus, onChanged }: { row: BacklogTableRow; selectable: boolean; selected: boolean; onToggle: () => void; canSetStatus: boolean; onChanged: () => void }) {
  const href = itemHref(row);
  return (
    <tr {...rowFocusProps(row.id, href)} data-selected={selected || undefined}>
      {selectable && (
        <td className="sel">
          <input type="checkbox" aria-label={`Select ${row.key}`} checked={selected} onChange={onToggle} />
        </td>
      )}
      <td className={CELL_CLASS.key}>
        <Link href={href}>{row.key}</Link>
      </td>
      <td className={CELL_CLASS.title}>
        <span className="phone">
          <span>{row.key}</span>
          <PriorityBadge priority={row.priority} />
        </span>
        <Link href={href}>{row.title}</Link>
        {row.checklistTotal > 0 && (
          <span className="sub">
            {row.checklistDone}/{row.checklistTotal} checklist
          </span>
        )}
      </td>
      <td className={CELL_CLASS.project}>{row.projectName}</td>
      <td className={CELL_CLASS.category}>{row.categoryPath.join(" › ") || "—"}</td>
      <td className={CELL_CLASS.priority}>
        <PriorityBadge priority={row.priority} />
      </td>
      <td className={CELL_CLASS.status}>
        {canSetStatus ? (
          <StatusPicker variant="compact" id={row.id} itemKey={row.key} version={row.version} status={row.status} blockedReason={row.blockedReason} openCriteria={row.openCriteria} onSettled={onChanged} />
        ) : (
          <StatusBadge status={row.status} />
        )}
      </td>
      <td className={CELL_CLASS.severity}>{row.severity ? SEVERITY_LABELS[row.severity] : "—"}</td>
      <td className={CELL_CLASS.effort}>{formatEffort(row.effortHours)}</td>
      <td className={CELL_CLASS.assignee}>{row.assigneeName ?? <span className="none">Unassigned</span>}</td>
      <td className={CELL_CLASS.due}>{row.dueAt ? <LocalTime iso={row.dueAt} format="date" /> : "—"}</td>
      <td className={CELL_CLASS.sla}>
        <SlaBadge state={row.slaState} />
      </td>
    </tr>
  );
}
