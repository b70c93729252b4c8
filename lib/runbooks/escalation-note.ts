// "If the error rate is still above 2% after 20 minutes, escalate to the service owner's on-call."
// written right after an alert runbook's mitigation steps hands the incident on: it is the
// runbook's escalation, written as a paragraph instead of under an "Escalation" heading, not one
// more step a drill checks off (drill-steps.ts reads other closing conditionals as steps). Read
// from the instruction after the condition: it escalates ("escalate", "eskalieren", "escalader",
// "escalar", "escalare": one stem in the languages the importer reads) or pages someone.

// The instruction: what follows the condition's first comma or colon.
const INSTRUCTION = /[:,]\s*(.+)$/su;
const ESCALATES = /(?:^|[^\p{L}])(?:escal|eskal)\p{L}*|^(?:then\s+)?page\s+(?:the|an?|our|their|your)\s/iu;

/** Whether a closing conditional's instruction is to escalate ("If …, escalate to the on-call."). */
export function handsOnTheIncident(text: string): boolean {
  const instruction = INSTRUCTION.exec(text.trim())?.[1];
  return instruction !== undefined && ESCALATES.test(instruction.trim());
}
