// "Top-of-rack switches — firmware must be 4.32 before go-live", "Netzteile — müssen redundant
// sein": a spaced dash then a clause that states what the thing must be is the requirement the task
// is about, not a remark; a careful reader keeps it in the title (recognise/dash-asks.ts keeps the
// clauses that ask for the work the same way).

/** Modal verbs of obligation ("must", "has to", "needs to") in the languages plans are written in. */
const MODAL =
  /(?<![\p{L}])(?:must|has to|have to|needs to|need to|shall|muss|müssen|soll|sollen|doit|doivent|debe|deben|tiene que|deve|devono|moet|moeten|ska|skall|måste|skal|må|musi|muszą|должен|должна|должно|должны|mutlaka|pitää|täytyy|musí|phải|harus|必须|必須|需要|しなければ|해야)(?![\p{L}])/iu;
/** A deadline or a state is a remark, not the requirement: "— must be done by Friday". */
const REMARK = /(?<![\p{L}])(?:done|finished|ready|complete|approved|signed off|fertig|erledigt|fait|terminé|hecho|listo|fatto|klaar|klar|færdig|ferdig)(?![\p{L}])/iu;
const MAX_WORDS = 12;

/** Whether the clause after the dash states a requirement within its first three words. */
export function statesRequirement(clause: string): boolean {
  const t = clause.replace(/[*_`]/g, "").trim();
  const words = t.split(/\s+/);
  if (words.length > MAX_WORDS || REMARK.test(t)) return false;
  return MODAL.test(words.slice(0, 3).join(" "));
}
