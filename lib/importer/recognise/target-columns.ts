// A targets table whose name column is headed in words the metric header list does not know
// ("| Ukuran | Sasaran | Keputusan |", "| Мера | Циљ | Резултат |"): the target column is known by
// its header, and its cells are bounds ("≤ 4 jam", "≥ 85%", "< 400 ms", "100%"). A careful reader
// sees a table of targets from those bounds alone, whatever the first column is called: its rows
// are measures, not work. A target column of dates or words ("Q3", "2024-05-01", "Sam") is a
// plan's, and the table stays a task table.

const BOUND = /[<>≤≥≦≧=]|\d\s*%|\bat (?:least|most)\b/u;
const blank = (c: string) => !c.trim() || /^[-–—]$/.test(c.trim());

/**
 * The name column of such a table: the first column before the target whose cells are words; -1
 * when the target column does not hold bounds in four rows of five, two rows at least.
 */
export function unnamedMetricColumn(headers: string[], rows: string[][], target: number): number {
  const cells = rows.map((r) => r[target] ?? "").filter((c) => !blank(c));
  if (cells.length < 2 || cells.filter((c) => BOUND.test(c)).length < cells.length * 0.8) return -1;
  for (let c = 0; c < Math.min(target, headers.length); c++) {
    const names = rows.map((r) => r[c] ?? "").filter((x) => !blank(x));
    if (names.length === cells.length && names.every((x) => /\p{L}/u.test(x))) return c;
  }
  return -1;
}
