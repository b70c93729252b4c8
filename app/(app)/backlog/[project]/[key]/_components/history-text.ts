import { CHECKLIST_LABELS, formatEffort, SEVERITY_LABELS, STATUS_LABELS } from "@/lib/backlog/labels";
import { readRule, ruleText } from "@/lib/backlog/metric-rule";

// Turns audit rows into sentences people read: "changed status from In progress to Done",
// "ticked 'Runbook reviewed'". Pure (no React, no time zone): timestamps stay ISO strings so the
// browser renders them in the viewer's zone.

export type Segment = { kind: "text"; text: string } | { kind: "value"; text: string } | { kind: "time"; iso: string };
export type Phrase = Segment[];
export type Lookups = { users: Record<string, string>; projects: Record<string, string> };
export type AuditRow = { action: string; before: unknown; after: unknown };

const text = (t: string): Segment => ({ kind: "text", text: t });
const value = (t: string): Segment => ({ kind: "value", text: t });

const FIELD_LABELS: Record<string, string> = {
  status: "status",
  priority: "priority",
  title: "title",
  description: "description",
  blockedReason: "blocked reason",
  severity: "severity",
  effortHours: "effort",
  impact: "impact",
  assigneeId: "assignee",
  dueAt: "due date",
  dueOverrideReason: "due date reason",
  categoryPath: "category",
  category: "category",
  projectId: "project",
  triagedAt: "triaged",
  startedAt: "started",
  completedAt: "completed",
  checklist: "checklist",
};
/** Fields in the order a reader cares about them; unknown fields follow in their own order. */
const ORDER = Object.keys(FIELD_LABELS);
const TIMES = new Set(["dueAt", "triagedAt", "startedAt", "completedAt"]);

const quote = (s: string) => `'${s.length > 80 ? `${s.slice(0, 79)}…` : s}'`;
const obj = (v: unknown): Record<string, unknown> => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/** One field's value as a segment, or null when it is empty. */
function show(field: string, v: unknown, lookups: Lookups): Segment | null {
  if (v === null || v === undefined || v === "" || (Array.isArray(v) && v.length === 0)) return null;
  if (TIMES.has(field) && typeof v === "string") return { kind: "time", iso: v };
  switch (field) {
    case "status":
      return value(STATUS_LABELS[v as keyof typeof STATUS_LABELS] ?? String(v));
    case "severity":
      return value(SEVERITY_LABELS[v as keyof typeof SEVERITY_LABELS] ?? String(v));
    case "effortHours":
      return value(typeof v === "number" ? formatEffort(v) : String(v));
    case "impact":
      return value(`${String(v)} / 5`);
    case "assigneeId":
      return value(lookups.users[String(v)] ?? "a former user");
    case "projectId":
      return value(lookups.projects[String(v)] ?? "another project");
    case "categoryPath":
    case "category":
      return value(Array.isArray(v) ? v.join(" › ") : String(v));
    case "title":
    case "blockedReason":
    case "dueOverrideReason":
      return value(quote(String(v)));
    default:
      return value(typeof v === "object" ? JSON.stringify(v) : String(v));
  }
}

function fieldPhrase(field: string, before: unknown, after: unknown, lookups: Lookups): Phrase {
  const label = FIELD_LABELS[field] ?? field;
  // Long or structured values: say what changed, not the whole text.
  if (field === "description") return [text("edited the description")];
  if (field === "checklist") return [text("updated the checklist")];
  const from = show(field, before, lookups);
  const to = show(field, after, lookups);
  if (!to) return from ? [text(`cleared ${label} (was `), from, text(")")] : [text(`cleared ${label}`)];
  if (!from) return [text(`set ${label} to `), to];
  return [text(`changed ${label} from `), from, text(" to "), to];
}

