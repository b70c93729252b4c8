import { parseStatus } from "../clean";
import type { ItemStatus } from "../types";
import { dashLegendOf, leadingLegendDash } from "./legend-dashes";
import { linesWith } from "./lines-with";
import { leadingNotApplicable } from "./na-marks";

// State marks: the coloured circles and squares, ticks and crosses people put in front of an entry
// ("- 🟢 Move CI runners …", "- 🟥 Rotate keys"). A careful reader looks for the document's own
// legend ("Status legend: 🟢 done · 🟡 in progress · 🔴 not started · ⚪ dropped") and reads each
// mark through it; without one, the traffic-light convention: green/tick done, yellow/orange/🚧
// under way, red/white/empty open, cross won't do, no-entry blocked.

/** The usual meaning of each mark when the document does not say otherwise. */
export const DEFAULT_STATE_MARKS: Record<string, ItemStatus> = {
  "✅": "done", "✓": "done", "☑": "done", "✔": "done", "🟢": "done", "🟩": "done", "✔️": "done",
  "🚧": "in_progress", "🟡": "in_progress", "🟠": "in_progress", "🟨": "in_progress", "🟧": "in_progress", "🔵": "in_progress", "🟦": "in_progress",
  "⚠": "in_progress", "◐": "in_progress", "🔄": "in_progress", "⏩": "in_progress",
  // Orange diamonds: the amber of a bring-up or test tracker ("🔶 partly working").
  "🔶": "in_progress", "🔸": "in_progress",
  "⬜": "not_started", "🔴": "not_started", "🟥": "not_started", "⚪": "not_started", "◯": "not_started", "⭕": "not_started", "⏳": "not_started", "☐": "not_started",
  "❌": "wont_do", "✘": "wont_do", "✖": "wont_do", "🚫": "wont_do",
  "⛔": "blocked", "🛑": "blocked", "⏸": "blocked",
};

const MARK_CHARS = Object.keys(DEFAULT_STATE_MARKS).filter((m) => [...m].length === 1).join("");
/** Any state mark. */
const MARK = new RegExp(`[${MARK_CHARS}]`, "u");
/** One state mark (with its optional emoji presentation selector) opening an entry. */
export const LEADING_STATE_MARK = new RegExp(`^([${MARK_CHARS}])\\uFE0F?\\s*`, "u");

/** The status a mark stands for: the document's legend first, the usual meaning otherwise. */
export function markStatus(mark: string, legend?: Map<string, ItemStatus>): ItemStatus | null {
  return legend?.get(mark) ?? DEFAULT_STATE_MARKS[mark] ?? null;
}

/** A leading state mark of an entry's text → its status and the text after it. */
export function leadingStateMark(text: string, legend?: Map<string, ItemStatus>): { status: ItemStatus; rest: string } | null {
  const m = text.match(LEADING_STATE_MARK);
  const status = m ? markStatus(m[1]!, legend) : null;
  if (m && status) return { status, rest: text.slice(m[0].length) };
  // "— English UI" where the legend says "— = n/a" (recognise/legend-dashes.ts); "N/A Feature flags" (recognise/na-marks.ts).
  return m ? null : (leadingLegendDash(text, legend) ?? leadingNotApplicable(text));
}

/** "green", "on track", "healthy": the colour words legends use for done or under way. */
function meaningOf(words: string): ItemStatus | null {
  if (/^(?:healthy|ok|good|green|complete|shipped|live)\b/i.test(words)) return "done";
  // "someone is on it", "picked up": a person has the work in hand, it is not finished.
  // "⬜ not started", "not yet started": the negation says the work is still open.
  if (/^(?:not|never)\s+(?:yet\s+)?started\b/i.test(words)) return "not_started";
  if (/worked on|on track|at risk|started|\bon it\b|picked up|in hand/i.test(words)) return "in_progress";
  // A bring-up or test tracker's "❌ failing", "🔶 partly working": a check still to make pass is open, not dropped.
  if (/^(?:failing|fails|broken|not working)$/i.test(words)) return "not_started";
  if (/^(?:partly|partially) working$/i.test(words)) return "in_progress";
  return parseStatus(words);
}

/**
 * A status field's value as a status report writes it: "🟡 at risk (quota not approved yet)",
 * "🟢 on track", "On track". The words say the state when they are a state or a legend's colour
 * words ("on track", "at risk": the work is going on); else the mark does, through the legend.
 */
export function fieldValueStatus(value: string, legend?: Map<string, ItemStatus>): ItemStatus | null {
  const t = value.trim();
  const m = t.match(LEADING_STATE_MARK);
  // A remark in parentheses after the state ("(starts after the Bazel work)") is not the state.
  const words = (m ? t.slice(m[0].length) : t).replace(/\s*[(（].*$/su, "").trim();
  return (words ? (parseStatus(words) ?? meaningOf(words)) : null) ?? (m ? markStatus(m[1]!, legend) : null);
}

/**
 * A legend said in a sentence: "Zadania oznaczone ✔ są zrobione, ⏳ — w trakcie.", "Items marked ✅
 * are done, 🚧 are in progress." — a line, not a list entry, with two or more different marks, each
 * followed (before the next mark) by words that name a state.
 */
function proseLegends(text: string): string[] {
  const each = new RegExp(`([${MARK_CHARS}])\\uFE0F?([^${MARK_CHARS}\\n]*)`, "gu");
  // Only lines holding a mark can pair marks with words (recognise/lines-with.ts).
  return linesWith(text, MARK, "crlf").filter((line) => {
    if (/^\s*(?:[-*+]|\d+[.)])\s/.test(line)) return false;
    const pairs = [...line.matchAll(each)];
    return new Set(pairs.map((m) => m[1])).size >= 2 && pairs.every((m) => meaningOf(m[2]!.replace(/[*_—–:=-]/g, " ").trim()) !== null);
  });
}

/**
 * A legend line: one that names itself ("Status legend: …", "Key: …", "Legende: …") or one that is
 * nothing but mark–meaning pairs ("🟢 done · 🟡 in progress · 🔴 not started"). Each mark is read
 * up to the next separator or mark.
 */
export function stateLegendOf(text: string): Map<string, ItemStatus> {
  const legend = new Map<string, ItemStatus>();
  const pair = `[${MARK_CHARS}]\\uFE0F?[ \\t]*[^·|,;\\n${MARK_CHARS}]+?`;
  const pairsOnly = new RegExp(`^[ \\t]*(?:[-*][ \\t]+)?(?:${pair}[ \\t]*(?:[·|,;/][ \\t]*|$)){2,}$`, "gmu");
  const named = linesWith(text, /\b(?:legende?|leyenda|légende|status key|key)\b/i, "js");
  for (const line of [...named, ...(text.match(pairsOnly) ?? []), ...proseLegends(text)]) {
    // CJK legends set their pairs apart with an ideographic space or comma ("🟢 已完成　⚫ 不做了").
    for (const m of line.matchAll(new RegExp(`([${MARK_CHARS}])\\uFE0F?\\s*=?\\s*([^·|,;\u3000、，；${MARK_CHARS}]*)`, "gu"))) {
      const status = meaningOf(m[2]!.replace(/[*_]/g, "").trim());
      if (status) legend.set(m[1]!, status);
    }
  }
  for (const [dash, status] of dashLegendOf(text)) legend.set(dash, status);
  return legend;
}
