// "1. fázis: Gyors győzelmek", "2. posms: Migrācija", "3. etapp — Viimistlus", "2. Phase: Rollout":
// Hungarian, Baltic, Finnish and Central European plans number a phase with an ordinal before the
// phase word ("the 1st phase"). The ordinal and the word only order the time boxes; the name after
// the separator is the group (and may be a horizon: "3. fázis: Hosszú táv" is the long-term work).
// A heading with no name after the phase word ("2. fázis") stays as written.

const PHASE_WORDS =
  "fázis|fázisa|szakasz|ütem|lépés|posms|fāze|etaps|solis|etapp|faas|samm|etapas|fazė|žingsnis|vaihe|fáze|fáza|etapa|faza|korak|stopnja|krok|phase|fase|stufe|schritt|áfangi|aşama";
const ORDINAL_PHASE = new RegExp(`^([^\\p{L}\\p{N}]{0,8})\\d{1,2}\\.\\s{0,3}(?:${PHASE_WORDS})\\s{0,3}(?:[:：—–|·-]\\s*|\\.\\s+)(?=\\S)`, "iu");

/** The heading without an ordinal phase opening it ("🧱 1. fázis: Gyors győzelmek" → "🧱 Gyors győzelmek"). */
export function withoutOrdinalPhase(heading: string): string {
  const m = heading.match(ORDINAL_PHASE);
  return m ? m[1]! + heading.slice(m[0].length) : heading;
}
