import type { Heading, Nodes, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import { parseMarkdownFast } from "@/lib/markdown/markdown-fast";
import { tooDeepAt } from "@/lib/markdown/depth";
import { collapse } from "./text";

// A runbook's structure always comes from the CommonMark + GFM syntax tree, never from line
// regexes, so "## not a heading" inside a code fence cannot split a scenario. Every Markdown slice
// handed back is cut from the original source by node offsets (startOf/endOf), so the author's
// formatting survives untouched.

/**
 * The CommonMark + GFM tree of a body, built in linear time (remark's list handling is quadratic).
 * A body nested deeper than the renderer shows as Markdown (stored before the limit existed) has
 * no structure: the page shows it as plain text.
 */
export const parse = (markdown: string): Root => {
  // Saved bodies have LF line ends; a CR (an old draft) becomes a same-length LF so offsets still
  // index the caller's string (parseMarkdownFast would hand CR text to remark).
  const text = markdown.includes("\r") ? markdown.replace(/\r\n/g, " \n").replace(/\r/g, "\n") : markdown;
  return tooDeepAt(text) === null ? parseMarkdownFast(text) : { type: "root", children: [] };
};

export const isHeading = (node: Nodes): node is Heading => node.type === "heading";

// remark-parse positions every node it builds; the fallbacks only satisfy the optional type.
export const startOf = (node: Nodes): number => node.position?.start.offset ?? 0;
export const endOf = (node: Nodes): number => node.position?.end.offset ?? 0;

/** The nodes and all their descendants, in document (pre-)order. */
export function descendants(nodes: readonly Nodes[], out: Nodes[] = []): Nodes[] {
  for (const node of nodes) {
    out.push(node);
    if ("children" in node) descendants(node.children, out);
  }
  return out;
}

export const headingText = (heading: Heading): string => collapse(toString(heading));
