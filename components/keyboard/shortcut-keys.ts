// The rules every page's single-key shortcuts share, as pure functions so they are tested without
// a browser: which element owns its keys (a field being typed in), and which modifier combinations
// leave a key to the browser and the operating system.

/** The parts of a KeyboardEvent the rules read. */
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

/** One line of a help overlay: the keys (as printed) and what they do. */
export type Shortcut = { keys: string[]; does: string };

// Inputs that take no typed text: a letter pressed on a checkbox means nothing to it, so the page's
// shortcuts keep working after one is clicked (the backlog's row checkboxes).
const KEYLESS_INPUTS = new Set(["checkbox", "radio", "button", "submit", "reset", "image", "color", "file", "range"]);

/** Form fields and rich-text editors own their keys: a "j" typed into a search box is a "j". */
export function isTypingTarget(target: unknown): boolean {
  if (!target || typeof target !== "object") return false;
  const el = target as { tagName?: unknown; isContentEditable?: unknown; type?: unknown };
  if (el.isContentEditable === true) return true;
  if (typeof el.tagName !== "string") return false;
  const tag = el.tagName.toUpperCase();
  if (tag === "INPUT") return !(typeof el.type === "string" && KEYLESS_INPUTS.has(el.type.toLowerCase()));
  return tag === "TEXTAREA" || tag === "SELECT";
}

/**
 * The command a plain key press means in `bindings`, or null. Ctrl, ⌘ and Alt always leave the key
 * alone (browser and OS shortcuts). Shift is how many layouts type "?" (and AZERTY types digits),
 * so for symbols the produced key decides; on letters Shift is an undocumented modifier, Caps Lock
 * alone is not. A held key repeats only the commands `repeatable` allows (movement, not decisions).
 */
export function plainKey<C>(event: KeyLike, bindings: Readonly<Record<string, C>>, repeatable: (command: C) => boolean = () => false): C | null {
  if (event.isComposing || isTypingTarget(event.target)) return null;
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const letter = /^[a-z]$/i.test(event.key);
  if (letter && event.shiftKey) return null;
  const name = letter ? event.key.toLowerCase() : event.key;
  const command = Object.hasOwn(bindings, name) ? bindings[name]! : null;
  if (command !== null && event.repeat && !repeatable(command)) return null;
  return command;
}

/** The palette's chord, listed in every help overlay. */
export const PALETTE_SHORTCUT: Shortcut = { keys: ["Ctrl/⌘ K"], does: "Search pages, items, runbooks, metrics, views and actions" };