/** Field changes of an update row. Timestamps the status or priority change derived are left out. */
function fieldPhrases(row: AuditRow, lookups: Lookups): Phrase[] {
  const before = obj(row.before);
  const after = obj(row.after);
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const derived = new Set<string>();
  if (fields.includes("status")) derived.add("startedAt").add("completedAt");
  if (fields.includes("priority")) derived.add("triagedAt");
  const rank = (f: string) => (ORDER.includes(f) ? ORDER.indexOf(f) : ORDER.length);
  return fields
    .filter((f) => !derived.has(f) && JSON.stringify(before[f] ?? null) !== JSON.stringify(after[f] ?? null))
    .sort((a, b) => rank(a) - rank(b))
    .map((f) => fieldPhrase(f, before[f], after[f], lookups));
}

/** The checklist entry a tick/add/remove row is about: { acceptance: { text } } → ["acceptance", text]. */
function entryOf(v: unknown): [string, string] {
  const [kind, entry] = Object.entries(obj(v))[0] ?? ["", {}];
  return [CHECKLIST_LABELS[kind as keyof typeof CHECKLIST_LABELS] ?? kind, String(obj(entry).text ?? "")];
}

const LINK_VERBS: Record<string, string> = { blocks: "marked it as blocking", relates: "linked it to", runbook: "linked runbook", metric: "linked metric" };
const UNLINK_TEXT: Record<string, string> = { blocks: "removed a 'blocks' link", relates: "removed a related-item link", runbook: "removed a runbook link", metric: "removed a metric link" };

/** What one history row says, as phrases (usually one; an edit of several fields gives several). */
export function describeAudit(row: AuditRow, lookups: Lookups): Phrase[] {
  switch (row.action) {
    case "item.create":
      return [[text("created this item")]];
    case "item.delete":
      return [[text("deleted this item")]];
    case "item.checklist_tick":
    case "item.checklist_untick": {
      const [, entry] = entryOf(row.after);
      const phrase = [text(row.action === "item.checklist_tick" ? "ticked " : "unticked "), value(quote(entry))];
      // Ticked by a metric's value: "because type_safety < 50: 49 at <time>".
      const because = /^(.*): (\S+) at (\d{4}-\d{2}-\d{2}T\S+)$/.exec(String(obj(row.after).because ?? ""));
      if (because) phrase.push(text(" because "), value(`${because[1]}: ${because[2]}`), text(" at "), { kind: "time", iso: because[3]! });
      return [phrase];
    }
    case "item.criterion_link":
    case "item.criterion_unlink": {
      const [, entry] = entryOf(row.after);
      const rule = readRule(obj(Object.values(obj(row.after))[0]).rule);
      const was = readRule(obj(Object.values(obj(row.before))[0]).rule);
      if (rule) return [[value(quote(entry)), text(" now follows "), value(ruleText(rule))]];
      return [[value(quote(entry)), text(was ? ` no longer follows ${ruleText(was)}` : " no longer follows a metric")]];
    }
    case "item.checklist_add": {
      const [kind, entry] = entryOf(row.after);
      return [[text("added "), value(quote(entry)), text(` to ${kind}`)]];
    }
    case "item.checklist_remove": {
      const [kind, entry] = entryOf(row.before);
      return [[text("removed "), value(quote(entry)), text(` from ${kind}`)]];
    }
    case "item.link": {
      const [kind, target] = Object.entries(obj(row.after))[0] ?? ["", ""];
      return [[text(`${LINK_VERBS[kind] ?? `linked (${kind})`} `), value(String(target))]];
    }
    case "item.unlink": {
      const [kind] = Object.keys(obj(row.before));
      return [[text(UNLINK_TEXT[kind ?? ""] ?? "removed a link")]];
    }
    default: {
      const phrases = fieldPhrases(row, lookups);
      if (phrases.length) return phrases;
      return [[text(row.action.startsWith("item.") ? "saved without changes" : row.action)]];
    }
  }
}

/** A short note for rows not made by hand on this page (bulk edits, imports). */
export function auditNote(action: string): string | null {
  if (action === "item.bulk_update") return "bulk edit";
  if (action === "item.import_update") return "re-import";
  if (action === "item.import_missing") return "missing from the re-imported plan";
  return null;
}

/** The sentence as plain text (for tests, titles and screen-reader-only summaries). */
export const phraseText = (phrase: Phrase) => phrase.map((s) => (s.kind === "time" ? s.iso : s.text)).join("");
