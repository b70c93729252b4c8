"use client";

import { useSyncExternalStore } from "react";

// Whether the command palette is open, shared by the one palette and its triggers (the sidebar's
// search box, the phone top bar's search button), which sit in different parts of the page.

let open = false;
const listeners = new Set<() => void>();

export function setPaletteOpen(next: boolean | ((was: boolean) => boolean)) {
  const value = typeof next === "function" ? next(open) : next;
  if (value === open) return;
  open = value;
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const usePaletteOpen = () => useSyncExternalStore(subscribe, () => open, () => false);
