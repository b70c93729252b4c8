import type { FoundItem } from "../context";
import type { PriorityMap } from "../priority";
import type { Priority } from "../types";
import { scaleLines } from "./scale-lines";

// Severity codes: "S1 undo deletes the paragraph", "resize handle too thin — S4", "Sev2: login slow".
// Bug bashes and incident lists rank entries with a letter and a number, and say what the numbers
// mean once, on a line naming the scale ("Severity S1 (data loss) … S4 (cosmetic)", "Sev: SEV1 =
// outage, SEV3 = minor"). Where the document defines such a scale, a careful reader takes the code
// opening or closing an entry as its priority, the scale's first number being the most urgent
// (S1 → P0, S2 → P1 …; a scale from S0 maps S0 → P0), and drops the code from the title. A code
// the document never defines ("S3 bucket", "S2 model") is left alone.

/** "S1", "Sev2", "SEV-3", "sev 1": a severity code, case-insensitive. */
const CODE_SOURCE = "(s|sev)[-\\s]?([0-9])";
const CODE = new RegExp(`(?<![\\p{L}\\p{N}])${CODE_SOURCE}(?![\\p{L}\\p{N}])`, "giu");
/** The code opening an entry ("S1 …", "Sev2: …") or closing it ("… — S4", "… (S3)"). */
const LEADING = new RegExp(`^${CODE_SOURCE}\\s*[:\\-–—]?\\s+(?=\\S)`, "iu");
const TRAILING = new RegExp(`(?:\\s+[—–-]\\s*|\\s*[([])${CODE_SOURCE}[)\\]]?\\s*$`, "iu");

const prefixOf = (p: string) => p.toLowerCase();

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

/**
 * Reads the defined severity codes off the items' titles: each such item gets the code as its
 * priority label (unless it already has one) and loses it from its title. Returns the document's
 * mapping of those labels to P0–P3, for the dry run to show and the lead to adjust.
 */
export function applySeverityCodes(items: FoundItem[], text: string): PriorityMap {
  const map: PriorityMap = {};
  if (!/(?<![\p{L}\p{N}])(?:s|sev)[-\s]?[0-9](?![\p{L}\p{N}])/iu.test(text)) return map;
  const scales = severityScales(text);
  if (scales.size === 0) return map;
  for (const item of items) {
    const m = item.title.match(LEADING) ?? item.title.match(TRAILING);
    if (!m) continue;
    const min = scales.get(prefixOf(m[1]!));
    if (min === undefined) continue;
    const label = `${m[1]!.toUpperCase()}${m[2]}`;
    const title = (m.index === 0 ? item.title.slice(m[0].length) : item.title.slice(0, m.index)).trim();
    if (!title) continue;
    item.title = title;
    item.priorityLabel ??= label;
    map[label] = priorityAt(Number(m[2]) - min);
  }
  return map;
}
