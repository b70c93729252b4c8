// "TODO for Saturday:" over "1. … 5.", a few lines of talk, then "Also:" over "6. … 7.": a numbered list
// that carries on the numbering of an earlier list in the same section is that list continued (a chat,
// a mail or minutes add to a list later), so it is read under the earlier list's label. The label
// line right above the continuation, when it is one, still wins (the caller asks this last).

import type { List, RootContent } from "mdast";

/** How far back the earlier list may stand, in blocks: a few messages or paragraphs, not a document. */
const MAX_LOOKBACK = 40;

/** How many continuations back the first list may stand: a thread adds to a list a few times, not hundreds. */
const MAX_HOPS = 20;

/** The list an ordered list carries on (its start is the earlier one's end + 1), or -1. */
function continuedFrom(nodes: readonly RootContent[], i: number): number {
  const list = nodes[i];
  if (list?.type !== "list" || !list.ordered || (list.start ?? 1) <= 1) return -1;
  for (let j = i - 1; j >= 0 && j >= i - MAX_LOOKBACK; j--) {
    const node = nodes[j]!;
    if (node.type === "heading") return -1;
    if (node.type !== "list") continue;
    const earlier = node as List;
    return earlier.ordered && (earlier.start ?? 1) + earlier.children.length === list.start ? j : -1;
  }
  return -1;
}

/** The block that labels the earlier list this one continues, or undefined when it continues none. */
export function continuedListLead(nodes: readonly RootContent[], i: number): RootContent | undefined {
  let first = continuedFrom(nodes, i);
  if (first < 0) return undefined;
  // The earlier list may itself continue one: its label is the first list's.
  for (let hops = 0; hops < MAX_HOPS; hops++) {
    const before = continuedFrom(nodes, first);
    if (before < 0) break;
    first = before;
  }
  return nodes[first - 1];
}
