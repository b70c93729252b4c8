import { parseStatus } from "../clean";
import { isOwnerField, isPriorityField, isStatusField } from "../field-names";
import { findPriorityLabel } from "../priority";
import type { ItemStatus } from "../types";

// "* **DSK-3310** Sync engine deadlocks …" then, on the entry's next line,
// "Priority: Show-stopper · State: In Progress · Assignee: Viktor Hale": trackers' list exports
// (YouTrack, Jira, Linear) put the fields on a line of their own under its title. A careful
// reader reads that line as the entry's fields, never as words of its title: a line made only of
// "Name: value" parts, two at least, one of them a priority, state or owner.

export interface FieldLine {
  /** The entry's text without the field line. */
  text: string;
  priorityLabel: string | null;
  status: ItemStatus | null;
  /** The fields as written, kept as the entry's remark. */
  said: string;
}

const PART = /^\s*([\p{L}][\p{L} ]{0,24}):\s*(\S.*?)\s*$/u;

/** The entry's last line when it is such a field line. */
export function trailingFieldLine(text: string): FieldLine | null {
  const cut = text.lastIndexOf("\n");
  if (cut <= 0) return null;
  const line = text.slice(cut + 1).replace(/[\u0001-\u0004]/g, "");
  const parts = line.split(/\s+[·|]\s+/).map((p) => p.match(PART));
  if (parts.length < 2 || parts.some((p) => !p)) return null;
  const fields = parts.map((p) => ({ name: p![1]!.trim().toLowerCase(), value: p![2]! }));
  if (!fields.some((f) => isPriorityField(f.name) || isStatusField(f.name) || isOwnerField(f.name))) return null;
  const priority = fields.find((f) => isPriorityField(f.name));
  const state = fields.find((f) => isStatusField(f.name));
  return {
    text: text.slice(0, cut).trimEnd(),
    priorityLabel: priority ? (findPriorityLabel(priority.value) ?? priority.value) : null,
    status: state ? parseStatus(state.value) : null,
    said: line.trim(),
  };
}
