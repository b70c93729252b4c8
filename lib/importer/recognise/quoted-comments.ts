import type { ListItem } from "mdast";
import { plainText } from "../markdown";
import { stateOnly } from "../status-words";
import type { ItemStatus } from "../types";

// A to-do app's copy keeps the comments under a task as a quote: "- [ ] Hook up the booking widget"
// over "> Jaz: on hold till the vendor sends the API key". A careful reader takes a comment that opens
// with a state ("on hold", "blocked", "in progress", "dropped") as where the open task stands. A
// comment that says "done" under an open box is left to the box: the task is not ticked.

/** "Jaz: ", "@mel — ": who wrote the comment, before what it says. */
const AUTHOR = /^(?:@?[\p{L}][\p{L}.'-]*(?:\s+[\p{L}][\p{L}.'-]*){0,2})\s*(?:[:：]|\s[—–-])\s*/u;

/** The state an open task's quoted comment opens with; null when none says one. */
export function quotedCommentStatus(item: ListItem): ItemStatus | null {
  for (const child of item.children) {
    if (child.type !== "blockquote") continue;
    for (const part of child.children) {
      if (part.type !== "paragraph") continue;
      const said = plainText(part).split("\n")[0]!.trim();
      // The comment as written ("On hold: …"), then without its author ("Jaz: on hold …").
      for (const text of [said, said.replace(AUTHOR, "")]) {
        const words = text.split(/\s+/);
        for (let n = Math.min(3, words.length); n >= 1; n--) {
          const state = stateOnly(words.slice(0, n).join(" "));
          if (state && state !== "done" && state !== "not_started") return state;
        }
      }
    }
  }
  return null;
}
