import type { Table } from "mdast";
import { headingStatus, parseStatus } from "../clean";
import { addItem, categoryOf, sectionPriority, type ParseContext } from "../context";
import { lineOf, plainText } from "../markdown";
import { cellEntries } from "./cell-entries";
import { findPriorityLabel, stripPriorityLabel } from "../priority";
import type { ItemStatus } from "../types";

// A board written as a table: the column headers are states (To do | Doing | Blocked | Done) or
// priorities (Now | Next | Later, Must | Should | Could), and every filled cell is a card with its
// column's status or priority. A person reads it column by column.

/** Columns that hold cards nobody has started: "Ready", "Icebox", "This week". */
const QUEUE = /^(?:ready|icebox|inbox|ideas|up next|queued?|this (?:week|sprint)|next (?:week|sprint))$/i;

interface Column {
  status: ItemStatus;
  priorityLabel: string | null;
}

/** A header that is a state or a priority and nothing else: "To do", "Blocked", "Done", "Backlog", "Next", "P1". */
function headerColumn(header: string): Column | null {
  const text = header.replace(/[^\p{L}\p{N}\s'/-]/gu, "").trim();
  // "Inactive", "Incomplete", "Undone" name the opposite of the state word inside them.
  if (!text || text.split(/\s+/).length > 3 || /^(?:in|un|non)(?:active|complete|done|finished|resolved|valid)/i.test(text)) return null;
  const status = headingStatus(text) ?? parseStatus(text) ?? (QUEUE.test(text) ? "not_started" : null);
  if (status) return { status, priorityLabel: null };
  const priorityLabel = findPriorityLabel(text, { headingOnly: true });
  return priorityLabel && !stripPriorityLabel(text) ? { status: "not_started", priorityLabel } : null;
}

/** Cards are written in words; a table of numbers under state headers is a count summary. */
const isCard = (cell: string) => /\p{L}{2,}/u.test(cell) && !/^[\d\s.,%]+$/.test(cell);
/** Several cards in one cell are written one per line ("A<br>B"). */
const cardsOf = (cell: string) => cell.split(/<br\s*\/?>/i).map((c) => c.trim()).filter(Boolean);

export function recogniseBoardTable(table: Table, headers: string[], ctx: ParseContext): boolean {
  const states = headers.map(headerColumn);
  // Every header a state; a first column that is not one names swimlanes ("Team | To do | Done").
  const lanes = states[0] === null && headers.length >= 3;
  const from = lanes ? 1 : 0;
  if (states.slice(from).some((s) => s === null) || states.length - from < 2) return false;
  const rows = table.children.slice(1);
  const cells = rows.map((row) => row.children.map((c) => plainText(c)));
  const filled = cells.flatMap((r) => r.slice(from)).flatMap(cardsOf);
  if (filled.length === 0 || !filled.every(isCard)) return false;
  ctx.shapes.add("board-table");
  for (let c = from; c < headers.length; c++) {
    const { status, priorityLabel } = states[c]!;
    rows.forEach((row, r) => {
      const lane = lanes ? (cells[r]![0] ?? "").trim() : "";
      const cell = row.children[c];
      for (const entry of cell ? cellEntries(cell, ctx.people) : []) {
        const title = entry.title;
        const category = lane ? [...categoryOf(ctx), lane] : categoryOf(ctx);
        // The column is the card's status, whatever marks the card carries.
        addItem(ctx, { origin: "table", key: entry.key, title, description: entry.description, category, priorityLabel: priorityLabel ?? entry.priorityLabel ?? sectionPriority(ctx), status, line: lineOf(row) });
      }
    });
  }
  return true;
}
