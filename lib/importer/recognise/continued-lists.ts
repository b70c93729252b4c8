// "TODO for Saturday:" over "1. … 5.", a few lines of talk, then "Also:" over "6. … 7.": a numbered list
// that carries on the numbering of an earlier list in the same section is that list continued (a chat,
// a mail or minutes add to a list later), so it is read under the earlier list's label. The label
// line right above the continuation, when it is one, still wins (the caller asks this last).

import type { List, RootContent } from "mdast";

/** How far back the earlier list may stand, in blocks: a few messages or paragraphs, not a document. */
const MAX_LOOKBACK = 40;

/** The block that labels the earlier list this one continues, or undefined when it continues none. */
export function continuedListLead(nodes: readonly RootContent[], i: number): RootContent | undefined {
  const list = nodes[i];
  if (list?.type !== "list" || !list.ordered || (list.start ?? 1) <= 1) return undefined;
  for (let j = i - 1; j >= 0 && j >= i - MAX_LOOKBACK; j--) {
    const node = nodes[j]!;
    if (node.type === "heading") return undefined;
    if (node.type !== "list") continue;
    const earlier = node as List;
    if (!earlier.ordered || (earlier.start ?? 1) + earlier.children.length !== list.start) return undefined;
    // The earlier list may itself continue one: its label is the first list's.
    return continuedListLead(nodes, j) ?? nodes[j - 1];
  }
  return undefined;
}
