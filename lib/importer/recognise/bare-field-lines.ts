import { segmentField, type FieldLine } from "./fields";

// A task app's copy puts an entry's fields on the line under its title, unlabelled and set apart by
// dots: Todoist's "Priority 1 · 18 mar · @legal", "25 mar · @it", a planner's "High · Fri · @sam".
// A careful reader sees that line as the task's priority, due date and labels, not more title. The
// line is read so only when every segment is a field and at least one says a priority, a state, a
// date, an estimate or a person: a line of lower-case words alone ("ui · docs") may be prose.

/** The fields of an unlabelled field line, or null when any segment is a phrase. */
export function readBareFieldLine(line: string): FieldLine | null {
  const segments = line
    .replace(/[\u0001\u0002*_]/g, "")
    .trim()
    .split(/\s+[·•|]\s+/);
  if (segments.length > 8) return null;
  const out: FieldLine = { priorityLabel: null, status: null, owner: null };
  let telling = false;
  for (const segment of segments) {
    const field = segmentField(segment);
    if (!field) return null;
    if (field.kind === "label") continue;
    telling = true;
    if (field.kind === "priority") out.priorityLabel ??= field.label;
    else if (field.kind === "status") out.status ??= field.status;
    else if (field.kind === "owner") out.owner ??= field.name;
  }
  return telling ? out : null;
}
