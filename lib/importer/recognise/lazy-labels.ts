import type { List, RootContent } from "mdast";
import { parseAt } from "./label-lines";

// "- KR2: 100% of filters tested monthly" then "**Initiatives**" on the very next line, then "- Survey
// 20 schools": the writer put a bold label over the next list without a blank line before it. In
// Markdown the label line is a lazy continuation of the entry above, and the list after it carries on
// the same list, so the label vanishes into the last key result and the initiatives read as more key
// results. A careful reader sees a list, a label, and a second list: the list is split back into the
// three, each keeping its place in the document. Only a bold label alone on an unindented line, as the
// last line of an entry's text, is one; an indented bold line is the entry's own continuation.

const LABEL = /^\*\*[^*\n]{1,60}\*\*:?\s*$/;

/** The document's nodes with every bold label swallowed by the list above it split out (see above). */
export function splitLazyLabels(nodes: RootContent[], text: string): RootContent[] {
  return nodes.flatMap((node) => (node.type === "list" ? splitList(node, text, 0) : [node]));
}

function splitList(list: List, text: string, depth: number): RootContent[] {
  if (!list.position || depth > 50) return [list];
  const listStart = list.position.start.offset!;
  const listEnd = list.position.end.offset!;
  // A top-level list starting its line: the fragments re-parse as they stood.
  if (list.position.start.column !== 1) return [list];
  for (const item of list.children) {
    const last = item.children[item.children.length - 1];
    if (last?.type !== "paragraph" || !last.position || last.position.start.line === last.position.end.line) continue;
    const end = last.position.end.offset!;
    const lineStart = text.lastIndexOf("\n", end - 1) + 1;
    if (lineStart <= last.position.start.offset! || !LABEL.test(text.slice(lineStart, end))) continue;
    const line = last.position.end.line;
    const before = parseAt(text.slice(listStart, lineStart - 1), listStart, list.position.start.line - 1);
    const label = parseAt(text.slice(lineStart, end), lineStart, line - 1);
    const afterStart = Math.min(end + 1, listEnd);
    const rest = afterStart < listEnd ? parseAt(text.slice(afterStart, listEnd), afterStart, line) : [];
    if (before.length !== 1 || before[0]!.type !== "list" || label.length !== 1 || label[0]!.type !== "paragraph") return [list];
    const more = rest.flatMap((n) => (n.type === "list" ? splitList(n, text, depth + 1) : [n]));
    return [...before, ...label, ...more];
  }
  return [list];
}
