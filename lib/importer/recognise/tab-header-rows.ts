import type { Heading, Paragraph, RootContent } from "mdast";

// A spreadsheet pasted as text whose first column is headed "#" ("#<tab>Step<tab>Owner<tab>Done?"):
// Markdown reads a "#" then a tab as a level-1 heading, so the header row becomes a heading and the
// rows a paragraph under it. A careful reader still sees one table: a heading line holding tabs,
// directly above lines cut by tabs into as many cells, is the header row of those lines (plain-rows.ts
// reads them with it), not a heading of the document.

const cellsOf = (line: string) => line.split("\t").length;

/** The source line right before the paragraph when it is such a header row ("#\tStep\t…"), else null. */
export function tabHeaderLine(paragraph: Paragraph, text: string): string | null {
  const start = paragraph.position?.start.offset;
  if (start === undefined || start < 2 || text[start - 1] !== "\n") return null;
  const from = text.lastIndexOf("\n", start - 2) + 1;
  const line = text.slice(from, start - 1);
  if (!/^#{1,6}\t/.test(line)) return null;
  const end = text.indexOf("\n", start);
  const first = text.slice(start, end < 0 ? text.length : end);
  return first.includes("\t") && cellsOf(first) <= cellsOf(line) && cellsOf(line) >= 3 ? line : null;
}

/** Whether a heading is the header row of the tab-separated rows right below it. */
export function isTabHeaderRow(heading: Heading, next: RootContent | undefined, text: string): boolean {
  return next?.type === "paragraph" && next.position?.start.line === (heading.position?.end.line ?? -2) + 1 && tabHeaderLine(next, text) !== null;
}
