"use client";

import { Search } from "lucide-react";
import { useSyncExternalStore } from "react";
import { setPaletteOpen } from "./palette-store";

// Only known in the browser: the server renders "Ctrl", Apple devices switch to "⌘" after hydration.
const noSubscribe = () => () => {};
const isApple = () => /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
const useModifierLabel = () => (useSyncExternalStore(noSubscribe, isApple, () => false) ? "⌘" : "Ctrl");

/**
 * Opens the command palette: the sidebar's search box ("Search… Ctrl K"), or, `compact`, the
 * phone top bar's search button (an icon, large enough to tap).
 */
export function PaletteTrigger({ compact = false }: { compact?: boolean }) {
  const modifier = useModifierLabel();
  const open = () => setPaletteOpen(true);
  if (compact) {
    return (
      <button type="button" onClick={open} aria-label="Search" aria-keyshortcuts="Control+K Meta+K" className="inline-flex size-10 items-center justify-center rounded-md text-muted-foreground hover:bg-muted hover:text-foreground">
        <Search className="size-5" aria-hidden />
      </button>
    );
  }
  return (
    <button
      type="button"
      onClick={open}
      aria-keyshortcuts="Control+K Meta+K"
      className="flex w-full items-center gap-2 rounded-md border border-border bg-surface px-2.5 py-1.5 text-sm text-muted-foreground hover:bg-muted hover:text-foreground"
    >
      <Search className="size-4" aria-hidden />
      <span>Search…</span>
      <kbd className="ml-auto rounded border border-border bg-muted px-1.5 font-mono text-[11px]">{modifier} K</kbd>
    </button>
  );
}
