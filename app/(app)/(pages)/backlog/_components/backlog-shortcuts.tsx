"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ShortcutHelpButton } from "@/components/keyboard/shortcut-help";
import { useShortcuts } from "@/components/keyboard/use-shortcuts";
import { backlogCommand, backlogShortcuts, ROW_ATTRIBUTE, type BacklogCommand, type BacklogKeyPermissions } from "./backlog-keys";

// The backlog's keys. The row "cursor" is real keyboard focus on the table row (tabIndex -1), so a
// screen reader reads the row out, the focus style shows it, and Tab continues from there. Rows are
// found by their data attribute (rowFocusProps; their focus look is backlog-table.css), so the table itself knows nothing of keys.

/** The id of the search box that "/" focuses. */
export const BACKLOG_SEARCH_ID = "backlog-search";

/** What a table row needs to take part: focusable by script, its item id and address. */
export const rowFocusProps = (id: string, href: string) => ({ [ROW_ATTRIBUTE]: id, "data-href": href, tabIndex: -1 });

const rows = () => [...document.querySelectorAll<HTMLElement>(`[${ROW_ATTRIBUTE}]`)];
const focusedRow = () => (document.activeElement instanceof Element ? document.activeElement.closest<HTMLElement>(`[${ROW_ATTRIBUTE}]`) : null);

export function BacklogShortcuts({ may, onToggleRow, onCreate }: { may: BacklogKeyPermissions; onToggleRow: (id: string) => void; onCreate: () => void }) {
  const router = useRouter();
  const [helpOpen, setHelpOpen] = useState(false);

  function move(step: 1 | -1) {
    const all = rows();
    if (!all.length) return;
    const at = all.indexOf(focusedRow() as HTMLElement);
    // From outside the table, j starts at the first row and k at the last.
    const next = at < 0 ? (step === 1 ? 0 : all.length - 1) : Math.min(Math.max(at + step, 0), all.length - 1);
    all[next]!.focus();
    all[next]!.scrollIntoView({ block: "nearest" });
  }

  function run(command: BacklogCommand) {
    const row = focusedRow();
    if (command === "next") return move(1);
    if (command === "previous") return move(-1);
    if (command === "help") return setHelpOpen((open) => !open);
    if (command === "create") return onCreate();
    if (command === "search") return document.getElementById(BACKLOG_SEARCH_ID)?.focus();
    if (!row) return;
    if (command === "select") return onToggleRow(row.getAttribute(ROW_ATTRIBUTE)!);
    const href = row.dataset.href;
    if (href) router.push(href);
  }

  useShortcuts((event) => backlogCommand(event, may), run, { overOverlay: (command) => helpOpen && command === "help" });

  return <ShortcutHelpButton open={helpOpen} onOpenChange={setHelpOpen} shortcuts={backlogShortcuts(may)} />;
}
