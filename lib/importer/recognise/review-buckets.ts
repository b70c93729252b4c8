// A code review's summary sorts its findings into "Blockers (fix before merge)" and "Suggestions": both are work asked for.
// (A review's "Nits" are read as work by sections.ts; "Praise" / "What went well" stay notes.) A sprint's bare
// "Blockers" section says why items wait, so a blockers heading counts only when it names what it blocks (a merge, a release).

/** Bucket words of a review, in the languages the importer reads: the heading opens with one ("Blockers (fix before merge)"). */
const BUCKETS = new RegExp(
  "^[^\\p{L}\\p{N}]*(?:" +
    [
      "merge blockers?", "release blockers?", "launch blockers?", "must[- ]fix(?:es)?", "should[- ]fix(?:es)?", "suggestions", "suggested changes", "requested changes", // en
      "sugestões", "sugestoes", "sugerencias", "cambios solicitados", "alterações solicitadas", // pt, es
      "suggestions d'amélioration", // fr
      "verbesserungsvorschläge", "änderungswünsche", // de
      "suggerimenti", // it
      "suggesties", // nl
      "sugestie", // pl
      "замечания ревью", // ru
    ].join("|") +
    ")(?![\\p{L}\\p{N}])",
  "iu",
);

/** "Blockers", "Bloqueadores", "Блокеры": the word alone says only that something waits. */
const BLOCKERS = /^[^\p{L}\p{N}]*(?:blockers?|bloqueadores|bloqueantes|bloquants|points bloquants|blocker|bloccanti|blokkers|blockerare|blokkere|blokery|блокеры|блокери)(?![\p{L}\p{N}])/iu;
/** What a blocker list may block, said in the heading: then its entries must be fixed before it. */
const BLOCKED_EVENT = /(?:^|[^\p{L}])(?:merge|mergen|PR|MR|pull request|release|launch|go-live|deploy|lançamento|lanzamiento|lancement|rilascio|livegang|релиз|релізу?|мерж|слияни\p{L}*|wdrożeni\p{L}*|publicação|publicación)(?![\p{L}])/iu;

/** Whether a heading names a review's blockers or suggestions (the heading must open with the bucket word). */
export function namesReviewBucket(raw: string): boolean {
  if (raw.length > 80) return false;
  return BUCKETS.test(raw) || (BLOCKERS.test(raw) && BLOCKED_EVENT.test(raw));
}
