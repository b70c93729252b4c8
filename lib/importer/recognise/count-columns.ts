// A summary table ("| Requirement | Tasks | Complete |" with "| Total | 22 | 7 |") counts work; it
// is not work. Its column headed "Tasks" holds numbers, not names of things to do. A careful reader
// never reads a bare number as a title: when every row's title cell is a count, the table is a tally.

const COUNT = /^[~≈]?\s*\d+(?:[.,]\d+)?\s*%?$/u;

/** True when every title cell is a bare number or percentage (and there is at least one). */
export function isCountColumn(cells: string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter(Boolean);
  return filled.length > 0 && filled.every((c) => COUNT.test(c));
}
