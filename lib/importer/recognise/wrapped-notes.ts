import type { Paragraph } from "mdast";
import { toString } from "mdast-util-to-string";

// "1. Test the EDI link with real messages.\n   Bart is already on it, DHL works, PostNL not yet.":
// an entry whose first line closes a sentence, with a new sentence on the lines below it. The first
// line is the task; the lines under it are a note about it (who is on it, how far it got), which a
// careful reader keeps as the item's description, not as title words. A title wrapped in the middle
// of a sentence ("… with real\n   messages from DHL") goes on, and stays whole.

/** The note lines under an entry's first sentence, and the serialised entry before them; null when the entry is one sentence. */
export function trailingNoteLines(paragraph: Paragraph, serialised: string): { before: string; note: string } | null {
  const lines = toString(paragraph).split("\n");
  if (lines.length < 2) return null;
  const first = lines[0]!.trim();
  const next = lines[1]!.trim();
  // The first line closes a sentence (not "e.g." or "v1."), the next opens one with a capital.
  if (!/[\p{L}\p{N})][.!?。]$/u.test(first) || /(?:^|\s)\p{L}{1,3}\.$/u.test(first) || !/^\p{Lu}\p{Ll}/u.test(next)) return null;
  const note = lines.slice(1).join(" ").replace(/\s+/g, " ").trim();
  const flat = serialised.replace(/\s+/g, " ").trim();
  if (!note || !flat.endsWith(note)) return null;
  return { before: flat.slice(0, -note.length).trim(), note };
}
