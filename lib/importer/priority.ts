import type { Priority } from "./types";

// Priority labels as plans write them, and the default mapping to P0–P3 that the import dry run
// shows and lets a lead adjust before committing.

const LABEL_PATTERNS: RegExp[] = [
  /\b(P[0-4])\b/,
  /\b(Priority\s*[0-9])\b/i,
  /\b((?:Critical|Highest|High|Medium|Normal|Low|Lowest)(?:\s+Priority)?)\b/i,
];

/** The priority label in a heading or cell ("## Priority 2: Data" → "Priority 2", "P0: Critical Blockers" → "P0"). */
export function findPriorityLabel(text: string, { headingOnly = false } = {}): string | null {
  for (const [i, pattern] of LABEL_PATTERNS.entries()) {
    const m = text.match(pattern);
    if (!m) continue;
    // In headings, a plain word like "High" is a priority only if the heading is about priority
    // ("High Priority", "Priority: High") — not "High Availability".
    if (headingOnly && i === 2 && !/priority/i.test(text) && text.trim().split(/\s+/).length > 1) continue;
    return canonicalLabel(m[1]!);
  }
  return null;
}

function canonicalLabel(label: string): string {
  const t = label.trim().replace(/\s+/g, " ");
  if (/^p\d$/i.test(t)) return t.toUpperCase();
  if (/^priority\s*\d$/i.test(t)) return `Priority ${t.slice(-1)}`;
  const word = t.replace(/\s*priority$/i, "");
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/** Removes the priority token from a heading ("P0: Critical Blockers (…)" → "Critical Blockers"). */
export function stripPriorityLabel(text: string): string {
  // A heading that is only a priority ("## Critical", "### High Priority") adds no category.
  if (/^\W*(?:critical|highest|high|medium|normal|low|lowest)(?:\s+priority)?\W*$/i.test(text)) return "";
  const stripped = text
    .replace(/^\W*(?:P[0-4]|Priority\s*[0-9])\s*[:\-–—]?\s*/i, "")
    .replace(/^\W*(?:Critical|Highest|High|Medium|Normal|Low|Lowest)\s+Priority\s*[:\-–—]?\s*/i, "");
  if (stripped === text) return text;
  // The parenthetical after a priority heading explains its deadline ("(Complete within 24 hours)").
  return stripped.replace(/\s*\([^)]*\)\s*$/, "").trim();
}

/** The mapping the dry run proposes: Priority 1..5 → P0,P1,P2,P3,P3; Critical → P0; High/Medium/Low → P1/P2/P3. */
export function defaultPriorityFor(label: string): Priority | null {
  const t = label.trim().toLowerCase();
  const p = t.match(/^p([0-4])$/);
  if (p) return (["P0", "P1", "P2", "P3", "P3"] as const)[Number(p[1])]!;
  const n = t.match(/^priority\s*([0-9])$/);
  if (n) return (["P0", "P0", "P1", "P2", "P3", "P3", "P3", "P3", "P3", "P3"] as const)[Number(n[1])]!;
  if (/^(critical|highest|blocker|urgent)$/.test(t)) return "P0";
  if (t === "high") return "P1";
  if (t === "medium" || t === "normal") return "P2";
  if (t === "low" || t === "lowest") return "P3";
  return null;
}

export type PriorityMap = Record<string, Priority | null>;

/** Default mapping for every label, overridden by the user's choices. */
export function resolvePriority(label: string | null, overrides: PriorityMap = {}): Priority | null {
  if (!label) return null;
  return Object.hasOwn(overrides, label) ? overrides[label]! : defaultPriorityFor(label);
}
