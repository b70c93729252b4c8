"use client";

import * as Dialog from "@radix-ui/react-dialog";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Command } from "cmdk";
import { Activity, BookOpen, Bookmark, FileText, FolderKanban, Search, Zap } from "lucide-react";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { requestNewItem } from "@/components/backlog/new-item-request";
import { PriorityBadge } from "@/components/backlog/badges";
import { cn } from "@/lib/cn";
import type { PaletteSearchResult } from "@/lib/screens/palette-search";
import type { PaletteAction } from "./palette-actions";
import { setPaletteOpen, usePaletteOpen } from "./palette-store";
import { useThemeCycle } from "./theme-toggle";

export type PalettePage = { href: string; label: string };

const DEBOUNCE_MS = 150;

async function fetchSearch(q: string, signal: AbortSignal): Promise<PaletteSearchResult> {
  const res = await fetch(`/api/v1/search?q=${encodeURIComponent(q)}`, { signal });
  if (!res.ok) throw new Error(`Search failed (${res.status})`);
  return res.json() as Promise<PaletteSearchResult>;
}

function useDebounced(value: string, ms: number) {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return debounced;
}

const itemClass =
  "flex cursor-pointer items-center gap-2.5 rounded-md px-2.5 py-2 text-sm outline-none data-[selected=true]:bg-muted data-[disabled=true]:opacity-50";
const groupClass =
  "px-1 py-1 [&_[cmdk-group-heading]]:px-2.5 [&_[cmdk-group-heading]]:pb-1 [&_[cmdk-group-heading]]:pt-2 [&_[cmdk-group-heading]]:text-xs [&_[cmdk-group-heading]]:font-medium [&_[cmdk-group-heading]]:text-muted-foreground";

/**
 * The palette's dialog: jump to a page, an item, a project, a runbook, a metric or a saved view, or
 * run an action. Pages and actions arrive from the server already cut to what this user may do
 * (palette-actions.ts) and are filtered here as one types; the rest is searched on the server.
 * Loaded the first time the palette opens (command-palette.tsx), with cmdk and Radix's dialog.
 */
