import type { ItemStatus } from "../types";

// "- ✅ PodDisruptionBudget configured / - ❌ Restore tested / - N/A Feature flags for risky paths":
// a review checklist marks each entry met, not met or not applicable, and writes the last as the
// letters "N/A" where the others have a mark. In that place the letters are the entry's state (it
// does not apply to this plan: wont_do, as status-vocabulary.ts reads "not applicable"), not the
// first words of its title. Only the abbreviation with its slash or dots ("N/A", "n/a", "N.A."),
// followed by a space or a colon and then the entry: a bare "NA" is too often a name (a region, sodium).

const NOT_APPLICABLE = /^(?:n\/a|n\.\s?a\.)(?:\s*[:：–—-])?\s+(?=[\p{L}\p{N}`*_"“(])/iu;

/** The state and the rest of the entry when it opens with "N/A"; null otherwise. */
export function leadingNotApplicable(text: string): { status: ItemStatus; rest: string } | null {
  const m = NOT_APPLICABLE.exec(text);
  return m ? { status: "wont_do", rest: text.slice(m[0].length) } : null;
}
