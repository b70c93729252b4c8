import type { Table } from "mdast";
import { headingStatus, parseStatus } from "../clean";
import { categoryOf, sectionPriority, warn, type ParseContext } from "../context";
import { lineOf, plainText } from "../markdown";
import type { ItemStatus } from "../types";

// A kanban board written as a table: the column headers are states (To do | Doing | Blocked | Done)
// and every filled cell is a card with its column's status. A person reads it column by column.

/** A header that is a state and nothing else: "To do", "In progress", "Blocked", "Done", "Backlog". */
function headerState(header: string): ItemStatus | null {
  const text = header.replace(/[^\p{L}\p{N}\s'/-]/gu, "").trim();
  if (!text || text.split(/\s+/).length > 3) return null;
  return headingStatus(text) ?? parseStatus(text);
}

/** Cards are written in words; a table of numbers under state headers is a count summary. */
const isCard = (cell: string) => /\p{L}{2,}/u.test(cell) && !/^[\d\s.,%]+$/.test(cell);

export function recogniseBoardTable(table: Table, headers: string[], ctx: ParseContext): boolean {
  const states = headers.map(headerState);
  const known = states.filter(Boolean).length;
  // Every header a state, or all but one on a wider board ("Backlog | Ready | Doing | Done").
  if (headers.length < 2 || known < 2 || known < headers.length - (headers.length >= 4 ? 1 : 0)) return false;
  const rows = table.children.slice(1);
  const cells = rows.map((row) => row.children.map((c) => plainText(c).trim()));
  const filled = cells.flat().filter(Boolean);
  if (filled.length === 0 || !filled.every(isCard)) return false;
  ctx.shapes.add("board-table");
  headers.forEach((header, c) => {
    const status = states[c] ?? "not_started";
    if (!states[c]) warn(ctx, lineOf(table), `board column '${header}' is not a state I know; its cards are read as not started`);
    rows.forEach((row, r) => {
      const title = cells[r]![c] ?? "";
      if (!title) return;
      ctx.items.push({ origin: "table", key: null, title, description: "", category: categoryOf(ctx), priority: null, priorityLabel: sectionPriority(ctx), status, severity: null, effortHours: null, done: status === "done", checklist: [], line: lineOf(row) });
    });
  });
  return true;
}
