import { formatEffort, SEVERITY_LABELS } from "@/lib/backlog/labels";
import type { ItemChanges } from "@/lib/backlog/schemas";
import { fromWallTime, toWallTime } from "@/lib/time/format";

// The lead's edit form works on strings (what inputs hold); this module converts an item to form
// values, and form values back to only the fields that changed. Pure, so it is unit-tested.

/** The editable fields as the page passes them to the browser (dates as ISO strings). */
export type EditableItem = {
  title: string;
  description: string;
  priority: "P0" | "P1" | "P2" | "P3" | null;
  severity: "critical" | "high" | "medium" | "low" | null;
  effortHours: number | null;
  impact: number | null;
  assigneeId: string | null;
  dueAt: string | null;
  dueOverrideReason: string | null;
  categoryPath: string[];
  projectId: string;
};
export type Field = keyof EditableItem;
export type FormValues = Record<Field, string>;
/** What updateItemAction accepts, JSON-friendly (the due date travels as an ISO string). */
export type Changes = Omit<ItemChanges, "dueAt"> & { dueAt?: string | null };

export const FIELD_LABELS: Record<Field, string> = {
  title: "Title",
  description: "Description",
  priority: "Priority",
  severity: "Severity",
  effortHours: "Effort (hours)",
  impact: "Impact (1–5)",
  assigneeId: "Assignee",
  dueAt: "Due",
  dueOverrideReason: "Due date reason",
  categoryPath: "Category",
  projectId: "Project",
};
export const FIELDS = Object.keys(FIELD_LABELS) as Field[];

export const CATEGORY_SEPARATOR = " › ";

/** "Security › Secrets" (or "Security > Secrets") → ["Security", "Secrets"]. */
export function parseCategory(text: string): string[] {
  return text
    .split(/›|>/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The form's values; the due date as a datetime-local value on the wall clock of the reader's zone. */
export function toFormValues(item: EditableItem, zone: string): FormValues {
  return {
    title: item.title,
    description: item.description,
    priority: item.priority ?? "",
    severity: item.severity ?? "",
    effortHours: item.effortHours === null ? "" : String(item.effortHours),
    impact: item.impact === null ? "" : String(item.impact),
    assigneeId: item.assigneeId ?? "",
    dueAt: item.dueAt && !Number.isNaN(new Date(item.dueAt).getTime()) ? toWallTime(item.dueAt, zone) : "",
    dueOverrideReason: item.dueOverrideReason ?? "",
    categoryPath: item.categoryPath.join(CATEGORY_SEPARATOR),
    projectId: item.projectId,
  };
}

const orNull = (s: string) => (s.trim() === "" ? null : s);

/** A form string as the action's value; bad numbers pass through for the server to name the field. */
function parse(field: Field, raw: string, zone: string): unknown {
  switch (field) {
    case "priority":
    case "severity":
    case "assigneeId":
    case "dueOverrideReason":
      return orNull(raw);
    case "effortHours":
    case "impact":
      return raw.trim() === "" ? null : Number(raw);
    case "dueAt":
      // A datetime-local value has no zone: it is read in the one it was shown in.
      return raw ? fromWallTime(raw, zone) : null;
    case "categoryPath":
      return parseCategory(raw);
    default:
      return raw;
  }
}

/** Only the fields whose value differs from the form's starting point (category compared parsed). */
export function changedFields(initial: FormValues, current: FormValues, zone: string): Changes {
  const out: Record<string, unknown> = {};
  for (const field of FIELDS) {
    const same = field === "categoryPath" ? parseCategory(initial[field]).join("\u0000") === parseCategory(current[field]).join("\u0000") : initial[field] === current[field];
    if (same) continue;
    if (field === "dueAt" && current.dueAt && fromWallTime(current.dueAt, zone) === null) continue;
    out[field] = parse(field, current[field], zone);
  }
  return out as Changes;
}

/** Server field errors keyed by form field: "changes.categoryPath.0" → "categoryPath". */
export function errorsByField(fieldErrors: Record<string, string[]> | undefined): Partial<Record<Field, string[]>> {
  const out: Partial<Record<Field, string[]>> = {};
  for (const [path, messages] of Object.entries(fieldErrors ?? {})) {
    const name = path.replace(/^changes\./, "").split(".")[0] as Field;
    if (!FIELDS.includes(name)) continue;
    (out[name] ??= []).push(...messages);
  }
  return out;
}

type Options = { users: { id: string; name: string }[]; projects: { id: string; name: string }[]; formatTime: (iso: string) => string };

/** The conflict notice's "Now <field>: <value>" rows for the fields this user tried to change. */
export function currentValues(current: Record<string, unknown>, fields: Field[], options: Options): { label: string; value: string }[] {
  return fields.map((field) => {
    const v = current[field];
    let shown: string;
    if (v === null || v === undefined || v === "" || (Array.isArray(v) && !v.length)) shown = "—";
    else if (field === "assigneeId") shown = options.users.find((u) => u.id === v)?.name ?? "someone no longer assignable";
    else if (field === "projectId") shown = options.projects.find((p) => p.id === v)?.name ?? "another project";
    else if (field === "dueAt") shown = options.formatTime(String(v));
    else if (field === "categoryPath" && Array.isArray(v)) shown = v.join(CATEGORY_SEPARATOR);
    else if (field === "effortHours") shown = formatEffort(Number(v));
    else if (field === "severity") shown = SEVERITY_LABELS[v as keyof typeof SEVERITY_LABELS] ?? String(v);
    else if (field === "description") shown = String(v).length > 140 ? `${String(v).slice(0, 139)}…` : String(v);
    else shown = String(v);
    return { label: FIELD_LABELS[field].replace(/ \(.*\)$/, "").toLowerCase(), value: shown };
  });
}
