"use client";

import { useSyncExternalStore } from "react";

// "Open the new-item dialog", asked for from outside the backlog (the palette's "New item" action,
// which may first navigate to /backlog): the backlog shows the dialog while the request stands and
// withdraws it when the dialog closes. Module state survives client-side navigation.

let requested = false;
const listeners = new Set<() => void>();

function set(value: boolean) {
  if (value === requested) return;
  requested = value;
  for (const listener of listeners) listener();
}

export const requestNewItem = () => set(true);
export const withdrawNewItemRequest = () => set(false);

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const useNewItemRequested = () => useSyncExternalStore(subscribe, () => requested, () => false);
