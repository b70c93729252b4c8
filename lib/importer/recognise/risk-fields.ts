import { findPriorityLabel, stripPriorityLabel } from "../priority";

// An audit finding rated by its risk ("**Ryzyko:** wysokie", "**Risiko:** hoch", "**Risk:** High"):
// with no Priority or Severity field, the risk level is how the finding is prioritised, as a table's
// Risk column already is (recognise/tables.ts). Only a value that is nothing but a level word counts:
// "**Risk:** data loss if the disk fails" describes the risk, it does not rate it.

const RISK_LABEL = /^(?:risk|risks|risiko|risque|riesgo|rischio|risico|risco|ryzyko|riziko|risk[iı]|риск|ризик|リスク|风险|風險|위험)(?:\s+(?:level|rating|niveau|stufe|poziom|nivel|livello|nível))?$/iu;

/** The priority label a risk field gives, or null when the label names no risk or the value is no bare level. */
export function riskFieldLevel(label: string, value: string): string | null {
  if (!RISK_LABEL.test(label.trim())) return null;
  const v = value.replace(/[*_.]/g, "").trim();
  if (!v || v.split(/\s+/).length > 2 || stripPriorityLabel(v) !== "") return null;
  return findPriorityLabel(v);
}
