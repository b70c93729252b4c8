import type { Paragraph, PhrasingContent, TableCell } from "mdast";
import { readEntry, type Entry } from "./entry";

// A table cell that names a piece of work is written like a list entry ("Replace the firewall
// (waiting for hardware)", "~~Drop IE11~~", "✅ Fonts self-hosted"): it is read as one, so its
// remark, struck-through opening or status mark is not title text. Several entries in one cell are
// written one per line with <br>.

const BREAK = /^<br\s*\/?>$/i;

export function cellEntries(cell: TableCell, people?: ReadonlySet<string>): Entry[] {
  const runs: PhrasingContent[][] = [[]];
  for (const child of cell.children) {
    if (child.type === "html" && BREAK.test(child.value.trim())) runs.push([]);
    else runs.at(-1)!.push(child);
  }
  return runs
    .map((children) => readEntry({ type: "paragraph", children } satisfies Paragraph, { people }))
    .filter((entry) => entry.title.trim() !== "");
}
