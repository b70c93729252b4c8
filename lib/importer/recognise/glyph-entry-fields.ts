import { parseStatus } from "../clean";
import { isPriorityField, isStatusField } from "../field-names";
import { findPriorityLabel } from "../priority";
import type { ItemStatus } from "../types";

// A tracker's list view copied as text ("○ Book the venue" over indented "Assignee: Ana",
// "Priority: High", "Status: Blocked — waiting on legal"): an indented "Label: value" line under a
// glyph line is a field of that entry, not the name of a new group of entries.

/** An indented "Label: value" line: one to four words, a colon, a value. */
const INDENTED_FIELD = /^(?:\t|\s{2,})\s*([\p{L}][\p{L} ]{0,30}?)\s*[:：]\s*(\S.{0,200})$/u;

export interface EntryField {
  /** The field's text as a description line ("Assignee: Ana"). */
  text: string;
  priorityLabel: string | null;
  status: ItemStatus | null;
}

/** The field an indented line gives the entry above it, or null when the line is no "Label: value". */
export function glyphEntryField(line: string): EntryField | null {
  const m = line.match(INDENTED_FIELD);
  if (!m || m[1]!.trim().split(/\s+/).length > 4) return null;
  const label = m[1]!.trim();
  const value = m[2]!.trim();
  // "Blocked — waiting on legal", "In review (since Monday)": the state is the value's first clause.
  const head = value.split(/\s+[—–-]\s+|[(,;（]/u)[0]!.trim();
  return {
    text: `${label}: ${value}`,
    priorityLabel: isPriorityField(label) ? (findPriorityLabel(value) ?? findPriorityLabel(`priority ${value}`)) : null,
    status: isStatusField(label) && head ? parseStatus(head) : null,
  };
}
