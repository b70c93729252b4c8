"use client";

import { Search, X } from "lucide-react";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { ProjectSelect } from "@/components/projects/project-select";
import { cn } from "@/lib/cn";
import { BACKLOG_SEARCH_ID } from "./backlog-shortcuts";
import { SEVERITIES, STATUSES, type BacklogQuery } from "@/lib/backlog/query";
import { SEVERITY_LABELS, STATUS_LABELS } from "@/lib/backlog/labels";
import type { ProjectOption, UserOption } from "@/lib/backlog/option-queries";

const PRIORITY_CHIPS = [
  ["P0", "P0"],
  ["P1", "P1"],
  ["P2", "P2"],
  ["P3", "P3"],
  ["untriaged", "Untriaged"],
] as const;

function toggle<T>(list: T[] | undefined, value: T): T[] | undefined {
  const next = list?.includes(value) ? list.filter((v) => v !== value) : [...(list ?? []), value];
  return next.length ? next : undefined;
}

function Chip({ pressed, onClick, children }: { pressed: boolean; onClick: () => void; children: React.ReactNode }) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      onClick={onClick}
      className={cn(
        "h-8 rounded-md border px-2.5 text-sm transition-colors focus-visible:outline-2 focus-visible:outline-ring",
        pressed ? "border-primary bg-primary text-primary-foreground" : "border-border bg-surface hover:bg-muted",
      )}
    >
      {children}
    </button>
  );
}

/** Search box that writes to the URL once typing pauses (and at once on Enter). */
function SearchBox({ value, onChange }: { value: string; onChange: (q: string | undefined) => void }) {
  const [text, setText] = useState(value);
  // Follow outside changes (Clear filters, a saved view) without an effect: adjust during render.
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    setText(value);
  }
  useEffect(() => {
    if (text.trim() === value) return;
    const t = setTimeout(() => onChange(text.trim() || undefined), 300);
    return () => clearTimeout(t);
  }, [text, value, onChange]);
  return (
    <div className="relative min-w-64 flex-1">
      <Search aria-hidden className="pointer-events-none absolute top-2.5 left-2.5 size-4 text-muted-foreground" />
      <Input
        type="search"
        id={BACKLOG_SEARCH_ID}
        aria-label="Search items"
        aria-keyshortcuts="/"
        placeholder="Search key, title, description, checklists…"
        className="pl-8"
        maxLength={200}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => e.key === "Enter" && onChange(text.trim() || undefined)}
      />
    </div>
  );
}

export function FilterBar({
  query,
  setQuery,
  projects,
  users,
}: {
  query: BacklogQuery;
  setQuery: (patch: Partial<BacklogQuery>) => void;
  projects: ProjectOption[];
  users: UserOption[];
}) {
  const active = !!(query.project || query.priority || query.status || query.severity || query.assignee || query.category || query.overdue || query.sla || query.q);
  return (
    <div className="space-y-3" role="search" aria-label="Backlog filters">
      <div className="flex flex-wrap items-center gap-2">
        <SearchBox value={query.q ?? ""} onChange={(q) => setQuery({ q })} />
        <ProjectSelect aria-label="Project" className="w-auto" value={query.project ?? ""} onChange={(e) => setQuery({ project: e.target.value || undefined })} projects={projects} valueBy="slug" noneLabel="All projects" />
        <Select aria-label="Assignee" className="w-auto" value={query.assignee ?? ""} onChange={(e) => setQuery({ assignee: e.target.value || undefined })}>
          <option value="">Anyone</option>
          <option value="me">Assigned to me</option>
          <option value="none">Unassigned</option>
          {users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </Select>
        <Select aria-label="Severity" className="w-auto" value={query.severity?.[0] ?? ""} onChange={(e) => setQuery({ severity: e.target.value ? [e.target.value as (typeof SEVERITIES)[number]] : undefined })}>
          <option value="">Any severity</option>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {SEVERITY_LABELS[s]}
            </option>
          ))}
        </Select>
        <Input
          aria-label="Category"
          placeholder="Category"
          className="w-40"
          defaultValue={query.category ?? ""}
          key={query.category ?? ""}
          onBlur={(e) => e.target.value.trim() !== (query.category ?? "") && setQuery({ category: e.target.value.trim() || undefined })}
          onKeyDown={(e) => e.key === "Enter" && setQuery({ category: e.currentTarget.value.trim() || undefined })}
        />
      </div>
      <div className="flex flex-wrap items-center gap-1.5">
        <span className="mr-1 text-xs font-medium text-muted-foreground uppercase">Priority</span>
        {PRIORITY_CHIPS.map(([value, label]) => (
          <Chip key={value} pressed={!!query.priority?.includes(value)} onClick={() => setQuery({ priority: toggle(query.priority, value) })}>
            {label}
          </Chip>
        ))}
        <span className="mr-1 ml-3 text-xs font-medium text-muted-foreground uppercase">Status</span>
        {STATUSES.map((s) => (
          <Chip key={s} pressed={!!query.status?.includes(s)} onClick={() => setQuery({ status: toggle(query.status, s) })}>
            {STATUS_LABELS[s]}
          </Chip>
        ))}
        <span className="mr-1 ml-3 text-xs font-medium text-muted-foreground uppercase">SLA</span>
        <Chip pressed={!!query.overdue} onClick={() => setQuery({ overdue: query.overdue ? undefined : true })}>
          Overdue
        </Chip>
        <Chip pressed={!!query.sla?.includes("at_risk")} onClick={() => setQuery({ sla: toggle(query.sla, "at_risk") })}>
          At risk
        </Chip>
        {active && (
          <Button
            variant="ghost"
            size="sm"
            className="ml-auto"
            onClick={() => setQuery({ project: undefined, priority: undefined, status: undefined, severity: undefined, assignee: undefined, category: undefined, overdue: undefined, sla: undefined, q: undefined })}
          >
            <X aria-hidden className="size-4" /> Clear filters
          </Button>
        )}
      </div>
    </div>
  );
}
