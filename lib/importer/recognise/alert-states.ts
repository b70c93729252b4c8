// "| PaymentAPI 5xx > 1% | Firing | 14 |", "| Redis memory > 85% | Pending |", "| Cert expiry | Normal |":
// the alert rules of Grafana, Prometheus/Alertmanager or Datadog copied with their current state. A
// rule's state says whether its condition holds right now (firing, pending, normal, OK, no data), not
// whether anyone has done anything: the table is a snapshot of the monitoring, and the work it calls
// for is written elsewhere (the actions under it). A careful reader does not take its rows as items.
// A column is such a state column when every filled cell is an alerting state and one at least is a
// word only alerting uses (Firing, Pending, Alerting, NoData, Triggered), so "Normal" or "OK" alone,
// which a tracker may use, do not make it one.

const ALERT_ONLY = /^(?:firing|pending|alerting|no ?data|triggered|warn(?:ing)?|alert)$/i;
const ALERT_STATE = /^(?:firing|pending|alerting|no ?data|triggered|warn(?:ing)?|alert|normal|ok|inactive|resolved|error|paused|silenced|muted|recovered)$/i;

/** Whether a status column's cells are alert-rule states (see above). */
export function isAlertStateColumn(cells: readonly string[]): boolean {
  const filled = cells.map((c) => c.replace(/[^\p{L}\s]/gu, "").trim()).filter(Boolean);
  return filled.length >= 2 && filled.every((c) => ALERT_STATE.test(c)) && filled.some((c) => ALERT_ONLY.test(c));
}
