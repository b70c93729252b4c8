import type { Code, Heading, Nodes, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import { parseMarkdownFast } from "@/lib/markdown/markdown-fast";

// The syntax tree every recogniser works on: CommonMark + GFM (tables, task lists) as mdast.

/**
 * remark (micromark) reads about 300 KB/s here and slows down quadratically with the number of
 * lists (a 10,000-item plan took 4–18 s; 60 KB of short nested lists, 20 s), so the tree is built
 * from markdown-it's tokens instead (lib/markdown/markdown-fast.ts, linear, ~15× faster), whatever the size;
 * markdown-fast.test.ts proves both give the same tree and the same parsePlan result on every
 * seed, fixture and random plan it generates. remark (lib/markdown/remark.ts) stays the reference, and reads text with CR
 * line ends (which the importer's decoder never hands over).
 */
export function parseMarkdown(text: string): Root {
  return parseMarkdownFast(text);
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

export const lineOf = (node: Nodes): number => node.position?.start.line ?? 1;

export const isHeading = (node: Nodes): node is Heading => node.type === "heading";
