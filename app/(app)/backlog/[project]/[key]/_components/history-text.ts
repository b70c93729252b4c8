import { CHECKLIST_LABELS, formatEffort, SEVERITY_LABELS, STATUS_LABELS } from "@/lib/backlog/labels";
import { readRule, ruleText } from "@/lib/backlog/metric-rule";
import { isItemRecord, noActionLeft, storedAction, type AuditRecord } from "@/lib/domain/audit-record";
import { CHECKLIST_KINDS, LINK_KINDS, type ChecklistKind, type LinkKind } from "@/lib/domain/items";

// Turns audit records (lib/domain/audit-record.ts) into sentences people read: "changed status
// from In progress to Done", "ticked 'Runbook reviewed'". Pure (no React, no time zone): timestamps
// stay ISO strings so the browser renders them in the viewer's zone.

export type Segment = { kind: "text"; text: string } | { kind: "value"; text: string } | { kind: "time"; iso: string };
export type Phrase = Segment[];
export type Lookups = { users: Record<string, string>; projects: Record<string, string> };

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
function fieldPhrases(before: Record<string, unknown>, after: Record<string, unknown>, lookups: Lookups): Phrase[] {
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

/** The first of `keys` a side names, with its value: the list a checklist row is about, a link's kind. */
function named<K extends string, V>(side: { [P in K]?: V }, keys: readonly K[]): [K, V] | null {
  for (const k of keys) if (side[k] !== undefined) return [k, side[k] as V];
  return null;
}

/** The checklist entry a row is about: { acceptance: { text } } → ["Acceptance criteria", text]. */
function entryOf(side: { [K in ChecklistKind]?: { text: string } }): [string, string] {
  const [kind, entry] = named(side, CHECKLIST_KINDS) ?? [null, null];
  return kind ? [CHECKLIST_LABELS[kind], entry.text] : ["", ""];
}

const LINK_VERBS = { blocks: "marked it as blocking", relates: "linked it to", runbook: "linked runbook", metric: "linked metric" } satisfies Record<LinkKind, string>;
const UNLINK_TEXT = { blocks: "removed a 'blocks' link", relates: "removed a related-item link", runbook: "removed a runbook link", metric: "removed a metric link" } satisfies Record<LinkKind, string>;

/** A row this version cannot read as its action (or not an item's): the fields it stored, as they changed. */
function describeStored(action: string, before: unknown, after: unknown, lookups: Lookups): Phrase[] {
  const phrases = fieldPhrases(obj(before), obj(after), lookups);
  if (phrases.length) return phrases;
  return [[text(action.startsWith("item.") ? "saved without changes" : action)]];
}

/** What one history row says, as phrases (usually one; an edit of several fields gives several). */
export function describeAudit(record: AuditRecord, lookups: Lookups): Phrase[] {
  if (!isItemRecord(record)) return describeStored(storedAction(record), record.before, record.after, lookups);
  switch (record.action) {
    case "item.create":
      return [[text("created this item")]];
    case "item.delete":
      return [[text("deleted this item")]];
    case "item.update":
    case "item.status":
    case "item.bulk_update":
    case "item.import_update":
    case "item.import_missing":
      return describeStored(record.action, record.before, record.after, lookups);
    case "item.checklist_tick":
    case "item.checklist_untick": {
      const [, entry] = entryOf(record.after);
      const phrase = [text(record.action === "item.checklist_tick" ? "ticked " : "unticked "), value(quote(entry))];
      // Ticked by a metric's value: "because type_safety < 50: 49 at <time>" (lib/metrics/rule-eval.ts words it).
      const because = /^(.*): (\S+) at (\d{4}-\d{2}-\d{2}T\S+)$/.exec(record.after.because ?? "");
      if (because) phrase.push(text(" because "), value(`${because[1]}: ${because[2]}`), text(" at "), { kind: "time", iso: because[3]! });
      return [phrase];
    }
    case "item.criterion_link":
    case "item.criterion_unlink": {
      const entry = record.after.acceptance?.text ?? "";
      const rule = readRule(record.after.acceptance?.rule);
      const was = readRule(record.before.acceptance?.rule);
      if (rule) return [[value(quote(entry)), text(" now follows "), value(ruleText(rule))]];
      return [[value(quote(entry)), text(was ? ` no longer follows ${ruleText(was)}` : " no longer follows a metric")]];
    }
    case "item.checklist_add": {
      const [kind, entry] = entryOf(record.after);
      return [[text("added "), value(quote(entry)), text(` to ${kind}`)]];
    }
    case "item.checklist_remove": {
      const [kind, entry] = entryOf(record.before);
      return [[text("removed "), value(quote(entry)), text(` from ${kind}`)]];
    }
    case "item.link": {
      const [kind, target] = named(record.after, LINK_KINDS) ?? [null, ""];
      return [[text(`${kind ? LINK_VERBS[kind] : "linked ()"} `), value(String(target))]];
    }
    case "item.unlink": {
      const [kind] = named(record.before, LINK_KINDS) ?? [null];
      return [[text(kind ? UNLINK_TEXT[kind] : "removed a link")]];
    }
    default:
      noActionLeft(record);
      return [[text("changed this item")]];
  }
}

/** A short note for rows not made by hand on this page (bulk edits, imports). */
export function auditNote(record: AuditRecord): string | null {
  switch (storedAction(record)) {
    case "item.bulk_update":
      return "bulk edit";
    case "item.import_update":
      return "re-import";
    case "item.import_missing":
      return "missing from the re-imported plan";
    default:
      return null;
  }
}

/** The sentence as plain text (for tests, titles and screen-reader-only summaries). */
export const phraseText = (phrase: Phrase) => phrase.map((s) => (s.kind === "time" ? s.iso : s.text)).join("");
