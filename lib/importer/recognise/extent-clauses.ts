// "Boss fight — phases 1 and 2", "Steam achievements — at least the 5 for biome 1", "Übersetzungen —
// mindestens DE und FR": a clause after the dash that says how much of the work is meant (a bound, or
// which numbered parts). It is part of what to do, not a remark about it, so the title keeps it.

/** A bound opening the clause, per language. */
const BOUND =
  /^(?:at least|at most|up to|no more than|only|mindestens|höchstens|bis zu|nur|au moins|au plus|jusqu'à|al menos|como mínimo|hasta|almeno|fino a|pelo menos|no mínimo|minstens|ten minste|minst|högst|co najmniej|najwyżej|не менее|минимум|как минимум|щонайменше)\s/iu;
/** "phases 1 and 2", "levels 1–3", "parts 2, 3": a word naming the parts, then their numbers. */
const PARTS = /^\p{L}+\s+\d{1,3}(?:\s*(?:,|and|&|und|et|y|e|en|och|i|и|[-–])\s*\d{1,3})+$/iu;

/** Whether a dash clause says how much of the work is meant (it stays in the title). */
export function statesExtent(clause: string): boolean {
  // A remark in parentheses may close the clause ("phases 1 and 2 (phase 3 cut)").
  const t = clause.replace(/[*_\u0001\u0002]/g, "").replace(/\s*[(（][^()（）]*[)）]\s*$/u, "").trim();
  return BOUND.test(t) || PARTS.test(t);
}
