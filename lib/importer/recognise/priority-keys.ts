import { defaultPriorityFor, findPriorityLabel } from "../priority";
import type { Priority } from "../types";
import { PRIORITY_NOUNS } from "../vocabulary";
import { levelPriorities } from "./priority-order";
import { scaleLines } from "./scale-lines";

// A key that defines a document's own priority codes: "Priority key: **A** = safety or blocks
// handover (urgent), **B** = before handover (high), **C** = within defects period (medium)",
// "Key: 1 = urgent, 2 = high, 3 = low", "Priorities: A: must, B: should". Snagging lists, punch
// lists and spreadsheets rank rows with letters or digits a reader cannot guess (is "C" critical?);
// the key line says. Each code takes the priority of the word it is defined with (urgent P0, high P1,
// medium P2, low P3); a key of codes with no priority word, when the line names a priority, counts
// down in the order written (the first the most urgent). A "Key:" or "Legend:" line whose entries
// name no priority ("D = done, W = waiting") defines states, not priorities, and is left alone.

const MAX_KEY_LINE = 400;
/** A code: one or two capitals or digits ("A", "B2", "1"), at the start of the key or after a separator. */
const PAIR = /(?:^|[,;·|]\s*|\s{2,})([\p{Lu}\p{N}]{1,2})\s*(?:=|:)\s*/gu;
/** The lead-in names priorities ("Priority key:", "Priorities:", "Prioridad:") rather than only "Key:". */
const NAMES_PRIORITY = new RegExp(`(?<![\\p{L}])(?:${PRIORITY_NOUNS.join("|")}|priorities|prioritäten|priorités|prioridades|urgency)(?![\\p{L}])`, "iu");

/** The priority word a code is defined with: its closing parenthesis ("… (urgent)"), or a short definition itself ("high"). */
function definedWord(definition: string): string {
  const paren = definition.match(/\(([^()]{1,40})\)\s*$/u);
  if (paren && findPriorityLabel(paren[1]!.trim()) !== null) return paren[1]!.trim();
  const bare = definition.replace(/\([^()]*\)\s*$/u, "").trim();
  return bare.split(/\s+/).length <= 3 && findPriorityLabel(bare) !== null ? bare : "";
}

/** The codes one line defines, code → priority, or null when the line is not such a key. */
export function priorityKeyOf(line: string): Map<string, Priority> | null {
  const t = line.replace(/[*_`]/g, "").replace(/^[\s>#-]*/, "").trim();
  if (t.length > MAX_KEY_LINE) return null;
  const colon = t.search(/[:：]/u);
  if (colon < 0) return null;
  const lead = t.slice(0, colon);
  const body = t.slice(colon + 1).trim();
  const pairs = [...body.matchAll(PAIR)];
  if (pairs.length < 2) return null;
  const codes = pairs.map((m) => m[1]!);
  if (new Set(codes).size < codes.length) return null;
  // The text before the first code is the lead-in's end; anything else there means the line is prose.
  if (body.slice(0, pairs[0]!.index).trim()) return null;
  // "P1 = this month, P2 = if time allows": codes that are priorities already keep their meaning.
  if (codes.some((c) => findPriorityLabel(c) !== null)) return null;
  // "1 = urgent, 5 = whenever" describes the ends of a numbered scale, read as "Priority 1–5" elsewhere:
  // a key of digits defines every step (1, 2, 3…).
  if (codes.every((c) => /^\p{N}+$/u.test(c)) && codes.some((c, i) => i > 0 && Number(c) !== Number(codes[i - 1]) + 1)) return null;
  const words = pairs.map((m, i) => definedWord(body.slice(m.index! + m[0].length, pairs[i + 1]?.index ?? body.length).replace(/[,;·|.\s]+$/u, "")));
  const named = NAMES_PRIORITY.test(lead);
  if (!named && !words.every(Boolean)) return null;
  if (!named && words.some((w) => defaultPriorityFor(findPriorityLabel(w)!) === null)) return null;
  // Words for some codes and not others: the key is read whole or not at all.
  if (words.some(Boolean) && !words.every(Boolean)) return null;
  const priorities = levelPriorities(words);
  return new Map(codes.map((code, i) => [code.toLowerCase(), priorities[i]!]));
}

/** Every code the document's key lines define, lower-cased → priority. The first line to define a code wins. */
export function keyedPriorities(text: string): Map<string, Priority> {
  const keyed = new Map<string, Priority>();
  for (const line of scaleLines(text)) {
    if (!/[=:]/.test(line)) continue;
    for (const [code, p] of priorityKeyOf(line) ?? []) if (!keyed.has(code)) keyed.set(code, p);
  }
  return keyed;
}

