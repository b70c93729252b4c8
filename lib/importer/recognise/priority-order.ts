import { defaultPriorityFor, findPriorityLabel, NO_PRIORITY_HEADING, type PriorityMap } from "../priority";
import type { Priority } from "../types";
import { PRIORITY_NOUNS } from "../vocabulary";
import { letterLevel } from "./letter-levels";
import { linesWith } from "./lines-with";

// A document's stated order of priorities: "Priority key: urgent > high > normal > low",
// "Severities: Blocker → Major → Minor → Trivial", "Prioridades: alta » media » baja". Trackers
// have their own scales (YouTrack's Show-stopper, Jira's Blocker/Major/Trivial), and the line that
// ranks them is how a reader learns what each word means. The line is a legend, not work.

const P: Priority[] = ["P0", "P1", "P2", "P3"];
/** Separators of an order, most urgent first: ">", "→", "»", "->", "=>", "≫" ("<" reads it least urgent first). */
const ARROW = /\s*(?:->|=>|>>|[>→»≫⟶➔➜])\s*/u;
/** Any separator of an order, for the cheap count before a line is read. */
const SEPARATORS = /->|=>|[<>→»≫⟶➔➜]/gu;
const MAX_ORDER_LINE = 300;
const NOUN = new RegExp(`(?<![\\p{L}])(?:${PRIORITY_NOUNS.join("|")}|priorities|severit(?:y|ies)|urgency)(?![\\p{L}])`, "iu");

/** A level word of the order: one to three words of letters ("Show-stopper", "Won't fix", "Nice to have"). */
const LEVEL = /^[\p{L}][\p{L}'’ -]{0,30}$/u;

/**
 * The levels a line ranks, most urgent first, or null when it ranks none. A line ranks levels when
 * it has three or more, each one to three words, separated by arrows or ">" — and it names a
 * priority ("Priority key: …") or two of its levels are priority words already (a line
 * "Design → Build → Ship" is a sequence of steps, not a scale).
 */
export function priorityOrderOf(line: string): string[] | null {
  const t = line.replace(/^[\s>*_#-]*/, "").replace(/[*_`]/g, "").trim();
  // "low < normal < high": the same scale written least urgent first.
  const ascending = !ARROW.test(t) && t.includes("<");
  const parts = t.split(ascending ? /\s*<\s*/ : ARROW);
  if (parts.length < 3) return null;
  // "Priority key in the tracker: urgent" — the lead-in before the first level ends at its colon.
  const lead = parts[0]!.lastIndexOf(":");
  const named = lead >= 0 && NOUN.test(parts[0]!.slice(0, lead));
  parts[0] = parts[0]!.slice(lead + 1);
  // The last level ends at a full stop, a parenthesis or a comma.
  parts[parts.length - 1] = parts.at(-1)!.split(/[.(,;]/)[0]!;
  const levels = parts.map((p) => p.trim());
  if (!levels.every((l) => LEVEL.test(l) && l.split(/\s+/).length <= 3)) return null;
  const known = levels.filter((l) => findPriorityLabel(l) !== null).length;
  if (!named && known < 2) return null;
  return ascending ? levels.reverse() : levels;
}

/**
 * Each level's priority. Words that are priorities already keep their meaning (urgent P0, normal P2)
 * when the order agrees with them; the others take the place the order gives them between their
 * known neighbours ("Critical > Major > Normal": Major P1), one step past the last known one at the
 * ends ("Show-stopper > Critical": P0, never above it). With no known word, or a known order the
 * line contradicts, the levels count down from P0 as "Priority 1–5" do (the fifth and later P3).
 */
export function levelPriorities(levels: string[]): Priority[] {
  const known = levels.map((l) => {
    const label = findPriorityLabel(l);
    const p = label ? defaultPriorityFor(label) : null;
    return p ? P.indexOf(p) : -1;
  });
  const anchors = known.map((k, i) => [i, k] as const).filter(([, k]) => k >= 0);
  const agrees = anchors.every(([, k], j) => j === 0 || k >= anchors[j - 1]![1]);
  if (anchors.length === 0 || !agrees) return levels.map((_, i) => P[Math.min(i, 3)]!);
  return levels.map((_, i) => {
    if (known[i]! >= 0) return P[known[i]!]!;
    const before = [...anchors].reverse().find(([j]) => j < i);
    const after = anchors.find(([j]) => j > i);
    let level: number;
    if (before && after) level = before[1] + Math.round(((i - before[0]) * (after[1] - before[1])) / (after[0] - before[0]));
    else if (before) level = before[1] + (i - before[0]);
    else level = after![1] - (after![0] - i);
    return P[Math.max(0, Math.min(3, level))]!;
  });
}

/** A code a key defines: one or two capitals or digits ("A", "B2", "1"), which the key's reading overrides (recognise/priority-keys.ts). */
export const isKeyCode = (label: string): boolean => /^[\p{Lu}\p{N}]{1,2}$/u.test(label.replace(/[*_`]/g, "").trim());

/** Every level the document's order lines rank, lower-cased → priority. The first line to rank a word wins. */
export function statedPriorityOrder(text: string): Map<string, Priority> {
  const order = new Map<string, Priority>();
  // Only short lines (an order is a line of a few words) with two arrows, ">" or "<" at least are
  // looked at; counted in one pass, as a regex over long lines of "<" would backtrack. Lines without
  // any are never visited (recognise/lines-with.ts).
  for (const line of linesWith(text, SEPARATORS, "lf")) {
    if (line.length > MAX_ORDER_LINE || (line.match(SEPARATORS)?.length ?? 0) < 2) continue;
    const levels = priorityOrderOf(line);
    if (!levels) continue;
    // "H > M > L": level initials mean their words (recognise/letter-levels.ts), not places in the order.
    const initials = levels.map(letterLevel);
    const priorities = initials.every(Boolean) ? initials.map((w) => defaultPriorityFor(w!) ?? "P2") : levelPriorities(levels);
    levels.forEach((l, i) => {
      const key = l.toLowerCase();
      if (!order.has(key)) order.set(key, priorities[i]!);
    });
  }
  return order;
}

/**
 * The stated order as a mapping of the labels items carry ("Show-stopper", "Major"), for the
 * labels the default mapping does not already read; a lead's own mapping still overrides it.
 */
export function statedPriorityMap(order: Map<string, Priority>, labels: (string | null)[]): PriorityMap {
  const map: PriorityMap = {};
  for (const label of labels) {
    // A code a key defines ("C = within defects period (medium)") means what the key says, not its default ("C" Critical).
    if (!label || (defaultPriorityFor(label) !== null && !isKeyCode(label))) continue;
    const p = order.get(label.trim().toLowerCase());
    if (p) map[label] = p;
  }
  return map;
}

/** A cell that is a priority: a priority word, one of the document's stated levels, or "No priority". */
export function isPriorityCell(cell: string, order: Map<string, Priority> | undefined): boolean {
  const t = cell.trim();
  return findPriorityLabel(t) !== null || NO_PRIORITY_HEADING.test(t) || (order?.has(t.toLowerCase()) ?? false);
}
