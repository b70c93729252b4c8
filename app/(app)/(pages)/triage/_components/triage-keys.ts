// The triage inbox's keyboard map, as a pure function so it is tested without a browser. The rules
// every page shares (never while typing, modifiers left to the browser) are shortcut-keys.ts's.

import { isTypingTarget, plainKey, type KeyLike, type Shortcut } from "@/components/keyboard/shortcut-keys";

export type TriagePriority = "P0" | "P1" | "P2" | "P3";

export type TriageCommand =
  | { type: "next" }
  | { type: "previous" }
  | { type: "priority"; priority: TriagePriority }
  | { type: "assign" }
  | { type: "status" }
  | { type: "open" }
  | { type: "help" }
  | { type: "undo" };

/** For the help overlay and the buttons' hints: one source for what each key does. */
export const TRIAGE_SHORTCUTS: Shortcut[] = [
  { keys: ["j", "k"], does: "Next / previous item" },
  { keys: ["0", "1", "2", "3"], does: "Set priority P0–P3 (the item leaves the inbox)" },
  { keys: ["a"], does: "Assign to an engineer or lead" },
  { keys: ["s"], does: "Change status" },
  { keys: ["e"], does: "Open the item's page" },
  { keys: ["u", "Ctrl/⌘ Z"], does: "Undo the last decision" },
  { keys: ["?"], does: "Show or hide these shortcuts" },
];

const SINGLE: Record<string, TriageCommand> = {
  j: { type: "next" },
  k: { type: "previous" },
  "0": { type: "priority", priority: "P0" },
  "1": { type: "priority", priority: "P1" },
  "2": { type: "priority", priority: "P2" },
  "3": { type: "priority", priority: "P3" },
  a: { type: "assign" },
  s: { type: "status" },
  e: { type: "open" },
  u: { type: "undo" },
  "?": { type: "help" },
};

const moves = (command: TriageCommand) => command.type === "next" || command.type === "previous";

export function keyToCommand(event: KeyLike): TriageCommand | null {
  if (event.isComposing || isTypingTarget(event.target)) return null;
  const { ctrlKey = false, metaKey = false, altKey = false, shiftKey = false } = event;
  // Ctrl-Z (Windows, Linux) or ⌘-Z (macOS) is the one chord; with Shift it means redo elsewhere.
  if ((ctrlKey || metaKey) && !(ctrlKey && metaKey) && !altKey && !shiftKey) {
    return event.key.toLowerCase() === "z" && !event.repeat ? { type: "undo" } : null;
  }
  // Holding j or k scrolls through the queue; a held digit must not prioritise item after item.
  return plainKey(event, SINGLE, moves);
}
