"use client";

import * as Dialog from "@radix-ui/react-dialog";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Command } from "cmdk";
import { FileText, FolderKanban, Search } from "lucide-react";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { PriorityBadge } from "@/components/backlog/badges";
import type { quickSearch } from "@/lib/backlog/search-queries";
import { cn } from "@/lib/cn";
import { setPaletteOpen, usePaletteOpen } from "./palette-store";

export type PalettePage = { href: string; label: string };
type SearchResult = Awaited<ReturnType<typeof quickSearch>>;

const DEBOUNCE_MS = 150;

async function fetchSearch(q: string, signal: AbortSignal): Promise<SearchResult> {
  const res = await fetch(`/api/v1/search?q=${encodeURIComponent(q)}`, { signal });
  if (!res.ok) throw new Error(`Search failed (${res.status})`);
  return res.json() as Promise<SearchResult>;
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
 * Ctrl-K / ⌘-K palette: jump to a page, an item or a project. Mounted once per page; the buttons
 * that open it are PaletteTrigger (palette-trigger.tsx).
 */
export function CommandPalette({ pages }: { pages: PalettePage[] }) {
  const router = useRouter();
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

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() !== "k" || !(e.ctrlKey || e.metaKey) || e.altKey || e.isComposing) return;
      // Ctrl-K would focus the browser's address/search bar; the palette takes it everywhere in the app.
      e.preventDefault();
      if (!e.repeat) setPaletteOpen((o) => !o);
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);

  const onOpenChange = (next: boolean) => {
    setPaletteOpen(next);
    if (!next) setSearch("");
  };
  const go = (href: string) => {
    onOpenChange(false);
    router.push(href);
  };

  const lower = text.toLowerCase();
  const shownPages = text ? pages.filter((p) => p.label.toLowerCase().includes(lower)) : pages;
  const items = q && data ? data.items : [];
  const projects = q && data ? data.projects : [];
  const waiting = text !== "" && (debounced !== text || isFetching);
  const empty = text !== "" && !waiting && !isError && shownPages.length + items.length + projects.length === 0;

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
      <Dialog.Description className="sr-only">Search pages, backlog items and projects. Use the arrow keys to move and Enter to open.</Dialog.Description>
      <div className="flex items-center gap-2 border-b border-border px-3">
        <Search className="size-4 shrink-0 text-muted-foreground" aria-hidden />
        <Command.Input
          value={search}
          onValueChange={setSearch}
          placeholder="Search pages, items, projects…"
          className="h-11 w-full bg-transparent text-sm outline-none placeholder:text-muted-foreground"
        />
      </div>
      {/* Status lives outside the listbox (only options belong in it) and is announced politely. */}
      <div aria-live="polite" className="px-3 text-sm">
        {isError ? (
          <p className="py-2 text-danger">Search failed. Pages are still listed; try again in a moment.</p>
        ) : waiting && items.length + projects.length === 0 ? (
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
      </Command.List>
    </Command.Dialog>
  );
}
