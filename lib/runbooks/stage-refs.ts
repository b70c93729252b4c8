// "If anything in Phase 2 fails for more than 30 minutes, put the cable back": written under the
// last phase of a procedure, a fallback that names another numbered stage is about that stage, or
// about the whole procedure; it is no step of the section it happens to close (drill-steps.ts reads
// a conditional after a section's list as one more step only when it follows from those steps).

const STAGE_REF = /(?:^|[^\p{L}])(?:phase|stage|part|step|schritt|stufe|teil|étape|etape|fase|paso|etapa)\s+(\d+)(?![\p{L}\p{N}])/giu;
const OWN_STAGE = /^[^\p{L}\p{N}]*(?:phase|stage|part|schritt|stufe|teil|étape|etape|fase|paso|etapa)\s+(\d+)(?![\p{L}\p{N}])/iu;

/** Whether the text names a numbered stage (phase, part …) other than the one the section heading numbers. */
export function namesAnotherStage(text: string, sectionName: string): boolean {
  const own = sectionName.match(OWN_STAGE)?.[1];
  if (own === undefined) return false;
  for (const m of text.matchAll(STAGE_REF)) if (m[1] !== own && !/^step$/i.test(m[0].trim().split(/\s+/)[0]!.replace(/[^\p{L}]/gu, ""))) return true;
  return false;
}

/** Whether a heading numbers a stage of the procedure ("Phase 3 — Checks and handover", "Teil 2: Umzug"). */
export const numbersAStage = (name: string): boolean => OWN_STAGE.test(name);
