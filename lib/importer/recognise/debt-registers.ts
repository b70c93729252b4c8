import { isRemedyHeader } from "./remedy-columns";

// A tech-debt register: "| Debt | Proposed fix |", "| Technical debt | Remediation | Owner |". Each
// row names a known shortcoming and the column beside it says what to do about it, so the rows are
// work to schedule even with no status or priority column — unlike a glossary or inventory whose
// title column names things ("Package", "Component") and whose other columns only describe them.

/** A title header naming debt (lower-cased, unmarked): "Debt", "Debt item", "Tech debt", "Dette technique". */
const DEBT =
  /^(?:debts?|debt items?|tech(?:nical)?[ -]debts?|technische schulden?|schuld|dette(?: technique)?|deuda(?: técnica)?|debito tecnico|debito|technische schuld|d[íi]vida(?: técnica)?|dług(?: techniczny)?|технический долг|техдолг|teknik borç|技術的負債|技术债(?:务)?|기술 부채)$/u;

/** Whether the table's title column (header `titleHeader`) names debt and another column says the fix. */
export function isDebtRegister(headers: string[], title: number): boolean {
  const plain = headers.map((h) => h.toLowerCase().replace(/[*_`]/g, "").replace(/[?:]+$/, "").trim());
  if (title < 0 || !DEBT.test(plain[title] ?? "")) return false;
  return plain.some((h, c) => c !== title && isRemedyHeader(h));
}

/** A header that names debt, for the title column's header list. */
export const namesDebt = (header: string): boolean => DEBT.test(header.trim());
