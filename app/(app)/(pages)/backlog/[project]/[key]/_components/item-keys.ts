// The item page's keyboard map, pure so it is tested without a browser (the shared rules — never
// while typing, modifiers left to the browser — are shortcut-keys.ts's).

import { plainKey, type KeyLike, type Shortcut } from "@/components/keyboard/shortcut-keys";

/** `status` focuses the status select; the edit keys open the edit form at that field. */
export type ItemCommand = "status" | "assignee" | "priority" | "edit" | "help";
export type EditCommand = Extract<ItemCommand, "assignee" | "priority" | "edit">;

const KEYS: Record<string, ItemCommand> = { s: "status", a: "assignee", p: "priority", e: "edit", "?": "help" };

/** What this role can change here: the status (engineers and up), every field (leads). */
export type ItemKeyPermissions = { status: boolean; edit: boolean };

export const isEditCommand = (command: ItemCommand): command is EditCommand => command === "assignee" || command === "priority" || command === "edit";

export function itemCommand(event: KeyLike, may: ItemKeyPermissions): ItemCommand | null {
  const command = plainKey(event, KEYS);
  if (command === "status" && !may.status) return null;
  if (command && isEditCommand(command) && !may.edit) return null;
  return command;
}

/** The edit form's field each edit key focuses. */
export const EDIT_FIELD = { edit: "title", assignee: "assigneeId", priority: "priority" } as const satisfies Record<EditCommand, string>;

/** The help overlay's list, for this role. */
export function itemShortcuts(may: ItemKeyPermissions): Shortcut[] {
  return [
    ...(may.status ? [{ keys: ["s"], does: "Change the status" }] : []),
    ...(may.edit
      ? [
          { keys: ["a"], does: "Change the assignee" },
          { keys: ["p"], does: "Change the priority" },
          { keys: ["e"], does: "Edit the item" },
        ]
      : []),
    { keys: ["?"], does: "Show or hide these shortcuts" },
  ];
}
