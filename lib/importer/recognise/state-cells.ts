// A state cell that goes on with a remark after a dash ("Partially fixed — still colour only",
// "Won't fix — accepted by client"): its state is the part before the dash, so a column of such
// cells is as much a status column as one of bare states.

/** A dash set off by spaces, or a colon or semicolon, ends the state and opens its remark. */
const BREAK = /\s[—–-]\s|[:：;]\s/u;

/** The words of a cell before its remark: "Fixed — retested 4 Dec" → "Fixed". */
export function stateLead(cell: string): string {
  const t = cell.trim();
  const at = t.search(BREAK);
  return at > 0 ? t.slice(0, at).trim() : t;
}
