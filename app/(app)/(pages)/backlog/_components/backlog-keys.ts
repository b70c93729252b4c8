// The backlog's keyboard map, pure so it is tested without a browser (the shared rules — never
// while typing, modifiers left to the browser — are shortcut-keys.ts's).

import { plainKey, type KeyLike, type Shortcut } from "@/components/keyboard/shortcut-keys";

export type BacklogCommand = "next" | "previous" | "select" | "open" | "create" | "search" | "help";

const KEYS: Record<string, BacklogCommand> = { j: "next", k: "previous", x: "select", Enter: "open", c: "create", "/": "search", "?": "help" };

/** What the backlog may do for this role: rows are selectable (bulk edit), items can be created. */
export type BacklogKeyPermissions = { select: boolean; create: boolean };

/** The attribute that marks a focusable table row; its value is the item's id. */
export const ROW_ATTRIBUTE = "data-backlog-row";

const isRow = (target: unknown) => typeof (target as Element | null)?.matches === "function" && (target as Element).matches(`[${ROW_ATTRIBUTE}]`);

export function backlogCommand(event: KeyLike, may: BacklogKeyPermissions): BacklogCommand | null {
  const command = plainKey(event, KEYS, (c) => c === "next" || c === "previous");
  if (command === "select" && !may.select) return null;
  if (command === "create" && !may.create) return null;
  // Enter opens the focused row only; on a link, button or checkbox it keeps its own meaning.
  if (command === "open" && !isRow(event.target)) return null;
  return command;
}

/** The help overlay's list, for this role. */
export function backlogShortcuts(may: BacklogKeyPermissions): Shortcut[] {
  return [
    { keys: ["j", "k"], does: "Next / previous row" },
    ...(may.select ? [{ keys: ["x"], does: "Select or unselect the row (for bulk edit)" }] : []),
    { keys: ["Enter"], does: "Open the row's item" },
    ...(may.create ? [{ keys: ["c"], does: "Create an item" }] : []),
    { keys: ["/"], does: "Search items" },
    { keys: ["?"], does: "Show or hide these shortcuts" },
  ];
}
