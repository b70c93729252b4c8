import type { FoundItem } from "../context";
import { SEVERITY_FIELD_NAMES } from "../vocabulary";

// "Severity S1 (data loss) … S4 (cosmetic)", "Schweregrad: Sev1 = Ausfall, Sev2 = …": a document
// that states its own scale of severity codes, then files each finding with its code —
// "- S1 undo after paste deletes the paragraph", "- resize handle is 2px wide — S4", "(Sev2)". A
// careful reader takes the code as the item's priority on the document's scale (its most severe
// code P0, the next P1, …, P3 and below for the rest) and not as part of the title. Codes are read
// only when a line names the severity scale with two codes of it at least, so "S3 bucket" or "the
// S1 form" in a document without such a scale stay titles.

const CODE = /(?<![\p{L}\p{N}])(S|Sev|SEV|sev)[- ]?(\d)(?![\p{L}\p{N}])/gu;
const NAMES = new RegExp(`(?<![\\p{L}])(?:${SEVERITY_FIELD_NAMES.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?![\\p{L}])`, "iu");

/** The document's severity codes: prefix (lower-cased) and the lowest number on its scale; null without a stated scale. */
export function severityScaleOf(text: string): { prefix: string; lowest: number } | null {
  for (const line of text.split("\n")) {
    if (!NAMES.test(line)) continue;
    const codes = [...line.matchAll(CODE)];
    const prefixes = new Set(codes.map((m) => m[1]!.toLowerCase()));
    const numbers = new Set(codes.map((m) => Number(m[2])));
    if (prefixes.size === 1 && numbers.size >= 2) return { prefix: [...prefixes][0]!, lowest: Math.min(...numbers) };
  }
  return null;
}

/** Reads the scale's code off each item's title (opening it, or after a closing dash or in parentheses). */
export function applySeverityCodes(items: FoundItem[], text: string): void {
  if (!/\d/.test(text)) return;
  const scale = severityScaleOf(text);
  if (!scale) return;
  const p = scale.prefix === "s" ? "S" : "(?:Sev|SEV|sev)";
  const leading = new RegExp(`^${p}[- ]?(\\d)\\s+(?=\\S)`, "u");
  const trailing = new RegExp(`\\s*(?:[—–-]\\s*|[(（]\\s*)${p}[- ]?(\\d)\\s*[)）]?\\s*$`, "u");
  for (const item of items) {
    const m = item.title.match(leading) ?? item.title.match(trailing);
    if (!m) continue;
    const title = item.title.replace(m[0], "").trim();
    if (!title) continue;
    item.title = title;
    item.priorityLabel ??= `P${Math.min(3, Math.max(0, Number(m[1]) - scale.lowest))}`;
  }
}
