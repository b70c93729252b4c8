// "Alert runbook: KubeNodeDiskPressure", "DR procedure: Orders failover", "Alarm-Verfahren: USV":
// the runbook kind word qualified by a word that is itself a kind of document the app files as a
// runbook (an alert page, a disaster-recovery plan). The whole compound is then a label a reader
// drops, as "Runbook:" or "Alert:" is; the name is what follows. A qualifier that says what the
// runbook is about ("Incident playbook: …", "Helpdesk runbook - …") stays part of the title, and so
// does a sentence ("Writing a runbook: tips") or a kind that is not a runbook ("Restore drill: …").

const DISASTER_RECOVERY = String.raw`dr|disaster[ -]recovery|bcp|business[ -]continuity|drp|pra|notfallwiederherstellung|recuperación ante desastres|recuperação de desastres|ripristino di emergenza`;
const RUNBOOK_KIND = String.raw`run[ -]?book|play[ -]?book|procedure|sop|procédure|procedimiento|procedimento|procedura|verfahren|prozedur`;

/** The pattern for a leading "<qualifier> runbook:" label, the qualifier one of `alertWords` or a disaster-recovery name. */
export function qualifiedKindPattern(alertWords: string): RegExp {
  return new RegExp(String.raw`^(?:${alertWords}|${DISASTER_RECOVERY})(?:\s+|-)(?:${RUNBOOK_KIND})\s*(?::|：|\s[–—-])\s*`, "iu");
}
