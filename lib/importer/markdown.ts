import type { Code, Heading, Nodes, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

// The syntax tree every recogniser works on: CommonMark + GFM (tables, task lists) via remark.

const processor = unified().use(remarkParse).use(remarkGfm);

/**
 * micromark slows down quadratically with the number of lists in one document (10,000 records
 * took 18 s), so large documents are parsed in chunks of whole blocks and the trees joined, with
 * positions shifted back to the full text. Chunks split only before a line at column 0 that follows
 * a blank line and is not a list marker, outside fenced code and HTML comments: places where
 * CommonMark closes every open block anyway. (Link reference definitions then resolve per chunk.)
 */
export function parseMarkdown(text: string, chunkSize = 16_384): Root {
  if (text.length <= chunkSize * 2) return processor.parse(text);
  const root: Root = { type: "root", children: [], position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } };
  let line = 0;
  for (const chunk of blockChunks(text, chunkSize)) {
    const tree = processor.parse(chunk.text);
    shiftPositions(tree, line, chunk.offset);
    root.children.push(...tree.children);
    line += chunk.lines;
  }
  root.position!.end = { line, column: 1, offset: text.length };
  return root;
}

function* blockChunks(text: string, size: number): Generator<{ text: string; offset: number; lines: number }> {
  const lines = text.split("\n");
  let fence: string | null = null;
  let inComment = false;
  let start = 0;
  let startOffset = 0;
  let offset = 0;
  let chars = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const boundary = !fence && !inComment && i > start && chars >= size && lines[i - 1]!.trim() === "" && /^[^\s]/.test(l) && !/^([-*+]|\d{1,9}[.)])(\s|$)/.test(l);
    if (boundary) {
      yield { text: lines.slice(start, i).join("\n"), offset: startOffset, lines: i - start };
      start = i;
      startOffset = offset;
      chars = 0;
    }
    const f = l.match(/^ {0,3}(`{3,}|~{3,})/);
    if (fence) {
      if (f && f[1]![0] === fence[0] && f[1]!.length >= fence.length && l.trim() === f[1]) fence = null;
    } else if (f) fence = f[1]!;
    if (!fence) {
      const open = l.lastIndexOf("<!--");
      const close = l.lastIndexOf("-->");
      if (open > close) inComment = true;
      else if (close >= 0) inComment = false;
    }
    offset += l.length + 1;
    chars += l.length + 1;
  }
  yield { text: lines.slice(start).join("\n"), offset: startOffset, lines: lines.length - start };
}

function shiftPositions(node: Nodes, lines: number, offset: number) {
  if (node.position) {
    for (const point of [node.position.start, node.position.end]) {
      point.line += lines;
      if (point.offset !== undefined) point.offset += offset;
    }
  }
  if ("children" in node) for (const child of node.children) shiftPositions(child as Nodes, lines, offset);
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
