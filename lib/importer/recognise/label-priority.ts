import type { PhrasingContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { parseStatus } from "../clean";
import { isPriorityField, isSeverityField, isStatusField } from "../field-names";
import type { ItemStatus } from "../types";
import { findPriorityLabel, stripPriorityLabel } from "../priority";
import { fieldValuePriority } from "./prose-fields";

// Trackers' labels that carry a field and its value: GitLab's scoped labels (~"priority::1",
// ~"workflow::in dev", ~severity::2) and the key-value labels teams put on GitHub issues or board
// cards, copied as code spans (`priority: high`, `prioritas: tinggi`, `prio/low`). A careful reader
// reads the label's scope as the field it names, in any language of the vocabulary, and its value as
// that field's value: a priority scope gives the item's priority (a bare number on the Priority N
// scale), a status or workflow scope its state. Labels of any other scope (~"type::bug") say neither.

/** `priority: high`, `prio/low`, `priority::1`: a field name, a separator, a value. */
const KEY_VALUE = /^\s*([\p{L}][\p{L} ]{0,24}?)\s*(?:::|[:：/=])\s*(\S[^\n]{0,40}?)\s*$/u;
/** ~"scope::value" (quoted, may hold spaces) or ~scope::value. */
const SCOPED = /~"([^"\n]{1,60})"|~([\p{L}\p{N}_.-]+::[\p{L}\p{N}_. -]*[\p{L}\p{N}])/gu;

export interface LabelFields {
  priorityLabel: string | null;
  status: ItemStatus | null;
}

function readLabel(label: string, out: LabelFields, scopedOnly: boolean) {
  const scoped = label.split("::");
  const m = scoped.length === 2 ? ([label, scoped[0]!.trim(), scoped[1]!.trim()] as const) : scopedOnly ? null : label.match(KEY_VALUE);
  if (!m) return;
  const [scope, value] = [m[1]!, m[2]!];
  if (isPriorityField(scope) || isSeverityField(scope)) out.priorityLabel ??= fieldValuePriority(value);
  else if (isStatusField(scope) || /^workflow$/i.test(scope)) out.status ??= parseStatus(value);
}

/** The priority and state an entry's field labels give (its code spans and its ~scoped labels). */
export function labelFields(children: readonly PhrasingContent[]): LabelFields {
  const out: LabelFields = { priorityLabel: null, status: null };
  for (const c of children) if (c.type === "inlineCode") readLabel(c.value, out, false);
  // The scoped labels in the line's words (a tilde may have been read as strike-through markup).
  const words = children.map((c) => (c.type === "inlineCode" ? " " : toString(c))).join("");
  if (words.includes("~")) for (const m of words.matchAll(SCOPED)) readLabel((m[1] ?? m[2])!, out, true);
  return out;
}

/** A code span that is a priority label (`priority: high`, `prioritas: tinggi`): a tag closing the title, not title text. */
export function isPriorityLabelSpan(code: string): boolean {
  const m = code.match(KEY_VALUE);
  return !!m && isPriorityField(m[1]!) && fieldValuePriority(m[2]!) !== null;
}

/**
 * A code span that is nothing but a level word, in any language of the vocabulary (`høy`, `élevée`,
 * `kritisk`): a priority tag closing the title, as the ASCII-only `high` already is a label.
 */
export function isLevelSpan(code: string): boolean {
  const t = code.trim();
  return t.length > 0 && t.split(/\s+/).length <= 2 && findPriorityLabel(t) !== null && stripPriorityLabel(t) === "";
}
