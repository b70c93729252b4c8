import type { FoundItem } from "../context";
import type { PriorityMap } from "../priority";
import type { Priority } from "../types";
import { scaleLines } from "./scale-lines";

// Severity codes: "S1 undo deletes the paragraph", "resize handle too thin — S4", "Sev2: login slow",
// "Crash on save (SEV-1)". Bug bashes and incident lists rank entries with a letter and a number.
// A careful reader takes the code opening or closing an entry as its priority and drops it from the
// title when the document makes the codes its convention, in one of two ways:
// - it defines the scale on a line naming it ("Severity S1 (data loss) … S4 (cosmetic)", "Sev: SEV1 =
//   outage, SEV3 = minor"): the scale's first number is the most urgent (S1 → P0; from S0, S0 → P0);
// - its entries use them: two or more entries carry a code of one kind (S or Sev), at two levels at
//   least. Incident scales put the worst at 1 (or 0 where a document uses 0): S1 → P0 unless S0 occurs.
// "S3" is also a storage service, so a code neither defined nor used that way ("S3 bucket policy",
// "Sev2 runbook update" alone) is left in the title.

/** "S1", "Sev2", "SEV-3", "sev 1": a severity code, case-insensitive. */
const CODE_SOURCE = "(s|sev)[-\\s]?([0-9])";
const CODE = new RegExp(`(?<![\\p{L}\\p{N}])${CODE_SOURCE}(?![\\p{L}\\p{N}])`, "giu");
/** The code opening an entry ("S1 …", "Sev2: …") or closing it ("… — S4", "… (S3)"). */
const LEADING = new RegExp(`^${CODE_SOURCE}\\s*[:\\-–—]?\\s+(?=\\S)`, "iu");
const TRAILING = new RegExp(`(?:\\s+[—–-]\\s*|\\s*[([（])${CODE_SOURCE}[)\\]）]?\\s*$`, "iu");
/** The code alone, or first of dash-separated parts, in a description: "**Title** — Sev1 — owner: Jorge". */
const DESCRIPTION_LEAD = new RegExp(`^${CODE_SOURCE}(?:\\s*[—–-]\\s+|\\s*$)`, "iu");

const prefixOf = (p: string) => p.toLowerCase();
/** A priority label that is only a code ("S1", "Sev2", "SEV-3"). */
const LABEL_CODE = new RegExp(`^${CODE_SOURCE}$`, "iu");

/** The scales a document defines: per code prefix ("s", "sev"), its first (most urgent) number. */
export function severityScales(text: string): Map<string, number> {
  const scales = new Map<string, number>();
  for (const line of scaleLines(text)) {
    const byPrefix = new Map<string, Set<number>>();
    for (const m of line.matchAll(CODE)) {
      const numbers = byPrefix.get(prefixOf(m[1]!)) ?? new Set<number>();
      numbers.add(Number(m[2]));
      byPrefix.set(prefixOf(m[1]!), numbers);
    }
    // A scale names two levels at least ("S1 … S4"); one code alone is a mention.
    for (const [prefix, numbers] of byPrefix) if (numbers.size >= 2) scales.set(prefix, Math.min(scales.get(prefix) ?? 9, ...numbers));
  }
  return scales;
}

const priorityAt = (rank: number): Priority => (["P0", "P1", "P2", "P3"] as const)[Math.max(0, Math.min(3, rank))]!;

/** A title's severity code where it opens or closes the title: the code's kind, level and the title without it. */
export function severityCode(title: string): { prefix: string; label: string; level: number; title: string } | null {
  const m = title.match(LEADING) ?? title.match(TRAILING);
  if (!m) return null;
  const rest = (m.index === 0 ? title.slice(m[0].length) : title.slice(0, m.index)).trim();
  if (!rest) return null;
  return { prefix: prefixOf(m[1]!), label: `${m[1]!.toUpperCase()}${m[2]}`, level: Number(m[2]), title: rest };
}

