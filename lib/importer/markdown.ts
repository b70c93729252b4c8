import type { Code, Heading, Nodes, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

// The syntax tree every recogniser works on: CommonMark + GFM (tables, task lists) via remark.

const processor = unified().use(remarkParse).use(remarkGfm);

export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}

/** The node's text without Markdown syntax, whitespace collapsed. */
export function plainText(node: Nodes | Nodes[]): string {
  const text = Array.isArray(node) ? node.map((n) => toString(n)).join(" ") : toString(node);
  return text.replace(/\s+/g, " ").trim();
}

/** The node's Markdown exactly as written in the document. */
export function sourceOf(node: Nodes, text: string): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? plainText(node) : text.slice(start, end);
}

/** A code block as standalone Markdown (its source inside a list item carries the list's indentation). */
export function codeBlock(node: Code): string {
  const fence = node.value.includes("```") ? "~~~" : "```";
  return `${fence}${node.lang ?? ""}${node.meta ? ` ${node.meta}` : ""}\n${node.value}\n${fence}`;
}

/** Markdown of a run of sibling nodes, from the first one's start to the last one's end. */
export function sourceOfRange(nodes: Nodes[], text: string): string {
  const first = nodes[0]?.position?.start.offset;
  const last = nodes[nodes.length - 1]?.position?.end.offset;
  if (first === undefined || last === undefined) return nodes.map((n) => sourceOf(n, text)).join("\n\n");
  return text.slice(first, last);
}

export const lineOf = (node: Nodes): number => node.position?.start.line ?? 1;

export const isHeading = (node: Nodes): node is Heading => node.type === "heading";
