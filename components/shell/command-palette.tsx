"use client";

import dynamic from "next/dynamic";
import { useEffect, useState } from "react";
import type { PalettePage } from "./command-palette-dialog";
import type { PaletteAction } from "./palette-actions";
import { setPaletteOpen, usePaletteOpen } from "./palette-store";

// The dialog (cmdk, Radix's dialog, the search query) is not needed until the palette first opens,
// so it is loaded then rather than with every page (issue #21); it stays mounted after that.
const CommandPaletteDialog = dynamic(() => import("./command-palette-dialog").then((m) => m.CommandPaletteDialog), { ssr: false });

/**
 * Ctrl-K / ⌘-K palette, mounted once per page; the buttons that open it are PaletteTrigger
 * (palette-trigger.tsx). The shortcut is listened for from hydration on, so a Ctrl-K pressed before
 * the dialog's code has arrived opens it as soon as it has.
 */
export function CommandPalette({ pages, actions }: { pages: PalettePage[]; actions: PaletteAction[] }) {
  const open = usePaletteOpen();
  const [wanted, setWanted] = useState(false);
  if (open && !wanted) setWanted(true);

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

  return wanted ? <CommandPaletteDialog pages={pages} actions={actions} /> : null;
}
