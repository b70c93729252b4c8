import { isPriorityField } from "../field-names";
import { findPriorityLabel, horizonLabel } from "../priority";
import { PRIORITY_FIELD_NAMES } from "../vocabulary";

// A record's prose often says its priority in passing, as a labelled field after a sentence:
// "Kund:innen fotografieren den Zähler. Prio: **hoch** · Aufwand: 15 PT", "Bisher nur 3 Jahre.
// Priority: P2 (legal asked)", "Desde el año pasado. Prioridad: alta; esfuerzo: 3 días". A careful
// reader takes that field as the item's priority wherever it stands in the prose: at the start of a
// line or right after a sentence or a field separator, its value running to the next separator. A
// priority word inside a sentence ("the priority is high for sales") is not such a field.

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const NAMES = [...PRIORITY_FIELD_NAMES].sort((a, b) => b.length - a.length).map(escape).join("|");
/** The label opens a line, or follows a sentence end or a field separator; the value stops at the next one. */
const FIELD = new RegExp(`(?:^|[.!?。]\\s+|\\s[·•|;]\\s*|\\n)[*_]{0,2}(${NAMES})[*_]{0,2}\\s*[:：][*_]{0,2}\\s*([^·•|;\\n]{1,60})`, "giu");

/** The priority label a field value gives: a level or P-code, a horizon word ("sofort", "Must"), or a bare scale number. */
export function fieldValuePriority(value: string): string | null {
  const v = value.replace(/[*_`]/g, "").trim();
  if (!v) return null;
  const found = findPriorityLabel(v);
  if (found) return found;
  // "sofort (gesetzliche Pflicht ab 28.06.)": the value's opening horizon word, then its remark.
  const horizon = horizonLabel(v);
  if (horizon) return horizon;
  const n = v.match(/^([0-9])(?![\p{L}\p{N}])/u);
  return n ? `Priority ${n[1]}` : null;
}

/** The first priority field said in the prose, or null. */
export function proseFieldPriority(prose: string): string | null {
  for (const m of prose.matchAll(FIELD)) {
    if (!isPriorityField(m[1]!)) continue;
    // The value's first phrase: "**hoch**", "mittel", "sofort (gesetzliche …)", "P2 — agreed with sales".
    const label = fieldValuePriority(m[2]!.split(/\s+[—–-]\s+|,\s+/)[0]!);
    if (label) return label;
  }
  return null;
}
