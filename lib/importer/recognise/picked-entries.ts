import type { Code, List, ListItem, Paragraph } from "mdast";
import type { FoundItem, ParseContext } from "../context";
import { lineOf } from "../markdown";
import { recognisePlainList } from "./lists";

// Several recognisers pick the work out of a block that is no list (a code block's marked comments, a
// log's marked commits, a paragraph's ordinal sentences) or out of a list only some of whose entries
// are work (flagged lines, triage verdicts). What they pick is then read exactly as the entries of a
// plain list under a heading of work are, so its titles are cleaned, its states and priorities read,
// the same way as anywhere else. This is that one reading.

/** One picked line of text as a list entry at `line` (a paragraph of `rest` after it, if given). */
export function lineEntry(title: string, line: number, rest = ""): ListItem {
  const at = { line, column: 1 };
  const children: ListItem["children"] = [{ type: "paragraph", children: [{ type: "text", value: title }], position: { start: at, end: at } }];
  if (rest) children.push({ type: "paragraph", children: [{ type: "text", value: rest }], position: { start: at, end: at } });
  return { type: "listItem", spread: false, children, position: { start: at, end: at } };
}

/**
 * Reads the entries picked out of `from` as a plain list under a section of work (the section adds no
 * category, priority or state of its own); returns the items it found, for the caller to finish.
 */
export function readPickedEntries(entries: ListItem[], from: List | Code | Paragraph, ctx: ParseContext): FoundItem[] {
  const list: List = from.type === "list" ? { ...from, children: entries } : { type: "list", ordered: false, spread: false, children: entries, position: from.position };
  const line = lineOf(from);
  const before = ctx.items.length;
  ctx.stack.push({ depth: 99, segments: [], priorityLabel: null, status: null, kind: "tasks", raw: "", line });
  recognisePlainList(list, ctx);
  ctx.stack.pop();
  return ctx.items.slice(before);
}
