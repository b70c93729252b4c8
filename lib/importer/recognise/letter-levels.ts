// "Rating: H = likely exception · M = weak evidence · L = cosmetic", a column of H, M and L: risk
// registers, audits and gap assessments abbreviate High / Medium / Low (and Critical) to their
// initial. A careful reader reads a column of nothing but those initials as the rows' priority,
// whatever its header ("Rating", "RAG", "Score"). T-shirt sizes share M and L ("S / M / L / XL"),
// so the column must use H, and no other letter.

const LETTER = /^[CHML]$/;
const LEVEL: Record<string, string> = { C: "Critical", H: "High", M: "Medium", L: "Low" };
const blank = (cell: string) => /^[\s—–\-/.]*$/.test(cell);

/** Whether a column's cells are only level initials, H among them and two levels at least. */
export function isLetterLevelColumn(cells: string[]): boolean {
  const filled = cells.map((c) => c.replace(/[*_`]/g, "").trim()).filter((c) => !blank(c));
  if (filled.length < 2 || !filled.every((c) => LETTER.test(c))) return false;
  return filled.includes("H") && new Set(filled).size >= 2;
}

/** "H" → "High", "L" → "Low": a level initial's priority word; null for anything else. */
export function letterLevel(cell: string): string | null {
  return LEVEL[cell.replace(/[*_`]/g, "").trim()] ?? null;
}