export function CommandPaletteDialog({ pages, actions }: { pages: PalettePage[]; actions: PaletteAction[] }) {
  const router = useRouter();
  const pathname = usePathname();
  const theme = useThemeCycle();
  const open = usePaletteOpen();
  const [search, setSearch] = useState("");
  const text = search.trim();
  const debounced = useDebounced(text, DEBOUNCE_MS);
  // An empty box shows pages only, without waiting for the debounce to catch up.
  const q = text ? debounced : "";

  const { data, isError, isFetching, isPlaceholderData } = useQuery({
    queryKey: ["search", q],
    queryFn: ({ signal }) => fetchSearch(q, signal),
    enabled: open && q !== "",
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });

  const onOpenChange = (next: boolean) => {
    setPaletteOpen(next);
    if (!next) setSearch("");
  };
  const go = (href: string) => {
    onOpenChange(false);
    router.push(href);
  };
  const act = (action: PaletteAction) => {
    if ("href" in action) return go(action.href);
    onOpenChange(false);
    if (action.run === "theme") return theme.cycle();
    // The backlog opens its new-item dialog on this request, here or once it has loaded.
    requestNewItem();
    if (pathname !== "/backlog") router.push("/backlog");
  };

  const lower = text.toLowerCase();
  const shownPages = text ? pages.filter((p) => p.label.toLowerCase().includes(lower)) : pages;
  const shownActions = text ? actions.filter((a) => `${a.label} ${a.keywords}`.toLowerCase().includes(lower)) : actions;
  const items = q && data ? data.items : [];
  const projects = q && data ? data.projects : [];
  const runbooks = q && data ? data.runbooks : [];
  const metrics = q && data ? data.metrics : [];
  const views = q && data ? data.views : [];
  const found = items.length + projects.length + runbooks.length + metrics.length + views.length;
  const waiting = text !== "" && (debounced !== text || isFetching);
  const empty = text !== "" && !waiting && !isError && shownPages.length + shownActions.length + found === 0;

  return (
    <Command.Dialog
      open={open}
      onOpenChange={onOpenChange}
      label="Command palette"
      shouldFilter={false}
      overlayClassName="fixed inset-0 z-40 bg-black/40 dark:bg-black/60"
      contentClassName="fixed left-1/2 top-[12vh] z-50 w-[calc(100%-2rem)] max-w-xl -translate-x-1/2 overflow-hidden rounded-lg border border-border bg-surface text-foreground shadow-xl"
    >
      <Dialog.Title className="sr-only">Command palette</Dialog.Title>
      <Dialog.Description className="sr-only">Search pages, actions, backlog items, projects, runbooks, metrics and your saved views. Use the arrow keys to move and Enter to open.</Dialog.Description>
      <div className="flex items-center gap-2 border-b border-border px-3">
        <Search className="size-4 shrink-0 text-muted-foreground" aria-hidden />
        <Command.Input
          value={search}
          onValueChange={setSearch}
          placeholder="Search items, runbooks, metrics, views, actions…"
          className="h-11 w-full bg-transparent text-sm outline-none placeholder:text-muted-foreground"
        />
      </div>
      {/* Status lives outside the listbox (only options belong in it) and is announced politely. */}
      <div aria-live="polite" className="px-3 text-sm">
        {isError ? (
          <p className="py-2 text-danger">Search failed. Pages and actions are still listed; try again in a moment.</p>
        ) : waiting && found === 0 ? (
          <p className="py-2 text-muted-foreground">Searching…</p>
        ) : empty ? (
          <p className="py-6 text-center text-muted-foreground">No matches</p>
        ) : null}
      </div>
      <Command.List
        label="Results"
        aria-busy={waiting}
        className={cn("max-h-[60vh] overflow-y-auto pb-1 transition-opacity", q !== "" && isPlaceholderData && "opacity-60")}
      >
        {shownPages.length > 0 && (
          <Command.Group heading="Pages" className={groupClass}>
            {shownPages.map((p) => (
              <Command.Item key={p.href} value={`page:${p.href}`} onSelect={() => go(p.href)} className={itemClass}>
                <FileText className="size-4 text-muted-foreground" aria-hidden />
                {p.label}
              </Command.Item>
            ))}
          </Command.Group>
        )}
        {shownActions.length > 0 && (
          <Command.Group heading="Actions" className={groupClass}>
            {shownActions.map((a) => (
              <Command.Item key={a.id} value={`action:${a.id}`} onSelect={() => act(a)} className={itemClass}>
                <Zap className="size-4 text-muted-foreground" aria-hidden />
                {"run" in a && a.run === "theme" ? `${a.label} to ${theme.next}` : a.label}
              </Command.Item>
            ))}
          </Command.Group>
        )}
        {items.length > 0 && (
          <Command.Group heading="Items" className={groupClass}>
            {items.map((item) => (
              <Command.Item
                key={`${item.projectSlug}/${item.key}`}
                value={`item:${item.projectSlug}/${item.key}`}
                onSelect={() => go(`/backlog/${item.projectSlug}/${encodeURIComponent(item.key)}`)}
                className={itemClass}
              >
                <span className="shrink-0 font-mono text-xs text-muted-foreground">{item.key}</span>
                <span className="min-w-0 flex-1 truncate">{item.title}</span>
                <span className="hidden max-w-[35%] truncate text-xs text-muted-foreground sm:inline">{item.projectName}</span>
                <PriorityBadge priority={item.priority} />
              </Command.Item>
            ))}
          </Command.Group>
        )}
        {projects.length > 0 && (
          <Command.Group heading="Projects" className={groupClass}>
            {projects.map((p) => (
              <Command.Item key={p.slug} value={`project:${p.slug}`} onSelect={() => go(`/backlog?project=${encodeURIComponent(p.slug)}`)} className={itemClass}>
                <FolderKanban className="size-4 text-muted-foreground" aria-hidden />
                {p.name}
              </Command.Item>
            ))}
          </Command.Group>
        )}
        {runbooks.length > 0 && (
          <Command.Group heading="Runbooks" className={groupClass}>
            {runbooks.map((r) => (
              <Command.Item key={r.slug} value={`runbook:${r.slug}`} onSelect={() => go(`/runbooks/${encodeURIComponent(r.slug)}`)} className={itemClass}>
                <BookOpen className="size-4 text-muted-foreground" aria-hidden />
                <span className="min-w-0 flex-1 truncate">{r.title}</span>
                {r.service ? <span className="hidden max-w-[35%] truncate text-xs text-muted-foreground sm:inline">{r.service}</span> : null}
              </Command.Item>
            ))}
          </Command.Group>
        )}
        {metrics.length > 0 && (
          <Command.Group heading="Metrics" className={groupClass}>
            {metrics.map((m) => (
              <Command.Item key={m.key} value={`metric:${m.key}`} onSelect={() => go(`/metrics/${encodeURIComponent(m.key)}`)} className={itemClass}>
                <Activity className="size-4 text-muted-foreground" aria-hidden />
                <span className="min-w-0 flex-1 truncate">{m.name}</span>
                <span className="hidden max-w-[35%] truncate font-mono text-xs text-muted-foreground sm:inline">{m.key}</span>
              </Command.Item>
            ))}
          </Command.Group>
        )}
        {views.length > 0 && (
          <Command.Group heading="Saved views" className={groupClass}>
            {views.map((v) => (
              <Command.Item key={v.id} value={`view:${v.id}`} onSelect={() => go(`/backlog?${v.query}`)} className={itemClass}>
                <Bookmark className="size-4 text-muted-foreground" aria-hidden />
                {v.name}
              </Command.Item>
            ))}
          </Command.Group>
        )}
      </Command.List>
    </Command.Dialog>
  );
}
