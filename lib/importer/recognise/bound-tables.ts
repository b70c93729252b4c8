// A targets table need not call its name column "Metric": "| Kriterij | Cilj | Stanje |", "| Ukuran |
// Sasaran | Keputusan |", "| Criterion | Threshold | Actual |". When a column's header names a target
// (in more languages than metrics.ts lists) and its cells are bounds — "≥ 90 %", "< 2,5 s", "≤ 4 jam",
// "0", "100%" — each row is a target named by its first cell. The cells decide: a "Target" column of
// dates ("15 Mar", "Q3") or of words ("Beta") is a deadline or a milestone, and its table stays whatever
// else it is (an item table).

/** Header words for a target column beyond metrics.ts's TARGET_HEADER: the Slavic, Baltic, Nordic and other words. */
const MORE_TARGET_HEADERS =
  /^(?:cilj|циљ|ціль|мета|tikslas|mērķis|siht|sihtväärtus|cieľ|célérték|målverdi|målværdi|målvärde|tavoitearvo|teiken|doelwaarde|sollwert|soll|alvo|valor objetivo|valor alvo|required|requirement|expected|pass criteria|criterion|criteria|kriterij|kriterium|hranica|prag|praag|eşik|ngưỡng|lengo|เป้าหมาย|लक्ष्य|目標値|目标值|목표치|기준|基準|基准|标准|閾値|阈值)(?![\p{L}\p{N}])/iu;

/** Whether a header (lower case) names a target column in one of the extra languages. */
export function isMoreTargetHeader(header: string): boolean {
  return MORE_TARGET_HEADERS.test(header.replace(/[*_`]/g, "").trim());
}

/** A cell that is a bound: an optional comparison, a figure, and at most a short unit ("≤ 15 minit", "99.9 %"). */
const BOUND_CELL = /^(?:[<>≤≥]=?|=<|=>|=)?\s*[~≈]?\s*\d{1,9}(?:[.,  ]\d{1,3}){0,4}\s*(?:%|[\p{L}/]{1,8})?$/u;
const SAYS_BOUND = /[<>≤≥%]|^0$/u;

/** Whether the cells of a column are bounds, at least one saying so by a comparison, a percentage or a zero. */
export function isBoundColumn(cells: readonly string[]): boolean {
  const filled = cells.map((c) => c.replace(/[*_`]/g, "").trim()).filter(Boolean);
  return filled.length > 0 && filled.every((c) => BOUND_CELL.test(c)) && filled.some((c) => SAYS_BOUND.test(c));
}
