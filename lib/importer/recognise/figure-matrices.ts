// "| | November 2025 | November 2026 |" over "| Flaky tests | 140 | 9 |", "| Green runs | 68 % | 97 % |":
// figures by period, a before-and-after a report or a blog post gives. A status matrix by period
// (Issue | v1.8 | v1.9) holds marks or state words in its cells; a table whose period cells are all
// amounts measures things and asks nothing of anyone. Its rows are no work (the figures may be
// targets, which the metric reader looks for elsewhere).

/** "140", "68 %", "23 min", "1,2 s", "≈ 4.5 h", "€ 120": a figure, with at most a short unit. */
const FIGURE = /^[~≈<>≤≥±+-]?\s{0,2}(?:[€$£¥]\s?)?\d[\d\s.,']{0,15}\s{0,2}(?:%|‰|[\p{L}/]{1,5}\.?)?$/u;

/** Whether every filled cell of the period columns is a figure (two at least). */
export function periodsHoldFigures(rows: string[][], periods: number[]): boolean {
  const cells = rows.flatMap((r) => periods.map((c) => (r[c] ?? "").trim())).filter(Boolean);
  return cells.length >= 2 && cells.every((c) => FIGURE.test(c));
}
