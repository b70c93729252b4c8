import type { Table } from "mdast";
import { addItem, categoryOf, sectionPriority, type ParseContext } from "../context";
import { isTitleField } from "../field-names";
import { lineOf, plainText } from "../markdown";
import { PERIOD } from "./table-columns";

// A rota: | Chore | Week 1 | Week 2 | Week 3 | with "Clean the bathroom | Ola | Ingrid | Sami" — the
// chores down the side, the weeks (or days) across, and in each cell whose turn it is. The same few
// people come round again in every row. A careful reader takes each chore once as an item (a thing
// people are asked to do); the names are who does it when, not work, and the weeks no time boxes of
// different work. A roadmap grid (| Team | Q1 | Q2 |) has work in its cells and lanes down the side;
// this reader wants the first column headed as the tasks and the cells only names that recur.

/** "Chore", "Task", "Duty", or a title column named in another language ("Oppgave", "Aufgabe"). */
const TASK_HEADER = /^(?:tasks?|chores?|duty|duties|jobs?|rota|what)$/i;
/** The days of the week as columns, beside the periods of a status matrix ("Week 1", "Uke 2"). */
const DAY = /^(?:mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?$|^(?:mo|di|mi|do|fr|sa|so|ma|ti|on|to|fr|lø|sø|må|tis|ons|tors|fre|lör|sön)\.?$/i;
/** A person's name in a cell: one or two capitalised words, or initials. */
const NAME = /^\p{Lu}[\p{L}'’.-]{0,20}(?:\s\p{Lu}[\p{L}'’.-]{0,20})?$/u;

/** Whether the table is a rota (see above): a task column, two periods or days at least, names that recur. */
export function isRotaTable(headers: readonly string[], rows: readonly (readonly string[])[]): boolean {
  const head = (headers[0] ?? "").replace(/[*_`]/g, "").trim();
  if (headers.length < 3 || rows.length < 2 || !(TASK_HEADER.test(head) || isTitleField(head))) return false;
  const periods = headers.slice(1).map((h) => h.replace(/[*_`]/g, "").trim());
  if (!periods.every((h) => PERIOD.test(h) || DAY.test(h))) return false;
  const names = rows.flatMap((r) => r.slice(1).map((c) => c.trim()).filter(Boolean));
  if (names.length < rows.length || !names.every((n) => NAME.test(n))) return false;
  // The same people come round: fewer distinct names than filled cells, each in two rows at least.
  const rowsOf = new Map<string, Set<number>>();
  rows.forEach((r, i) => r.slice(1).forEach((c) => c.trim() && rowsOf.set(c.trim(), (rowsOf.get(c.trim()) ?? new Set()).add(i))));
  return rowsOf.size < names.length && [...rowsOf.values()].every((s) => s.size >= 2);
}

/** A rota's chores, one item a row (see above). */
export function recogniseRotaTable(table: Table, headers: string[], ctx: ParseContext): boolean {
  const rows = table.children.slice(1).map((row) => row.children.map((c) => plainText(c)));
  if (!isRotaTable(headers, rows)) return false;
  ctx.shapes.add("rota-table");
  table.children.slice(1).forEach((row, r) => {
    const title = (rows[r]![0] ?? "").trim();
    if (!title) return;
    const turns = headers.slice(1).map((h, c) => `${h}: ${(rows[r]![c + 1] ?? "").trim()}`).filter((t) => !/:\s*$/.test(t));
    addItem(ctx, { origin: "table", title, description: turns.join(", "), category: categoryOf(ctx), priorityLabel: sectionPriority(ctx), status: "not_started", line: lineOf(row) });
  });
  return true;
}
