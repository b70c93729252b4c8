// A budget table: a list of things with what each costs ("| Item | Estimate |" with "£85", "€ 240",
// "1.200 zł", "USD 90"). It says how the money is spent, it asks for no work — the work that buys
// them is written elsewhere as tasks. A careful reader skips it; the item-table reader would read the
// cost column as an effort estimate and every line as an item.
//
// The rule: every cell outside the title column, in every row, is an amount of money (a currency
// symbol or code beside a number) or empty, and at least one is filled in each row's table.

/** "£85", "€ 1.200,50", "240 €", "1,200 USD", "zł 300", "¥12,000", "R$ 90": a number with a currency. */
const MONEY =
  /^(?:(?:[£€$¥₹₩₽₺₴₫]|R\$|US\$|CHF|USD|EUR|GBP|PLN|zł|kr|Kč)\s?[~≈]?\s?\d[\d.,\s]*(?:k|K|m|M)?|[~≈]?\d[\d.,\s]*(?:k|K|m|M)?\s?(?:[£€$¥₹₩₽₺₴₫]|CHF|USD|EUR|GBP|PLN|zł|kr|Kč|руб\.?|грн|đ|円|元|원))$/u;

/** True when a table's rows are things with only their cost beside them. */
export function isBudgetTable(rows: readonly (readonly string[])[], titleColumn: number): boolean {
  let amounts = 0;
  for (const row of rows) {
    for (let c = 0; c < row.length; c++) {
      if (c === titleColumn) continue;
      const cell = row[c]!.trim();
      if (!cell || /^[—–-]$/.test(cell)) continue;
      if (!MONEY.test(cell)) return false;
      amounts++;
    }
  }
  return amounts >= rows.length && rows.length > 0;
}
