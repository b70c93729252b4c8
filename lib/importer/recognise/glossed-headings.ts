// "## 범위 밖 (Out of scope)", "## Riscos (Risks)", "## Вопросы (Open questions)": a heading that
// gives its name twice, in the document's language and, in parentheses, in another. The parenthesis
// is not a remark on the name ("Phase 2 (done)" says the phase is finished); it is the name. When the
// name before it says nothing a reader knows and the gloss names a section that holds no work (out
// of scope, risks, questions: sections.ts NOTES), the section holds no work — the gloss "Out of
// scope" is not a "won't do" state of its items.

import { headingStatus } from "../clean";

type KindOf = (raw: string) => string | null;

const GLOSSED = /^(.+?)\s*[(（]([^()（）]{2,40})[)）]\s*$/u;

/** Whether the heading is a glossed name of a section that holds no work (see above). */
export function isGlossedNotes(raw: string, kindOf: KindOf): boolean {
  const m = raw.match(GLOSSED);
  if (!m) return false;
  const [name, gloss] = [m[1]!.trim(), m[2]!.trim()];
  // "Redis cache SKIPPED (Decision made)": a name with a state of its own is remarked on, not glossed.
  return /\p{L}/u.test(name) && kindOf(name) === null && headingStatus(name) === null && kindOf(gloss) === "notes";
}
