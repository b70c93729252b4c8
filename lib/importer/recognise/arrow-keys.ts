import type { ItemStatus } from "../types";
import { clauseState } from "./state-remarks";
import { leadingStateMark } from "./state-marks";

// "Signature is lost after rotating the screen → KUR-513", "Typo on the login screen -> #417 ✅
// fixed on the spot": a bug bash or triage list points each entry at the ticket it was filed as.
// A careful reader takes the arrow and the key as the entry's ticket, not its words, and a state
// after the key ("✅ fixed on the spot", "done") as the entry's state.

/** An arrow, a tracker key ("KUR-513", "#417", "!12", "GH-7") and whatever follows it on the line. */
const ARROW_KEY = /\s+(?:->|→|=>|⇒)\s*((?:[A-Z][A-Z0-9]{0,9}-\d{1,6}|[#!]\d{1,6}))(?![\p{L}\p{N}-])\s*(.*)$/u;

/** A trailing arrow to a ticket key: where the title ends, the key, and the state said after it. */
export function arrowKeyTail(title: string): { index: number; key: string; status: ItemStatus | null; rest: string } | null {
  const m = title.match(ARROW_KEY);
  if (!m || m.index === 0) return null;
  const rest = m[2]!.trim();
  // After the key only a state (a mark, a word, a short clause) may follow; other words belong to the title.
  const marked = rest ? leadingStateMark(rest) : null;
  const status = marked ? marked.status : rest ? clauseState(rest) : null;
  if (rest && !status) return null;
  return { index: m.index!, key: m[1]!, status, rest };
}
