import type { RootContent } from "mdast";
import { plainText } from "./markdown";

// A document that yields no items says why, naming the shape it saw, so the user can adjust the
// document instead of importing nothing silently (issue 18).

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function noItemsMessage(nodes: RootContent[], headingsSeen: string[]): string {
  const lists = nodes.filter((n) => n.type === "list");
  const codes = nodes.filter((n) => n.type === "code");
  const codeBlocks = codes.length;
  const alignedRows = codes.filter((n) => n.type === "code" && holdsAlignedRows(n.value)).length;
  const numbered = lists.filter((l) => l.type === "list" && l.ordered).length;
  const parts = [
    count(nodes.filter((n) => n.type === "paragraph").length, "paragraph"),
    lists.length - numbered ? count(lists.length - numbered, "bulleted list") : "",
    numbered ? count(numbered, "numbered list") : "",
    nodes.some((n) => n.type === "table") ? count(nodes.filter((n) => n.type === "table").length, "table") : "",
    // A report pasted in a fence (a tracker's rows, a CLI's output) is code to the reader: say it was seen.
    codeBlocks ? `${count(codeBlocks, "code block")}${alignedRows ? ", of which " + count(alignedRows, "holds", "hold") + " rows in aligned columns, read as code" : ""}` : "",
  ].filter(Boolean);
  const headings = headingsSeen.length ? `headings looked like ${headingsSeen.slice(0, 12).join("; ")}` : "the document has no headings";
  return (
    `Read as prose; no tasks found — ${headings} (${parts.join(", ")}). ` +
    leafHeadingNote(nodes) +
    `Lists are read as tasks when they have checkboxes or sit under a heading such as "Tasks", "Backlog", "Next steps", "Must have" or a priority.`
  );
}

/** Three lines at least set out in columns (two gaps of two spaces or a tab): a report's rows pasted as code. */
const GAP = / {2,}|\t/g;
function holdsAlignedRows(code: string): boolean {
  let rows = 0;
  for (const line of code.slice(0, 20_000).split("\n")) if ((line.trim().match(GAP)?.length ?? 0) >= 2 && ++rows >= 3) return true;
  return false;
}

/**
 * Headings with prose under them and nothing deeper look like records ("## Totals off by a cent" +
 * a paragraph): say how many and under which headings, since those headings decide whether they are work.
 */
function leafHeadingNote(nodes: RootContent[]): string {
  const parents = new Set<string>();
  let leaves = 0;
  // One pass, keeping the open headings as a stack (a 5 MB document may have thousands).
  const open: { depth: number; text: string; leaf: boolean }[] = [];
  const close = (depth: number) => {
    while (open.length && open.at(-1)!.depth >= depth) {
      const h = open.pop()!;
      if (!h.leaf) continue;
      leaves++;
      if (open.length) parents.add(open.at(-1)!.text);
    }
  };
  nodes.forEach((node, i) => {
    if (node.type !== "heading") return;
    // A heading with a deeper one under it is not a leaf.
    if (open.length && open.at(-1)!.depth < node.depth) open.at(-1)!.leaf = false;
    close(node.depth);
    open.push({ depth: node.depth, text: plainText(node), leaf: nodes[i + 1]?.type === "paragraph" });
  });
  close(0);
  if (leaves < 2 || parents.size === 0) return "";
  return `${count(leaves, "heading")} with prose and nothing deeper sit under ${[...parents].slice(0, 6).map((p) => `"${p}"`).join(", ")}: they are read as items when that heading names work (a backlog, issues, a priority or a status). `;
}
