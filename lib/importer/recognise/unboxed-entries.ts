import type { ListItem } from "mdast";
import { nearestKind, type ParseContext } from "../context";
import { plainText } from "../markdown";

// "**Initiatives**  - Rebuild the empty state  - [x] Instrument the funnel  - Lifecycle e-mails":
// a list under a work heading where only some entries got a box (ticked when done, or boxed as
// people started to track them). A careful reader takes the entries without a box as open work
// too: the heading says the list is work, the box only adds a state. An entry that introduces
// something (ends with a colon, or holds a nested list) is a group or a note, not one of them.

export function isUnboxedWork(item: ListItem, ctx: ParseContext): boolean {
  if (nearestKind(ctx) !== "tasks") return false;
  const first = item.children[0];
  if (first?.type !== "paragraph" || item.children.some((c) => c.type === "list")) return false;
  const text = plainText(first).trim();
  return text.length > 0 && !/[:：]$/u.test(text);
}
