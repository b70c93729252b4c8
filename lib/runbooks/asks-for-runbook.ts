// Whether a backlog item asks for a runbook to be written (seed 002's P0-006 "Create Operational
// Runbook…", P1-010 "…Incident Response Playbook", P1-014 "…Disaster Recovery Runbook"): its title,
// action items or output files name one. The item page then offers "Create runbook" prominently.

const ASKS = /\b(run-?books?|playbooks?)\b|RUNBOOK|PLAYBOOK/i;

export function asksForRunbook(item: { title: string; texts: string[] }): boolean {
  return ASKS.test(item.title) || item.texts.some((t) => ASKS.test(t));
}
