import type { Node } from "mdast";

// How many lines a block spans, and the most a typed-line reader reads. The readers of lines typed
// without list or table syntax — box-glyph checklists, outline numbers, state lines, marker lines,
// bold records, a tracker's list copied, rows pasted without table syntax, labelled targets —
// split a paragraph into its lines and test each one. Such a block is a few dozen lines, a few
// thousand at most (a long tracker export); a paragraph of more is a dump of text, read as one
// paragraph. Without this bound, each of them split a 5 MB paragraph of 2.6 million short lines
// (a file with lone CR line ends reads as that) on both readings, and the plan took 20 s.

/** The most lines a block read line by line may span. */
export const MAX_BLOCK_LINES = 5_000;

/** Lines a block spans in the document (0 when it has no position). */
export function linesIn(node: Node): number {
  const position = node.position;
  return position ? position.end.line - position.start.line + 1 : 0;
}

/** A block too long to be read line by line (see MAX_BLOCK_LINES). */
export const isHugeBlock = (node: Node): boolean => linesIn(node) > MAX_BLOCK_LINES;
