import type { List, RootContent } from "mdast";
import type { ImportWarning } from "../types";

// The most entries one list may have for the importer to read it all. A plan's longest list is a few
// hundred entries, a generated export's a few thousand; a list of hundreds of thousands (a 5 MB
// upload of one-line entries, an HTML <li> dump) is not a plan anyone triages, and every reader that
// looks at a list's entries (is it a legend? do most entries carry an owner?) would pay for each of
// them on both readings — 40 s for a 5 MB flat list. Past this bound the rest of the list is left
// out, and the dry run says so, so the person importing can split the file.

export const MAX_LIST_ENTRIES = 20_000;

type Node = { type: string; children?: unknown };
const isList = (node: Node): node is List => node.type === "list";

/**
 * Cuts every list (nested ones too) to MAX_LIST_ENTRIES entries, in place; one warning per list cut,
 * at its first line. Iterative: the tree's depth is bounded before parsing, but no recursion is needed.
 */
export function boundLongLists(nodes: RootContent[]): ImportWarning[] {
  const warnings: ImportWarning[] = [];
  const pending: Node[] = [...nodes];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (isList(node) && node.children.length > MAX_LIST_ENTRIES) {
      const total = node.children.length;
      node.children.length = MAX_LIST_ENTRIES;
      warnings.push({
        line: node.position?.start.line ?? 1,
        message: `This list has ${total.toLocaleString("en")} entries; only the first ${MAX_LIST_ENTRIES.toLocaleString("en")} were read. Split the file to import the rest.`,
      });
    }
    if (Array.isArray(node.children)) for (const child of node.children as Node[]) pending.push(child);
  }
  return warnings.sort((a, b) => a.line - b.line);
}
