// "Перенести секрети у OIDC + AWS Secrets Manager, 31/03", "Renew the wildcard certificate, 14.11.":
// a calendar date set off by a comma at the very end of the title is when the work is due, not what
// to do. Only a real day and month count ("1/2" may be a share, "3.11" a version): the day 1–31, the
// month 1–12, the day written with two figures or the date with its year.

const CLOSING_DATE = /,\s+((\d{1,2})[./](\d{1,2})(?:[./](\d{2}|\d{4}))?\.?)\s*$/;
const ISO_DATE = /,\s+(\d{4}-\d{2}-\d{2})\s*$/;

/** Where a closing ", 31/03" starts and the date as written, or null. */
export function commaDate(title: string): { index: number; said: string } | null {
  const tail = title.slice(-24);
  const offset = title.length - tail.length;
  const iso = tail.match(ISO_DATE);
  if (iso) return offset + iso.index! > 0 ? { index: offset + iso.index!, said: iso[1]! } : null;
  const m = tail.match(CLOSING_DATE);
  if (!m || offset + m.index! <= 0) return null;
  const [day, month] = [Number(m[2]), Number(m[3])];
  const real = day >= 1 && day <= 31 && month >= 1 && month <= 12 && (m[2]!.length === 2 || m[4] !== undefined);
  return real ? { index: offset + m.index!, said: m[1]! } : null;
}