/**
 * "## Sev 1", "### SEV-2 (page the on-call)": a heading that is only a Sev code groups its entries at
 * that level, the way "## P1" does. Not a bare "S1" ("## S3" is the storage service's section).
 */
const SEV_HEADING = /^[^\p{L}\p{N}]*(sev)[-\s]?([0-9])(?:\s*[(（][^()（）]{0,60}[)）])?[^\p{L}\p{N}]*$/iu;

export function severityHeading(text: string): string | null {
  const m = text.trim().match(SEV_HEADING);
  return m ? `SEV${m[2]}` : null;
}

/** A description that opens with a code, as a bold title's dash parts do: the code and the rest. */
function descriptionCode(description: string): { prefix: string; label: string; level: number; rest: string } | null {
  const m = description.match(DESCRIPTION_LEAD);
  return m ? { prefix: prefixOf(m[1]!), label: `${m[1]!.toUpperCase()}${m[2]}`, level: Number(m[2]), rest: description.slice(m[0].length).trim() } : null;
}

/**
 * The scales the entries make their convention (no line defines them): a kind of code two or more
 * entries carry at two levels or more makes every code in the document count, the worst at 1 (0 if
 * some entry uses 0).
 */
function usedScales(codes: { prefix: string; level: number }[]): Map<string, number> {
  const levels = new Map<string, number[]>();
  for (const { prefix, level } of codes) levels.set(prefix, [...(levels.get(prefix) ?? []), level]);
  const used = [...levels.values()].some((seen) => seen.length >= 2 && new Set(seen).size >= 2);
  if (!used) return new Map();
  const base = Math.min(1, ...codes.map((c) => c.level));
  return new Map([...levels.keys()].map((prefix) => [prefix, base]));
}

/**
 * Reads the severity codes the document makes its convention off the items' titles: each such item
 * gets the code as its priority label (unless it already has one) and loses it from its title.
 * Returns the document's mapping of those labels to P0–P3, for the dry run to show and the lead to adjust.
 */
export function applySeverityCodes(items: FoundItem[], text: string): PriorityMap {
  const map: PriorityMap = {};
  if (!/(?<![\p{L}\p{N}])(?:s|sev)[-\s]?[0-9](?![\p{L}\p{N}])/iu.test(text)) return map;
  const coded = items.flatMap((item) => {
    const code = severityCode(item.title);
    return code ? [{ item, code }] : [];
  });
  // "**Límite de concurrencia** — Sev1 — responsable: Jorge": the bold title's first dash part.
  const described = items.flatMap((item) => {
    const code = item.priorityLabel === null && !severityCode(item.title) ? descriptionCode(item.description) : null;
    return code ? [{ item, code }] : [];
  });
  // "| Crash on save | S1 |" under Severity, "… [sev2]": a code the entry's own priority slot holds is
  // a level of the same scale, with no doubt about "S3" the storage service.
  const labelled = items.flatMap((item) => {
    const m = item.priorityLabel?.trim().match(LABEL_CODE);
    return m ? [{ item, code: { prefix: prefixOf(m[1]!), level: Number(m[2]) } }] : [];
  });
  if (coded.length === 0 && described.length === 0 && labelled.length === 0) return map;
  const defined = severityScales(text);
  const scales = defined.size ? defined : usedScales([...coded, ...described, ...labelled].map(({ code }) => code));
  for (const { item, code } of labelled) {
    const min = scales.get(code.prefix);
    if (min !== undefined) map[item.priorityLabel!] = priorityAt(code.level - min);
  }
  for (const { item, code } of coded) {
    const min = scales.get(code.prefix);
    if (min === undefined) continue;
    item.title = code.title;
    item.priorityLabel ??= code.label;
    map[code.label] = priorityAt(code.level - min);
  }
  for (const { item, code } of described) {
    const min = scales.get(code.prefix);
    if (min === undefined) continue;
    item.description = code.rest;
    item.priorityLabel = code.label;
    map[code.label] = priorityAt(code.level - min);
  }
  return map;
}
