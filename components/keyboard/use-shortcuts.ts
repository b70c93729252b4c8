"use client";

import { useEffect, useEffectEvent } from "react";
import { flushSync } from "react-dom";

// The one keydown listener behind every page's single-key shortcuts (backlog, item page, triage).
// A page maps a key to a command (shortcut-keys.ts: never while typing, never with a modifier) and
// runs it; this hook adds what needs the live document: nothing fires over an open dialog or menu
// (the palette, a picker, a confirmation), nor for a key something else already handled.

const OVERLAY = "[role=dialog], [role=alertdialog], [role=menu]";

/** Whether a dialog or menu is open, or the key was pressed inside one. */
export function overlayOpen(target: EventTarget | null): boolean {
  if (target instanceof Element && target.closest(OVERLAY)) return true;
  return document.querySelector(OVERLAY) !== null;
}

type Options<C> = {
  /** While true nothing fires (the page has its own modal state to finish first). */
  paused?: boolean;
  /** Commands that still run over an open dialog: the help overlay's own key, which closes it. */
  overOverlay?: (command: C) => boolean;
};

export function useShortcuts<C>(toCommand: (event: KeyboardEvent) => C | null, run: (command: C) => void, { paused = false, overOverlay }: Options<C> = {}) {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || paused) return;
    const command = toCommand(event);
    if (command === null) return;
    if (overlayOpen(event.target) && !overOverlay?.(command)) return;
    // Also keeps the key from being typed into a field the command focuses or opens.
    event.preventDefault();
    // Commit now, so a second key in the same task (a fast typist, a test) acts on the new state.
    flushSync(() => run(command));
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    window.addEventListener("keydown", listener);
    return () => window.removeEventListener("keydown", listener);
  }, []);
}
