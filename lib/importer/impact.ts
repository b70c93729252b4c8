import { parseSeverity } from "./clean";
import type { Severity } from "./types";

// Impact (1–5) is what places an item on the matrix's impact × effort board. Plans rarely state it,
// but many state a severity: the importer proposes the impact a severity implies (the lead sees it
// in the dry run and can change it in the app afterwards). An impact the document states wins.

/** The impact a severity proposes: Critical 5, High 4, Medium 3, Low 2. */
export const IMPACT_OF_SEVERITY: Record<Severity, number> = { critical: 5, high: 4, medium: 3, low: 2 };

/** A stated impact: "4", "4/5", "4 of 5", "High" → 1–5; null when it says neither. */
export function parseImpact(text: string): number | null {
  const n = text.match(/^\s*([1-5])(?:\s*(?:\/|of|out of)\s*5)?\b(?![.,]\d)/i);
  if (n) return Number(n[1]);
  const level = parseSeverity(text);
  return level ? IMPACT_OF_SEVERITY[level] : null;
}

export type ImpactSource = "document" | "severity";

/** The impact an import sets: the stated one, else the one the severity proposes. */
export function importedImpact(stated: number | null, severity: Severity | null): { impact: number | null; impactFrom: ImpactSource | null } {
  if (stated !== null) return { impact: stated, impactFrom: "document" };
  if (severity) return { impact: IMPACT_OF_SEVERITY[severity], impactFrom: "severity" };
  return { impact: null, impactFrom: null };
}
