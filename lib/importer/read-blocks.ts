import type { Html, RootContent } from "mdast";
import type { ParseContext } from "./context";
import type { DocumentShape } from "./document-shape";
import { recogniseActionLabels } from "./recognise/action-labels";
import { recogniseBareBoxes } from "./recognise/bare-boxes";
import { isHugeBlock } from "./recognise/block-size";
import { recogniseBoldRecord } from "./recognise/bold-records";
import { recogniseDefinitionEntry } from "./recognise/definition-lists";
import { readDetails } from "./recognise/details-groups";
import { recogniseEntryNote } from "./recognise/entry-notes";
import { recogniseFieldBlock } from "./recognise/field-line-paragraphs";
import { attachFiles, fileParagraph } from "./recognise/file-lists";
import { recognisePriorityMarkLines } from "./recognise/priority-mark-lines";
import { recogniseTickRows } from "./recognise/tick-rows";
import { recogniseGlyphLines } from "./recognise/glyph-lines";
import { recogniseGrepHits } from "./recognise/grep-hits";
import { recogniseIssueListCopy } from "./recognise/issue-list-copy";
import { recogniseKeyedLines } from "./recognise/keyed-lines";
import { recogniseNumberedParagraph } from "./recognise/numbered-paragraphs";
import { recogniseOutlineLines } from "./recognise/outline-lines";
import { recognisePlainRows } from "./recognise/plain-rows";
import { recogniseStateGroupedRows } from "./recognise/state-grouped-rows";
import { recogniseStateLine } from "./recognise/state-sections";
import { recogniseTable } from "./recognise/tables";
import { recogniseTextBoard } from "./recognise/text-boards";
import { recogniseMarkerLines } from "./recognise/todo-files";
import { recogniseTodoTxt } from "./recognise/todo-txt";
import { recogniseToggleItem } from "./recognise/toggle-items";
import { recogniseGitLog } from "./recognise/git-log";
import { recogniseCodeTodos } from "./recognise/code-todos";
import { recogniseOrdinalAsks } from "./recognise/ordinal-asks";
import { recogniseAnnouncedParagraphs } from "./recognise/announced-paragraphs";

// The blocks that are neither headings nor lists: HTML blocks, paragraphs of typed lines, code
// blocks and tables. Each reader below tries the block in turn; the first that reads it wins.

/** Reads the block at `i`; returns the index of the last node read (a reader may take a run of blocks). */
export function readBlock(nodes: RootContent[], i: number, doc: DocumentShape, ctx: ParseContext): number {
  const node = nodes[i]!;
  // "<details><summary>🔴 <b>Task</b></summary> notes </details>": a toggle that is one card (recognise/toggle-items.ts).
  const toggleEnd = node.type === "html" ? recogniseToggleItem(nodes, i, ctx) : -1;
  if (toggleEnd >= 0) return toggleEnd;
  if (node.type === "html" && readDetails(node as Html, doc.holdTasks, ctx, doc.levelScale.get(node as Html))) return i;
  // "We agreed on four pieces of work." over four paragraphs led by a bold sentence each (recognise/announced-paragraphs.ts).
  const announcedEnd = node.type === "paragraph" ? recogniseAnnouncedParagraphs(nodes, i, ctx) : -1;
  if (announcedEnd >= 0) return announcedEnd;
  // Typed lines are read in a paragraph of at most MAX_BLOCK_LINES lines (recognise/block-size.ts).
  if (node.type === "paragraph" && !isHugeBlock(node)) {
    const read =
      recogniseBareBoxes(node, ctx) ||
      recogniseOutlineLines(node, ctx) ||
      recogniseGlyphLines(node, nodes[i - 1], ctx) ||
      // "✓ Rotate the CI keys   Amir Haddad   Jan 6": a list view copied as text (recognise/tick-rows.ts).
      recogniseTickRows(node, ctx) ||
      // "🔥 fix the hydration mismatch" lines under "legend: 🔥 urgent · ⬆️ high" (recognise/priority-mark-lines.ts).
      recognisePriorityMarkLines(node, ctx) ||
      recogniseBoldRecord(node, ctx) ||
      recogniseNumberedParagraph(node, doc.numberedRuns, ctx) ||
      recogniseFieldBlock(node, doc.fieldBlocks, ctx) ||
      // "**What's next.** … First, … Second, … And finally, …": asks numbered in prose (recognise/ordinal-asks.ts).
      recogniseOrdinalAsks(node, ctx);
    if (read) return i;
  }
  // "Upgrade the driver\n: Priority: high. Status: done.": a definition-list term with fields (recognise/definition-lists.ts).
  if (node.type === "paragraph" && recogniseDefinitionEntry(node, ctx)) return i;
  if (node.type === "paragraph" && !isHugeBlock(node)) {
    const read = recogniseStateLine(node, ctx) || recogniseMarkerLines(node, ctx) || recogniseIssueListCopy(node, ctx) || recogniseKeyedLines(node, ctx) || recogniseActionLabels(node, ctx);
    if (read) return i;
    // "In Progress" over aligned rows, group after group: a tracker's grouped view pasted (recognise/state-grouped-rows.ts).
    const groupedEnd = recogniseStateGroupedRows(nodes, i, ctx);
    if (groupedEnd >= 0) return groupedEnd;
  }
  // "TO DO | DOING | DONE" over a rule and "* card" rows: a board drawn in plain text (recognise/text-boards.ts).
  if (node.type === "code" && !isHugeBlock(node) && recogniseTextBoard(node, ctx)) return i;
  // "c81d0b4 TODO: retry queue loses items": a branch's log with its unfinished commits marked (recognise/git-log.ts).
  if (node.type === "code" && !isHugeBlock(node) && recogniseGitLog(node, ctx)) return i;
  // "Remaining TODOs from the Dockerfile:" over the file: its marked comments are the tasks (recognise/code-todos.ts).
  if (node.type === "code" && !isHugeBlock(node) && recogniseCodeTodos(nodes, i, ctx)) return i;
  if (node.type === "paragraph" || node.type === "code") {
    // "src/a.ts:12:// TODO: …" lines: a search for to-do comments pasted, one task a hit (recognise/grep-hits.ts).
    if (!isHugeBlock(node) && recogniseGrepHits(node, ctx)) return i;
    // A todo.txt file pasted raw or fenced: one task a line (recognise/todo-txt.ts).
    // Rows pasted without table syntax (tabs, CSV, aligned columns) are a table (recognise/plain-rows.ts).
    if ((!isHugeBlock(node) && recogniseTodoTxt(node, ctx)) || recognisePlainRows(node, ctx)) return i;
  }
  // "Files: src/a.ts, src/b.ts" after a list: the files of its entries.
  if (node.type === "paragraph" && ctx.lastListItems?.length) {
    const paths = fileParagraph(node);
    if (paths) attachFiles(ctx, paths);
    // "Note: item 5 accepted as a risk." after a numbered list: that entry's state (recognise/entry-notes.ts).
    else if (!isHugeBlock(node)) recogniseEntryNote(node, ctx);
  }
  // A table under "Order states" / "Legend" says what states mean; it holds no work.
  if (node.type === "table" && ctx.stack.at(-1)?.kind !== "legend") recogniseTable(node, ctx);
  return i;
}
