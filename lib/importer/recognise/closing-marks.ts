import type { ItemStatus } from "../types";

// "**Cancel the Tuesday status meeting** and move it to Slack — Giulia ✅": a tick, a barrier or a
// cross closing the line of an entry with a bold title says the entry's state, after its owner as
// readily as after its title — a reader sees the mark, wherever the rest of the line ends. Only the
// marks whose meaning does not depend on a legend: ticks are done, 🚧 under way, ❌ dropped (a
// closing coloured circle can be a priority, and is left to the legend readers).

const CLOSING = /\s([✅✔☑✓🚧❌])\uFE0F?\s*$/u;
const MEANING: Record<string, ItemStatus> = { "✅": "done", "✔": "done", "☑": "done", "✓": "done", "🚧": "in_progress", "❌": "wont_do" };

/** The state a mark closing the text says, or null when none closes it. */
export function closingMarkStatus(text: string): ItemStatus | null {
  const m = text.match(CLOSING);
  return m ? (MEANING[m[1]!] ?? null) : null;
}
