import { isPriorityField } from "../field-names";
import { findPriorityLabel } from "../priority";
import { fieldValuePriority } from "./prose-fields";

// "Photographier les produits // priorité 1 // 📅 lun. 8 déc.", "Renew the cert // p2 // due Fri":
// plain-text task apps and people typing fast set a task's fields apart with " // ", the way a code
// comment follows code. A careful reader takes the words before the first " // " as the title and
// each segment after it as a field or a remark: one that names a priority ("priorité 1", "Priorität:
// hoch", "P2", "high priority") is the task's priority, the others (dates, labels) stay description.
// The separator needs a space on each side, so "https://…" or "a//b" never splits a title.

const SEPARATOR = /\s+\/\/\s+/;

/** "priorité 1", "Priorität: hoch", "prio high": a priority noun, then its value. */
const NOUN_VALUE = /^([\p{L}]+(?:\s[\p{L}]+)?)\s*[:：]?\s+(\S.{0,30})$|^([\p{L}]+)\s*[:：]\s*(\S.{0,30})$/u;

function segmentPriority(segment: string): string | null {
  const s = segment.replace(/[*_`]/g, "").trim();
  const m = s.match(NOUN_VALUE);
  const [noun, value] = m ? [m[1] ?? m[3]!, m[2] ?? m[4]!] : ["", ""];
  if (noun && isPriorityField(noun)) return fieldValuePriority(value);
  // A segment that is only a priority: "P2", "high priority", "Prioridad alta".
  return s.split(/\s+/).length <= 3 ? findPriorityLabel(s, { headingOnly: true }) : null;
}

/** The line's title before " // " and the priority its other segments give; null without the separator. */
export function readSlashFields(text: string): { title: string; priorityLabel: string | null; said: string } | null {
  const parts = text.split(SEPARATOR);
  if (parts.length < 2 || !parts[0]!.trim()) return null;
  const rest = parts.slice(1).map((p) => p.trim()).filter(Boolean);
  let priorityLabel: string | null = null;
  for (const segment of rest) priorityLabel ??= segmentPriority(segment);
  return { title: parts[0]!.trim(), priorityLabel, said: rest.join(" · ") };
}
