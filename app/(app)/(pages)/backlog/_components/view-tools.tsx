"use client";

import { Download, Save, Trash2 } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { deleteViewAction, saveViewAction } from "@/lib/backlog/actions";
import { backlogSearchParams, viewSearchParams, type BacklogQuery } from "@/lib/backlog/query";

type View = { id: string; name: string; query: string };

/** Personal saved views (the URL's query under a name) and "Export this view". */
export function ViewTools({ query, queryKey, views: initialViews }: { query: BacklogQuery; queryKey: string; views: View[] }) {
  const [views, setViews] = useState(initialViews);
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState("");
  // Saved views never store a page, so compare against the view as of page 1.
  const current = views.find((v) => v.query === backlogSearchParams({ ...query, page: 1 }).toString());

  async function save() {
    const result = await saveViewAction({ name, query: queryKey });
    if (!result.ok) return void toast.error(result.error.message);
    setViews((vs) => [...vs.filter((v) => v.name !== result.data.name), result.data].sort((a, b) => a.name.localeCompare(b.name)));
    setNaming(false);
    setName("");
    toast.success(`Saved view “${result.data.name}”.`);
  }
  async function remove(view: View) {
    const result = await deleteViewAction({ id: view.id });
    if (!result.ok) return void toast.error(result.error.message);
    setViews((vs) => vs.filter((v) => v.id !== view.id));
    toast.success(`Deleted view “${view.name}”.`);
  }

  // The view's own query string (every filter and the order; not the page: the file holds every
  // row), so the export runs the table's query: lib/backlog/filters.ts is the one filter model.
  const exportHref = (format: "md" | "csv" | "json") => `/api/v1/items/export?${new URLSearchParams([["format", format], ...viewSearchParams(query)])}`;

  return (
    <div className="flex flex-wrap items-center gap-2">
      <Select
        aria-label="Saved views"
        className="h-8 w-48"
        value={current?.id ?? ""}
        onChange={(e) => {
          const v = views.find((x) => x.id === e.target.value);
          window.history.replaceState(null, "", v?.query ? `?${v.query}` : window.location.pathname);
        }}
      >
        <option value="">{views.length ? "Saved views…" : "No saved views"}</option>
        {views.map((v) => (
          <option key={v.id} value={v.id}>
            {v.name}
          </option>
        ))}
      </Select>
      {current && (
        <Button variant="ghost" size="sm" aria-label={`Delete view ${current.name}`} onClick={() => remove(current)}>
          <Trash2 aria-hidden className="size-4" />
        </Button>
      )}
      {naming ? (
        <form
          className="flex items-center gap-1"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <Input autoFocus aria-label="View name" className="h-8 w-44" placeholder="e.g. My overdue P1s" maxLength={80} value={name} onChange={(e) => setName(e.target.value)} onKeyDown={(e) => e.key === "Escape" && setNaming(false)} />
          <Button type="submit" size="sm" disabled={!name.trim()}>
            Save
          </Button>
        </form>
      ) : (
        <Button variant="secondary" size="sm" onClick={() => setNaming(true)}>
          <Save aria-hidden className="size-4" /> Save view
        </Button>
      )}
      <a className="inline-flex h-8 items-center gap-1.5 rounded-md border border-border px-2.5 text-sm hover:bg-muted" href={exportHref("md")}>
        <Download aria-hidden className="size-4" /> Export this view
      </a>
      <a className="inline-flex h-8 items-center rounded-md px-2 text-sm text-muted-foreground hover:bg-muted" href={exportHref("csv")} aria-label="Export this view as CSV">
        CSV
      </a>
      <a className="inline-flex h-8 items-center rounded-md px-2 text-sm text-muted-foreground hover:bg-muted" href={exportHref("json")} aria-label="Export this view as JSON">
        JSON
      </a>
    </div>
  );
}
