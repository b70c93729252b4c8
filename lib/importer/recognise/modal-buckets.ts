// A release checklist sorts its work under a modal clause instead of a MoSCoW word: "Muss vor dem
// Release erledigt sein", "Sollte vor dem Release erledigt sein", "Kann warten"; in English "Must be
// done before launch", "Should be fixed this sprint", "Can wait". German requirement lists rank by
// the same modals (Muss-, Soll-, Kann-Kriterien), so a heading opened by one is that level whatever
// the clause says after it (README: Must P0, Should P1, Could P2).
//
// German puts the verb last, so the modal alone opens the clause; English needs "be" and a
// participle after it ("Should we migrate?" and "Must-read links" are not buckets). A question is
// never a bucket. "Can wait" / "peut attendre" / "puede esperar" is the Could bucket in any clause.
// (A Danish list "Skal være klar før go-live" / "Kan vente …" is left as a named group: its one
// training reader kept it as a category without a rank.)

import type { HorizonLabel } from "./horizon-words";

const GERMAN = /^[^\p{L}]{0,8}(muss|müssen|sollte|sollten|soll|kann|können)\s+\p{L}/iu;
const ENGLISH = /^[^\p{L}]{0,8}(must|should|could)\s+be\s+(?:done|fixed|finished|completed|ready|resolved|addressed|shipped|merged|in place)\b/iu;
const CAN_WAIT = /^[^\p{L}]{0,8}(?:can|could) wait\b|^[^\p{L}]{0,8}(?:peut|peuvent) attendre\b|^[^\p{L}]{0,8}(?:puede|pueden) esperar\b|^[^\p{L}]{0,8}(?:può|possono) aspettare\b|^[^\p{L}]{0,8}(?:pode|podem) esperar\b/iu;

const LEVEL: Record<string, HorizonLabel> = {
  muss: "Immediate", müssen: "Immediate", must: "Immediate",
  sollte: "Short term", sollten: "Short term", soll: "Short term", should: "Short term",
  kann: "Medium term", können: "Medium term", could: "Medium term",
};

/** The MoSCoW level of a heading opened by a modal clause, or null. */
export function modalBucket(heading: string): HorizonLabel | null {
  const text = heading.trim();
  if (text.length > 120 || /[?？]\s*$/u.test(text)) return null;
  if (CAN_WAIT.test(text)) return "Medium term";
  const m = text.match(GERMAN) ?? text.match(ENGLISH);
  return m ? LEVEL[m[1]!.toLowerCase()]! : null;
}
