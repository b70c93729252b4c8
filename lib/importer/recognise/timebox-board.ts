import type { PhrasingContent, Table } from "mdast";
import { categoryOf, type ParseContext, addItem } from "../context";
import { lineOf, plainText } from "../markdown";
import { stateOnly } from "../status-words";
import { readEntry } from "./entry";
import { PERIOD } from "./table-columns";

// A roadmap drawn as a grid: rows are teams (or areas, products), columns are time boxes
// (| Team | Q1 | Q2 | Q3 | Q4 |, | Area | Jan | Feb | Mar |, | Squad | Sprint 1 | Sprint 2 |), and
// every filled cell names the work planned for that lane in that period ("A<br>B" holds two).
// A careful reader reads each cell entry as an item: the lane is where it is filed, the period is
// when, and neither is a priority. A status matrix (| Issue | v1.8 | v1.9 |) has the same headers
// but its cells are states; this reader leaves those to the item-table reader.

/** Half-years and years as columns ("H1", "H2 2027", "2027"), beside the periods the table reader knows. */
const MORE_PERIODS = /^(?:h[12](?:\s+\d{2,4})?|(?:19|20)\d{2})$/i;
const isPeriod = (header: string) => {
  const h = header.replace(/[*_`]/g, "").trim();
  return PERIOD.test(h) || MORE_PERIODS.test(h);
};

/** Several entries in one cell are written one per line ("A<br>B"). */
const BREAK = /^<br\s*\/?>$/i;
function runsOf(children: PhrasingContent[]): PhrasingContent[][] {
  const runs: PhrasingContent[][] = [[]];
  for (const child of children) {
    if (child.type === "html" && BREAK.test(child.value.trim())) runs.push([]);
    else runs.at(-1)!.push(child);
  }
  return runs.filter((run) => plainText({ type: "paragraph", children: run }).trim() !== "");
}

/** A header row of a lane column then at least two time boxes, and nothing else. */
export function isTimeboxGrid(headers: string[]): boolean {
  return headers.length >= 3 && !isPeriod(headers[0]!) && headers.slice(1).every(isPeriod);
}

export function recogniseTimeboxBoard(table: Table, headers: string[], ctx: ParseContext): boolean {
  if (!isTimeboxGrid(headers)) return false;
  const rows = table.children.slice(1);
  const entries = rows.flatMap((row) => row.children.slice(1).flatMap((cell) => runsOf(cell.children)));
  const texts = entries.map((run) => plainText({ type: "paragraph", children: run }).replace(/[^\p{L}\p{N}\s'/-]/gu, " ").trim());
  // Work is written in words; cells that are only states ("done", "✅") or numbers are a status or count matrix.
  const named = texts.filter((t) => /\p{L}{2,}/u.test(t) && stateOnly(t) === null);
  if (entries.length === 0 || named.length * 2 <= entries.length) return false;
  ctx.shapes.add("board-table");
  for (const row of rows) {
    const lane = plainText(row.children[0] ?? { type: "tableCell", children: [] }).trim();
    for (const cell of row.children.slice(1)) {
      for (const run of runsOf(cell.children)) {
        const entry = readEntry({ type: "paragraph", children: run }, { people: ctx.people, legend: ctx.legend, priorityMarks: ctx.priorityMarks });
        if (!entry.title.trim() || stateOnly(entry.title) !== null) continue;
        const status = entry.status ?? "not_started";
        addItem(ctx, {
          origin: "table",
          key: entry.key,
          title: entry.title,
          description: entry.description,
          category: lane ? [...categoryOf(ctx), lane] : categoryOf(ctx),
          // A quarter or a month says when, not how urgent (README: a quarter gives no priority).
          priorityLabel: entry.priorityLabel,
          status,
          effortHours: entry.effortHours ?? null,
          line: lineOf(row),
        });
      }
    }
  }
  return true;
}
