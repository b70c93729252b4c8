import type { List, Paragraph } from "mdast";
import { shapeWords } from "../dry-run-words";
import { plainText } from "../markdown";
import type { ParseResult } from "../types";
import { isRosterEntry } from "./non-items";
import { isContactEntry } from "./contact-entries";
import { isQuotation } from "./quotations";

// The safety net of issue 18: a plan the readers found no work in must not import nothing silently.
// When the first reading finds no items, the document is read again treating every heading that is
// not notes, a legend or metrics as holding work (context.ts: nearestKind). That second reading is
// kept only when what it found looks like work — entries alike enough to be one list of tasks —
// and it comes with a warning saying it was a low-confidence reading and naming the shape read.

/** The second reading when it found work, with its warning; null to keep the first (no items, its warning). */
export function lowConfidenceReading(first: ParseResult, second: ParseResult): ParseResult | null {
  if (second.items.length === 0) return null;
  const shapes = second.shapes.length ? shapeWords(second.shapes).join(", ") : "lists";
  const warning = {
    line: 1,
    message:
      `Low-confidence reading: no heading says its lists are work, so ${second.items.length} entr${second.items.length === 1 ? "y" : "ies"} (${shapes}) ` +
      `under headings that are not notes, a legend or metrics were read as items. Check them below, or add checkboxes or a heading such as "Tasks" to say so.`,
  };
  return { ...second, warnings: [warning, ...second.warnings.filter((w) => !first.warnings.some((f) => f.message === w.message) || w.line !== 1)] };
}

/**
 * Whether a list read only by the low-confidence reading looks like work. Prose documents have lists
 * too; a careful reader tells them apart by the entries' shape: sentences ("The client calls POST
 * /holds."), questions, and terms with their definition ("**Gateway** — terminates TLS") describe,
 * they do not ask for anything to be done. A list is work when most of its entries are none of these.
 */
export function looksLikeWork(list: List): boolean {
  const entries = list.children.map((item) => (item.children[0]?.type === "paragraph" ? item.children[0] : null));
  const describing = entries.filter((p) => !p || describes(p)).length;
  return describing * 2 < entries.length;
}

function describes(p: Paragraph): boolean {
  const text = plainText(p).trim();
  // A closing dot after a figure is a date's or an ordinal's ("— sent 12. 11."), no sentence's end.
  if ((/[.?!:]$/.test(text) && !/\s\d{1,4}\.$/.test(text)) || /^[^(]*\?/.test(text)) return true;
  // "“Call me Ishmael.”": someone's words quoted, a reading group's favourite line (recognise/quotations.ts).
  if (isQuotation(text)) return true;
  // "Treasurer: Ana P. (elected)": who holds a role (recognise/non-items.ts).
  if (isRosterEntry(text)) return true;
  // "Slack: #payments-help", "Urgent: phone 040 …": where to reach someone (recognise/contact-entries.ts).
  if (isContactEntry(text)) return true;
  // "**Term** — what it is": a definition, not a task (a bold key, "**DSK-1**", is the entry's key).
  const [first, next] = p.children;
  return first?.type === "strong" && next?.type === "text" && /^\s*(?:\([^)]*\)\s*)?[—–:-]\s/.test(next.value) && !/^[A-Za-z]+-\d+$/.test(plainText(first));
}
