"use client";

import { AlertTriangle, Loader2 } from "lucide-react";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import type { ColumnChoice } from "@/lib/backlog/columns";
import type { ProjectOption, UserOption } from "@/lib/backlog/option-queries";
import { useNewItemRequested, withdrawNewItemRequest } from "@/components/backlog/new-item-request";
import { BacklogShortcuts } from "./backlog-shortcuts";
import { BacklogTable } from "./backlog-table";
import { BulkBar } from "./bulk-bar";
import { ColumnsMenu } from "./columns-menu";
import { FilterBar } from "./filter-bar";
import { NewItemDialog } from "./new-item-dialog";
import { WatchButton } from "@/components/notify/watch-button";
import { Pagination } from "./pagination";
import { useBacklog, type BacklogData } from "./use-backlog";
import { ViewTools } from "./view-tools";

export function BacklogView({
  initial,
  projects,
  users,
  views,
  columns: initialColumns,
  watchedProjects,
  permissions,
}: {
  initial: { key: string; data: BacklogData };
  projects: ProjectOption[];
  users: UserOption[];
  views: { id: string; name: string; query: string }[];
  columns: ColumnChoice;
  /** Project ids the viewer watches: with one project chosen, its Watch button shows here. */
  watchedProjects: string[];
  permissions: { setStatus: boolean; edit: boolean; create: boolean };
}) {
  const { query, key, setQuery, refresh, data, error, isFetching, isPlaceholderData } = useBacklog(initial);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [columns, setColumns] = useState(initialColumns);
  // The container the table's columns query for their default (lib/backlog/columns.ts).
  const box = useRef<HTMLDivElement>(null);
  // The dialog opens from its button, the "c" key, or the palette's "New item" (a standing request).
  const [creating, setCreating] = useState(false);
  const requested = useNewItemRequested();
  const canCreate = permissions.create && projects.length > 0;
  const setNewItemOpen = (open: boolean) => {
    setCreating(open);
    if (!open) withdrawNewItemRequest();
  };
  const toggleRow = (id: string) => {
    const next = new Set(selected);
    if (!next.delete(id)) next.add(id);
    setSelected(next);
  };
  const rows = data?.rows ?? [];
  const filtered = key !== "" && key !== "sort=priority";
  const chosenProject = query.project ? projects.find((p) => p.slug === query.project) : undefined;

  return (
    <div ref={box} className="@container space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2 print:hidden">
        <ViewTools query={query} queryKey={key} views={views} />
        <div className="flex items-center gap-2">
          {chosenProject && <WatchButton key={chosenProject.id} subjectType="project" subjectId={chosenProject.id} watching={watchedProjects.includes(chosenProject.id)} subjectName={`project ${chosenProject.name}`} showNoun />}
          <ColumnsMenu choice={columns} setChoice={setColumns} widthOf={() => box.current?.clientWidth ?? 0} />
          <BacklogShortcuts may={{ select: permissions.edit, create: canCreate }} onToggleRow={toggleRow} onCreate={() => setNewItemOpen(true)} />
          {permissions.create && <NewItemDialog projects={projects} defaultProject={query.project} open={creating || (requested && canCreate)} onOpenChange={setNewItemOpen} />}
        </div>
      </div>
      <FilterBar query={query} setQuery={setQuery} projects={projects} users={users} />
      {data?.warnings.length ? (
        <p role="status" className="flex items-start gap-2 rounded-md border border-warning/50 bg-warning/10 px-3 py-2 text-sm">
          <AlertTriangle aria-hidden className="mt-0.5 size-4 shrink-0" />
          <span>{data.warnings.join(" ")}</span>
        </p>
      ) : null}
      {permissions.edit && (
        <BulkBar
          ids={[...selected]}
          users={users}
          projects={projects}
          onDone={() => {
            setSelected(new Set());
            void refresh();
          }}
        />
      )}
      {error ? (
        <div role="alert" className="rounded-lg border border-danger/40 p-6 text-center text-sm">
          <p className="font-medium">{error.message}</p>
          <Button variant="secondary" size="sm" className="mt-3" onClick={() => void refresh()}>
            Try again
          </Button>
        </div>
      ) : rows.length === 0 && !isFetching ? (
        <div className="rounded-lg border border-dashed border-border p-10 text-center">
          <p className="font-medium">{filtered ? "No items match this view." : "The backlog is empty."}</p>
          <p className="mt-1 text-sm text-muted-foreground">{filtered ? "Loosen a filter or clear them all." : "Import a plan or create an item to get started."}</p>
        </div>
      ) : (
        <div className="relative" aria-busy={isFetching}>
          {isFetching && (
            <Loader2 aria-label="Loading" className="absolute -top-7 right-1 size-4 animate-spin text-muted-foreground" />
          )}
          <div className={isPlaceholderData ? "opacity-60 transition-opacity" : undefined}>
            <BacklogTable
              rows={rows}
              query={query}
              setQuery={setQuery}
              selectable={permissions.edit}
              selected={selected}
              setSelected={setSelected}
              canSetStatus={permissions.setStatus}
              onChanged={() => void refresh()}
              columns={columns}
            />
          </div>
        </div>
      )}
      {data && <Pagination query={query} total={data.total} capped={data.capped} pageCount={data.pageCount} shown={rows.length} setQuery={setQuery} />}
    </div>
  );
}
