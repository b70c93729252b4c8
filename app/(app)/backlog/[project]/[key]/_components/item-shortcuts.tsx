"use client";

import { Keyboard } from "lucide-react";
import { useState } from "react";
import { KeyHint } from "@/components/keyboard/key-hint";
import { ShortcutHelp } from "@/components/keyboard/shortcut-help";
import { useShortcuts } from "@/components/keyboard/use-shortcuts";
import { Button } from "@/components/ui/button";
import { itemCommand, itemShortcuts, type ItemKeyPermissions } from "./item-keys";

// The item page's "?" overlay and its "s" key (the status select). The edit keys (a, p, e) belong
// to EditItem, which owns whether its form is open.

export function ItemShortcuts({ may }: { may: ItemKeyPermissions }) {
  const [helpOpen, setHelpOpen] = useState(false);
  useShortcuts(
    (event) => {
      const command = itemCommand(event, may);
      return command === "status" || command === "help" ? command : null;
    },
    (command) => (command === "help" ? setHelpOpen((open) => !open) : document.getElementById("item-status")?.focus()),
    { overOverlay: (command) => helpOpen && command === "help" },
  );
  return (
    <>
      {/* From md up: a phone has no keyboard to press them with, and the row of controls is tight. */}
      <Button size="sm" variant="ghost" className="hidden md:inline-flex" aria-keyshortcuts="?" aria-expanded={helpOpen} onClick={() => setHelpOpen(true)}>
        <Keyboard aria-hidden className="size-4" /> Shortcuts <KeyHint>?</KeyHint>
      </Button>
      <ShortcutHelp open={helpOpen} onOpenChange={setHelpOpen} shortcuts={itemShortcuts(may)} />
    </>
  );
}
