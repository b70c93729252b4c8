import { sentenceGoesOn } from "./sentence-words";

// "Replace `node-fetch` with global `fetch`", "Move `auth` to the new `session`": a writer who code-
// formats an identifier inside the sentence writes the closing one the same way, and a code span one
// word after a preposition or an article ("with global …", "to the new …") is still that sentence's
// object — the word between qualifies it. A label closes a title whose sentence has ended ("Fix the
// login crash `bug`"), so a title with no other code span keeps its reading as a label.

/** English prepositions and articles (recognise/sentence-words.ts has the other languages'). */
const ENGLISH = /(?:^|\s)(?:with|without|to|into|from|in|on|for|of|by|via|the|a|an|use|using)$/i;

/** Whether the closing code span of a title is the object of its sentence; `before` is the text before it, `open` the code-span mark. */
export function codeSpanIsObject(before: string, open: string): boolean {
  if (!before.includes(open)) return false;
  const words = before.trimEnd().split(/\s+/);
  if (words.length < 3) return false;
  const qualifier = words.at(-1)!;
  // One plain word ("global", "new") between the preposition or article and the span.
  return /^\p{Ll}[\p{Ll}-]*$/u.test(qualifier) && (ENGLISH.test(words.slice(0, -1).join(" ")) || sentenceGoesOn(words.slice(0, -1).join(" ")));
}
