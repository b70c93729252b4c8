import type { Table } from "mdast";
import { parseStatus } from "../clean";
import { plainText } from "../markdown";
import { tableColumns } from "./table-columns";

// A spreadsheet copied and pasted into a fence ("```" around it so the columns survive): its cells are
// set apart by tabs, which no command's output uses, and its first row names the columns ("Task", "Status",
// "Priority" in the sheet's language). A reader sees the sheet as a table of work even though no column
// holds issue keys — the row number of the sheet ("Nr", "#") is only its line — when the header names the
// rows' title and their status or priority.

/** True when a fenced block read as `table` is a pasted sheet: tab-separated rows under a header naming a title and a state or priority. */
export function isSheetPaste(source: string, table: Table): boolean {
  const rows = table.children.map((row) => row.children.map((cell) => plainText(cell)));
  const [header, ...body] = rows;
  if (!header || body.length === 0 || header.every((cell) => cell.trim() === "")) return false;
  // Every row of the sheet (header and body) came with tabs.
  const tabbed = source.split("\n").filter((line) => line.includes("\t")).length;
  if (tabbed < rows.length) return false;
  const columns = tableColumns(header, body, (cell) => parseStatus(cell) !== null);
  return columns.title >= 0 && (columns.status >= 0 || columns.priority >= 0 || columns.done >= 0);
}
