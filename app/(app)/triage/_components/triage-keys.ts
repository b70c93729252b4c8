// The triage inbox's keyboard map, as a pure function so the rules (which keys, which modifiers,
// never while typing) are tested without a browser.

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

/** The parts of a KeyboardEvent the map reads. */
export type KeyLike = {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  shiftKey?: boolean;
  repeat?: boolean;
  isComposing?: boolean;
  target?: unknown;
};

/** For the help overlay and the buttons' hints: one source for what each key does. */
export const TRIAGE_SHORTCUTS: { keys: string[]; does: string }[] = [
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

/** Form fields and rich-text editors own their keys: a "1" typed into a search box is a "1". */
export function isTypingTarget(target: unknown): boolean {
  if (!target || typeof target !== "object") return false;
  const el = target as { tagName?: unknown; isContentEditable?: unknown };
  if (el.isContentEditable === true) return true;
  return typeof el.tagName === "string" && ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName.toUpperCase());
}

export function keyToCommand(event: KeyLike): TriageCommand | null {
  if (event.isComposing || isTypingTarget(event.target)) return null;
  const { ctrlKey = false, metaKey = false, altKey = false, shiftKey = false } = event;
  // Ctrl-Z (Windows, Linux) or ⌘-Z (macOS) is the one chord; with Shift it means redo elsewhere.
  if ((ctrlKey || metaKey) && !(ctrlKey && metaKey) && !altKey && !shiftKey) {
    return event.key.toLowerCase() === "z" && !event.repeat ? { type: "undo" } : null;
  }
  if (ctrlKey || metaKey || altKey) return null;
  // Shift is how many layouts type "?" (and AZERTY types digits), so for symbols the produced
  // key decides. On letters Shift is an undocumented modifier; Caps Lock alone is not.
  const letter = /^[a-z]$/i.test(event.key);
  if (letter && shiftKey) return null;
  const command = SINGLE[letter ? event.key.toLowerCase() : event.key] ?? null;
  // Holding j or k scrolls through the queue; a held digit must not prioritise item after item.
  if (command && event.repeat && command.type !== "next" && command.type !== "previous") return null;
  return command;
}
