// "If none of this frees at least 30 GB, drain the agent and recreate it" closing a runbook's cases
// is what to do when every case above has failed: a way out of the whole runbook, like an
// escalation paragraph, not one more step of the case it happens to follow (drill-steps.ts reads
// a conditional after a list as a step only when it follows from those steps). Read from the
// condition's opening words: "none of …", "nothing (above) …", in the languages the importer reads.

const NONE_WORKED = new RegExp(
  [
    // English: "If none of this/these/the above …", "If nothing (above/here) helps …", "If neither works …"
    String.raw`^(?:if|when)\s+(?:none\b|nothing\b|neither\b)`,
    // German: "Wenn nichts davon hilft", "Falls keiner der Schritte …", "Hilft nichts davon, …"
    String.raw`^(?:wenn|falls)\s+(?:nichts\b|keine[rsm]?\b)`,
    // French: "Si rien de cela …", "Si aucune de ces étapes …"
    String.raw`^si\s+(?:rien\b|aucune?\b)`,
    // Spanish, Italian, Portuguese: "Si nada de esto …", "Si ninguno …", "Se niente …", "Se nada …"
    String.raw`^(?:si|se)\s+(?:nada\b|ninguna?o?\b|niente\b|nessun[oa]?\b|nenhum[a]?\b)`,
  ].join("|"),
  "iu",
);

/** Whether a closing conditional is about the case that every step above has failed ("If none of this works, …"). */
export const followsNoneWorked = (text: string): boolean => NONE_WORKED.test(text.trim());
