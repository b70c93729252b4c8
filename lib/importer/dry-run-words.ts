import { CHECKLIST_LABELS, formatEffort, SEVERITY_LABELS, STATUS_LABELS } from "@/lib/backlog/labels";
import type { ChecklistKind, Severity, Status } from "@/lib/domain/items";
import { normalizeTitle } from "./clean";
import type { FieldChange, ItemSnapshot } from "./plan";

// The dry run in the words of the import page: what a re-import will change on an item ("Priority: P2 → P1",
// "Status: Not started → Done"), for the dry run and the CLI's summary. The plan keeps field names
// and raw values (the commit and the audit log need them); people read these lines instead.
// Client-safe: the dry run's panel renders them.

/** A field's label as the import page and the item page name it. */
export const FIELD_LABELS: Record<FieldChange["field"], string> = {
  title: "Title",
  description: "Description",
  category: "Category",
  priority: "Priority",
  priorityLabel: "Priority as written",
  status: "Status",
  severity: "Severity",
  effortHours: "Effort",
  impact: "Impact",
  checklist: "Checklist",
};

const MAX_QUOTED = 60;

/** A title or label in quotes, cut at a word near MAX_QUOTED characters so a line stays readable. */
function quoted(text: string): string {
  if (text.length <= MAX_QUOTED) return `“${text}”`;
  const cut = text.slice(0, MAX_QUOTED);
  const space = cut.lastIndexOf(" ");
  return `“${(space > MAX_QUOTED / 2 ? cut.slice(0, space) : cut).trimEnd()}…”`;
}

function valueWords(field: FieldChange["field"], value: unknown): string {
  if (value === null || value === undefined || value === "") return field === "priority" ? "Untriaged" : "none";
  switch (field) {
    case "status":
      return STATUS_LABELS[value as Status] ?? String(value);
    case "severity":
      return SEVERITY_LABELS[value as Severity] ?? String(value);
    case "effortHours":
      return formatEffort(value as number);
    case "category":
      return (value as string[]).length ? (value as string[]).join(" › ") : "none";
    case "title":
    case "priorityLabel":
      return quoted(String(value));
    default:
      return String(value);
  }
}

type Entry = ItemSnapshot["checklist"][number];

/**
 * A checklist change summarised per kind: "Acceptance criteria: 1 added, 2 now done; Action items:
 * 1 removed". Entries pair up as the commit pairs them: same kind, same text once normalised.
 */
export function checklistWords(from: Entry[], to: Entry[]): string {
  const unused = [...from];
  const counts = new Map<ChecklistKind, { added: number; removed: number; done: number; reopened: number; reworded: number }>();
  const of = (kind: ChecklistKind) => counts.get(kind) ?? counts.set(kind, { added: 0, removed: 0, done: 0, reopened: 0, reworded: 0 }).get(kind)!;
  for (const entry of to) {
    const i = unused.findIndex((c) => c.kind === entry.kind && normalizeTitle(c.text) === normalizeTitle(entry.text));
    if (i < 0) {
      of(entry.kind).added++;
      continue;
    }
    const [was] = unused.splice(i, 1);
    if (!was!.done && entry.done) of(entry.kind).done++;
    else if (was!.done && !entry.done) of(entry.kind).reopened++;
    else if (was!.text !== entry.text) of(entry.kind).reworded++;
  }
  for (const gone of unused) of(gone.kind).removed++;
  const parts: string[] = [];
  for (const kind of Object.keys(CHECKLIST_LABELS) as ChecklistKind[]) {
    const c = counts.get(kind);
    if (!c) continue;
    const words = [
      c.added && `${c.added} added`,
      c.removed && `${c.removed} removed`,
      c.done && `${c.done} now done`,
      c.reopened && `${c.reopened} reopened`,
      c.reworded && `${c.reworded} reworded`,
    ].filter(Boolean);
    if (words.length) parts.push(`${CHECKLIST_LABELS[kind]}: ${words.join(", ")}`);
  }
  return parts.length ? parts.join("; ") : "Checklist: reordered";
}

/**
 * One line per changed field, in the page's words. A changed priority carries the document's own
 * label along when it differs ("Priority: P2 → P1 (as written: “High” → “Critical”)") rather than
 * a second line.
 */
export function describeChanges(changes: readonly FieldChange[]): string[] {
  const priority = changes.find((c) => c.field === "priority");
  const lines: string[] = [];
  for (const change of changes) {
    const { field, from, to } = change;
    const label = FIELD_LABELS[field];
    if (field === "priorityLabel" && priority) continue;
    if (field === "checklist") {
      lines.push(checklistWords((from ?? []) as Entry[], (to ?? []) as Entry[]));
    } else if (field === "description") {
      lines.push(`${label}: rewritten`);
    } else {
      let line = `${label}: ${valueWords(field, from)} → ${valueWords(field, to)}`;
      const written = field === "priority" ? changes.find((c) => c.field === "priorityLabel") : undefined;
      // A plan that writes "P1" itself says nothing more with its label.
      if (written && !(written.from === from && written.to === to)) line += ` (as written: ${valueWords("priorityLabel", written.from)} → ${valueWords("priorityLabel", written.to)})`;
      lines.push(line);
    }
  }
  return lines;
}

/** What the import does with a document's SLA row, for the dry run ("kept: the project already has…"). */
export function slaActionWords(row: { action: "create" | "keep" | "skip"; reason?: string }): string {
  const verb = row.action === "create" ? "will be added" : row.action === "keep" ? "kept as it is" : "not imported";
  return row.reason ? `${verb}: ${row.reason}` : verb;
}

/** The shapes the parser recognised (ParseResult.shapes), as the dry run's summary names them. */
const SHAPE_WORDS: Record<string, string> = {
  "item-table": "a table of items",
  metrics: "metric targets",
  "numbered-bold": "numbered items",
  "plain-lists": "plain lists",
  "priority-lists": "lists under priority headings",
  records: "item records",
  "sla-table": "an SLA table",
  "task-lists": "task lists",
};

export const shapeWords = (shapes: readonly string[]): string[] => shapes.map((s) => SHAPE_WORDS[s] ?? s.replace(/-/g, " "));
