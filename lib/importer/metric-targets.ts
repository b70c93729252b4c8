import { normalizeTitle } from "./clean";
import type { ParsedMetric } from "./types";
import type { MetricDirection } from "@/lib/domain/items";

// How a metric target found in a plan becomes a metric: its key and its direction. Shared by the
// commit (which creates the metric) and the rule proposals (which must see the same metric first).

/** A metric key from its name: "Test Coverage (Backend)" → "test_coverage_backend". */
export function metricKey(name: string): string {
  const key = normalizeTitle(name).replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "").slice(0, 60);
  return /^[a-z]/.test(key) ? key : `m_${key}`.slice(0, 64);
}

/** "< 50", "≤ 2 s" and "zero vulnerabilities" (= 0) are goals to stay under; anything else to reach. */
export function metricDirection(m: Pick<ParsedMetric, "comparator" | "target">): MetricDirection {
  const lower = m.comparator === "<" || m.comparator === "<=" || (m.comparator === "=" && m.target === 0);
  return lower ? "lower_is_better" : "higher_is_better";
}
