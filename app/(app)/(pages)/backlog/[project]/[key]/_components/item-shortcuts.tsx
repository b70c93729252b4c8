"use client";

import { useState } from "react";
import { ShortcutHelpButton } from "@/components/keyboard/shortcut-help";
import { useShortcuts } from "@/components/keyboard/use-shortcuts";
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
  return <ShortcutHelpButton open={helpOpen} onOpenChange={setHelpOpen} shortcuts={itemShortcuts(may)} />;
}
