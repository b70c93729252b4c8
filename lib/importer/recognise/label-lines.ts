import type { RootContent } from "mdast";
import type { Node } from "unist";
import { parseMarkdown } from "../markdown";
import { isMailLabelOverList } from "./mail-groups";

// "**Section: Identity**" then "4. Logo concepts round 2" on the next line: in Markdown a numbered
// list that does not start at 1 cannot interrupt a paragraph, so the label and its whole list parse
// as one paragraph of lines. Trackers' exports (Asana, ClickUp) write exactly this: a bold group
// label over a list continuing the numbering. A careful reader still sees a label over a list, so the
// paragraph is split back into the label and the list, each keeping its place in the document.

// The label may carry a short parenthesis of when ("**Phase 2 — migrate** (Sprint 46–48)").
const LABEL = /^\s*\*\*[^*\n]{1,60}\*\*:?(?:\s*\([^()\n]{1,40}\))?:?\s*$/;
const LIST_LINE = /^\s*(?:\d{1,4}[.)]|[-*+])\s+\S/;

/** The document's nodes with every "bold label + list lines" paragraph split into the label and the list. */
export function splitLabelledLists(nodes: RootContent[], text: string): RootContent[] {
  return nodes.flatMap((node) => {
    if (node.type !== "paragraph" || !node.position) return [node];
    const start = node.position.start.offset!;
    const end = node.position.end.offset!;
    const lines = text.slice(start, end).split("\n");
    // A mail's plain "Team B:" line over its numbered points is such a label too (recognise/mail-groups.ts).
    if (!isMailLabelOverList(lines, text) && (lines.length < 2 || !LABEL.test(lines[0]!) || !lines.slice(1).every((l) => LIST_LINE.test(l)))) return [node];
    const firstLine = node.position.start.line;
    // A top-level paragraph's first line starts at most three spaces before it; the list at the next line's start.
    const lineStart = text.lastIndexOf("\n", start - 1) + 1;
    const listStart = start + lines[0]!.length + 1;
    const list = parseAt(text.slice(listStart, end), listStart, firstLine).find((n) => n.type === "list");
    if (!list) return [node];
    const label = parseAt(text.slice(lineStart, start + lines[0]!.length), lineStart, firstLine - 1).find((n) => n.type === "paragraph");
    return label ? [label, list] : [node];
  });
}

/**
 * Parses a fragment that starts at the beginning of a line of the document and moves its nodes to
 * where they stand in it (offsets by `offset`, lines by `linesBefore`; columns are the document's
 * already). Parsing only the fragment keeps the split linear: re-parsing the document up to each
 * labelled list made a plan with thousands of them quadratic.
 */
export function parseAt(fragment: string, offset: number, linesBefore: number): RootContent[] {
  const children = parseMarkdown(fragment).children;
  const move = (node: Node) => {
    if (node.position) {
      const { start, end } = node.position;
      node.position = {
        start: { ...start, line: start.line + linesBefore, offset: start.offset === undefined ? undefined : start.offset + offset },
        end: { ...end, line: end.line + linesBefore, offset: end.offset === undefined ? undefined : end.offset + offset },
      };
    }
    if ("children" in node && Array.isArray(node.children)) for (const child of node.children as Node[]) move(child);
  };
  for (const child of children) move(child);
  return children;
}
