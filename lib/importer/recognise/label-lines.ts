import type { RootContent } from "mdast";
import { parseMarkdown } from "../markdown";

// "**Section: Identity**" then "4. Logo concepts round 2" on the next line: in Markdown a numbered
// list that does not start at 1 cannot interrupt a paragraph, so the label and its whole list parse
// as one paragraph of lines. Trackers' exports (Asana, ClickUp) write exactly this: a bold group
// label over a list continuing the numbering. A careful reader still sees a label over a list, so the
// paragraph is split back into the label and the list, each keeping its place in the document.

const LABEL = /^\s*\*\*[^*\n]{1,60}\*\*:?\s*$/;
const LIST_LINE = /^\s*(?:\d{1,4}[.)]|[-*+])\s+\S/;

/** The document's nodes with every "bold label + list lines" paragraph split into the label and the list. */
export function splitLabelledLists(nodes: RootContent[], text: string): RootContent[] {
  return nodes.flatMap((node) => {
    if (node.type !== "paragraph" || !node.position) return [node];
    const start = node.position.start.offset!;
    const end = node.position.end.offset!;
    const lines = text.slice(start, end).split("\n");
    if (lines.length < 2 || !LABEL.test(lines[0]!) || !lines.slice(1).every((l) => LIST_LINE.test(l))) return [node];
    const listStart = start + lines[0]!.length + 1;
    // Blank out everything before the list (newlines kept) so lines and offsets stay the document's.
    const padded = text.slice(0, listStart).replace(/[^\n]/g, " ") + text.slice(listStart, end);
    const list = parseMarkdown(padded).children.find((n) => n.type === "list");
    if (!list) return [node];
    const label = parseMarkdown(text.slice(0, start).replace(/[^\n]/g, " ") + lines[0]).children.find((n) => n.type === "paragraph");
    return label ? [label, list] : [node];
  });
}
