import type { ItemStatus } from "../types";

// A compliance or audit checklist as a table: each row is a requirement, one column answers it
// yes / no / partly ("Kunnossa: Kyllä / Ei / Osittain", "Compliant? Yes / No / Partial"), and the
// rows that fall short have what to do in another column. A row answered the way that leaves that
// column empty ("—") is a control already in place: good news, not work. A partly met requirement
// is under way; one not met is still to do.

type Answer = "yes" | "no" | "partly";

/** Yes / no / partly in the languages plans are written in. */
const ANSWERS: Record<Answer, string[]> = {
  yes: ["yes", "y", "da", "ja", "oui", "sí", "si", "sì", "sim", "kyllä", "joo", "ano", "áno", "tak", "да", "так", "evet", "igen", "jah", "はい", "是", "예", "네", "כן", "نعم", "ναι", "có", "ya", "हाँ"],
  no: ["no", "n", "nein", "non", "não", "nee", "nej", "nei", "ei", "ne", "nie", "нет", "ні", "hayır", "nem", "いいえ", "否", "아니오", "לא", "لا", "όχι", "không", "tidak", "नहीं"],
  partly: ["partly", "partial", "partially", "in part", "djelomično", "delimično", "delno", "deloma", "djelimično", "teilweise", "partiellement", "en partie", "parcialmente", "en parte", "parzialmente", "in parte", "gedeeltelijk", "deels", "delvis", "osittain", "částečně", "čiastočne", "częściowo", "частично", "частково", "kısmen", "részben", "一部", "部分", "일부", "חלקית", "جزئيا", "جزئياً", "εν μέρει", "một phần", "sebagian", "आंशिक"],
};
const LOOKUP = new Map<string, Answer>(Object.entries(ANSWERS).flatMap(([a, words]) => words.map((w) => [w, a as Answer] as const)));
export const answerOf = (cell: string): Answer | undefined => LOOKUP.get(cell.trim().replace(/[.!]$/, "").toLowerCase());
const blank = (cell: string | undefined) => /^[\s—–\-/.]*$/.test(cell ?? "");

export interface ChecklistReading {
  /** Rows that need nothing done (a control in place). */
  met: Set<number>;
  /** The state an answer gives a row that needs work: partly → in progress, no → not started. */
  status: Map<number, ItemStatus>;
}

/**
 * The answer column of a checklist table and what it says of each row; null when no column is
 * mostly yes/no answers, or no other column is empty exactly on the rows of one answer.
 */
export function checklistAnswers(rows: string[][], title: number, taken: number[]): ChecklistReading | null {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  for (let c = 0; c < width; c++) {
    // A Done or Status column says done, not met: its rows stay items (tables.ts reads them).
    if (c === title || taken.includes(c)) continue;
    const answers = rows.map((r) => answerOf(r[c] ?? ""));
    const filled = rows.filter((r) => !blank(r[c]));
    if (filled.length < 3 || answers.filter(Boolean).length < filled.length * 0.8) continue;
    if (!answers.includes("yes") || !answers.some((a) => a === "no" || a === "partly")) continue;
    // "Yes" means nothing to do only where another column is empty on every yes row and filled on every other row.
    const saysWhatToDo = Array.from({ length: width }, (_, d) => d).some(
      (d) => d !== c && d !== title && rows.every((r, k) => (answers[k] === "yes" ? blank(r[d]) : !blank(r[d]))),
    );
    if (!saysWhatToDo) return null;
    const met = new Set<number>();
    const status = new Map<number, ItemStatus>();
    answers.forEach((a, k) => {
      if (a === "yes") met.add(k);
      else if (a === "partly") status.set(k, "in_progress");
      else if (a === "no") status.set(k, "not_started");
    });
    return { met, status };
  }
  return null;
}
