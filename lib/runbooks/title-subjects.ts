// A runbook's title says what it is for: "Guardia: entrega de turno y escalado" (on-call: shift
// handover and escalation), "Escalation and hand-off for the payments on-call". A heading whose
// words the title names is the work the runbook exists to drill, so it is a scenario even when its
// words elsewhere name reading matter ("Escalation", layouts.ts) or the duty's own routine
// ("Entrega de turno", shift-routines.ts). A heading numbered as a stage of the procedure ("Phase 3
// — Checks and handover", stage-refs.ts) is likewise a part of the work, whatever words follow.

/** Words of a name, lower case. */
const wordsOf = (text: string): string[] => text.toLowerCase().match(/\p{L}+/gu) ?? [];
// Articles a heading may open with: the word after them says what it is about.
const ARTICLE = new Set(["the", "a", "an", "el", "la", "los", "las", "le", "les", "l", "der", "die", "das", "den", "il", "lo", "gli", "o", "os", "as", "de", "het", "een"]);

/** Whether the runbook's title names the heading's subject: the heading's first word (after an article) is a word of the title. */
export function titleNames(title: string, heading: string): boolean {
  const first = wordsOf(heading).find((w) => !ARTICLE.has(w));
  return !!first && first.length > 2 && wordsOf(title).includes(first);
}
