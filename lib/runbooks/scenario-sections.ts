// The sections a runbook scenario is written in, and how a section's name is read as one of them.
// Shared by the template (which writes them), drill steps (which check off Diagnosis and
// Resolution) and drafts (which leave out what the template already covers).

/** The sections every scenario is expected to have, in template order. */
export const SCENARIO_SECTIONS = ["Symptoms", "Diagnosis", "Resolution", "Escalation"] as const;

export type ScenarioSection = (typeof SCENARIO_SECTIONS)[number];

// A section's kind is read from its first word, which covers "Diagnosis steps",
// "Resolution procedures", "Fix", "Mitigation", "Escalation path" and the like.
const SECTION_KIND_BY_FIRST_WORD: Record<string, ScenarioSection> = {
  symptoms: "Symptoms",
  diagnosis: "Diagnosis",
  resolution: "Resolution",
  fix: "Resolution",
  mitigation: "Resolution",
  escalation: "Escalation",
};

export function sectionKind(name: string): ScenarioSection | undefined {
  const firstWord = /^\p{L}+/u.exec(name.trim().toLowerCase())?.[0] ?? "";
  return SECTION_KIND_BY_FIRST_WORD[firstWord];
}
