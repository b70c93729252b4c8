import { CHECKLIST_LABELS, formatEffort, PRIORITY_LABELS, SEVERITY_LABELS, STATUS_LABELS } from "@/lib/backlog/labels";
import { readRule, ruleText } from "@/lib/backlog/metric-rule";
import type { RefKind } from "@/lib/domain/audit-refs";
import { isItemRecord, noActionLeft, storedAction, type AuditRecord, type ItemAuditRecord } from "@/lib/domain/audit-record";
import { CHECKLIST_KINDS, LINK_KINDS, type ChecklistKind, type LinkKind } from "@/lib/domain/items";

// An audit event in words: "changed status from In progress to Done" on the item page, "changed
// status of P1-009 'Establish…' (Health todos) from In progress to Done" in the admin audit log.
// The one place that words a history row: both screens render what this returns
// (components/audit/audit-sentence.tsx), and every action has its case (a new one fails to compile).
// Pure (no React, no time zone): timestamps stay ISO strings, printed in the viewer's zone by LocalTime.

export type Segment =
  | { kind: "text"; text: string }
  | { kind: "value"; text: string }
  | { kind: "time"; iso: string }
  /** A thing by name, linked to its page when it still has one. */
  | { kind: "link"; text: string; href: string | null }
  /** A long text's whole before and after, for a "show the full text" disclosure. */
  | { kind: "diff"; before: string | null; after: string | null };
export type Phrase = Segment[];

/** A thing a row names, as a reader sees it: "P0-006 'Add tracing'" in "Health todos", linked. */
export type Thing = { label: string; href: string | null; context?: string };
/**
 * Names for the ids rows hold: users and projects by name (all the item page needs), and for the
 * audit log every kind of thing with its link (lib/audit-log/queries.ts reads them in one query per kind).
 */
export type Lookups = { users: Record<string, string>; projects: Record<string, string>; things?: Partial<Record<RefKind, Record<string, Thing>>> };

/** One row in words: a headline and, for a change of several fields, one line per field. */
export type Sentence = { head: Phrase; details: Phrase[] };

const text = (t: string): Segment => ({ kind: "text", text: t });
const value = (t: string): Segment => ({ kind: "value", text: t });
const time = (iso: string): Segment => ({ kind: "time", iso });

const LONG = 80;
const clip = (s: string, max = LONG) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
const quote = (s: string) => `'${clip(s)}'`;
const isLong = (v: unknown) => typeof v === "string" && (v.length > LONG || v.includes("\n"));
const obj = (v: unknown): Record<string, unknown> => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

/** Any stored value as short text, never a JSON blob: lists joined, objects as "key: value". */
function plain(v: unknown): string {
  if (v === null || v === undefined) return "—";
  if (Array.isArray(v)) return clip(v.map(plain).join(", "));
  if (typeof v === "object") {
    return clip(
      Object.entries(v as Record<string, unknown>)
        .map(([k, x]) => `${k}: ${plain(x)}`)
        .join(", "),
    );
  }
  return clip(String(v));
}

// ---- Item fields -------------------------------------------------------------------------------

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
  slaStartedAt: "SLA start",
  checklist: "checklist",
  priorityLabel: "priority label",
};
/** Fields in the order a reader cares about them; unknown fields follow in their own order. */
const ORDER = Object.keys(FIELD_LABELS);
const TIMES = new Set(["dueAt", "triagedAt", "startedAt", "completedAt", "slaStartedAt"]);
/** Free text: quoted, clipped, and the whole of it behind a disclosure when long. */
const TEXTS = new Set(["title", "blockedReason", "dueOverrideReason", "description", "priorityLabel"]);

/** One field's value as a segment, or null when it is empty. */
function show(field: string, v: unknown, lookups: Lookups): Segment | null {
  if (v === null || v === undefined || v === "" || (Array.isArray(v) && v.length === 0)) return null;
  if (TIMES.has(field) && typeof v === "string") return time(v);
  if (TEXTS.has(field)) return value(quote(String(v)));
  switch (field) {
    case "status":
      return value(STATUS_LABELS[v as keyof typeof STATUS_LABELS] ?? plain(v));
    case "priority":
      return value(PRIORITY_LABELS[v as keyof typeof PRIORITY_LABELS] ?? plain(v));
    case "severity":
      return value(SEVERITY_LABELS[v as keyof typeof SEVERITY_LABELS] ?? plain(v));
    case "effortHours":
      return value(typeof v === "number" ? formatEffort(v) : plain(v));
    case "impact":
      return value(`${plain(v)} / 5`);
    case "assigneeId":
      return value(lookups.users[String(v)] ?? "a former user");
    case "projectId":
      return value(lookups.projects[String(v)] ?? "another project");
    case "categoryPath":
    case "category":
      return value(Array.isArray(v) ? v.map(plain).join(" › ") : plain(v));
    default:
      return value(plain(v));
  }
}

type Entry = { text: string; done: boolean };
const entries = (v: unknown): Entry[] => (Array.isArray(v) ? v.map((e) => ({ text: String(obj(e).text ?? ""), done: obj(e).done === true })) : []);

/** A re-imported checklist in short: "added 'A', removed 'B', ticked 'C'" (or how many, when many). */
function checklistChange(before: unknown, after: unknown): string {
  const was = new Map(entries(before).map((e) => [e.text, e]));
  const now = new Map(entries(after).map((e) => [e.text, e]));
  const say = (verb: string, list: string[]) => (list.length === 0 ? [] : list.length <= 2 ? [`${verb} ${list.map((t) => quote(clip(t, 40))).join(" and ")}`] : [`${verb} ${list.length} entries`]);
  const parts = [
    ...say("added", [...now.keys()].filter((t) => !was.has(t))),
    ...say("removed", [...was.keys()].filter((t) => !now.has(t))),
    ...say("ticked", [...now.values()].filter((e) => e.done && was.get(e.text)?.done === false).map((e) => e.text)),
    ...say("unticked", [...now.values()].filter((e) => !e.done && was.get(e.text)?.done === true).map((e) => e.text)),
  ];
  return parts.length ? parts.join(", ") : "reordered";
}

/** `label` of the subject: "status" alone on the item page, "status of P0-006 'Add tracing'" in the log. */
const ofSubject = (label: string, subject: Phrase | null): Phrase => (subject ? [text(`${label} of `), ...subject] : [text(label)]);

function fieldPhrase(field: string, before: unknown, after: unknown, lookups: Lookups, subject: Phrase | null): Phrase {
  const label = FIELD_LABELS[field] ?? field;
  if (field === "checklist") return [text("updated "), ...ofSubject("the checklist", subject), text(": "), value(checklistChange(before, after))];
  // The whole text behind a disclosure: a description is seldom short, and a clipped title hides the change.
  const full: Phrase = TEXTS.has(field) && (isLong(before) || isLong(after)) ? [{ kind: "diff", before: typeof before === "string" ? before : null, after: typeof after === "string" ? after : null }] : [];
  if (field === "description") return [text("edited "), ...ofSubject("the description", subject), ...full];
  const from = show(field, before, lookups);
  const to = show(field, after, lookups);
  if (!to) return from ? [text("cleared "), ...ofSubject(label, subject), text(" (was "), from, text(")"), ...full] : [text("cleared "), ...ofSubject(label, subject)];
  if (!from) return [text("set "), ...ofSubject(label, subject), text(" to "), to, ...full];
  return [text("changed "), ...ofSubject(label, subject), text(" from "), from, text(" to "), to, ...full];
}

/** Field changes of an update row. Timestamps the status or priority change derived are left out. */
function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const derived = new Set<string>();
  if (fields.includes("status")) derived.add("startedAt").add("completedAt");
  if (fields.includes("priority")) derived.add("triagedAt").add("priorityLabel");
  const rank = (f: string) => (ORDER.includes(f) ? ORDER.indexOf(f) : ORDER.length);
  return fields.filter((f) => !derived.has(f) && JSON.stringify(before[f] ?? null) !== JSON.stringify(after[f] ?? null)).sort((a, b) => rank(a) - rank(b));
}

/**
 * An edit in words. One field: the subject goes in its phrase ("changed status of X from…"); several:
 * "made 3 changes to X" over one line per field.
 */
function edited(before: unknown, after: unknown, lookups: Lookups, subject: Phrase | null, empty: Phrase): Sentence {
  const fields = changedFields(obj(before), obj(after));
  if (fields.length === 0) return { head: empty, details: [] };
  if (fields.length === 1) return { head: fieldPhrase(fields[0]!, obj(before)[fields[0]!], obj(after)[fields[0]!], lookups, subject), details: [] };
  return {
    head: [text(`made ${fields.length} changes`), ...(subject ? [text(" to "), ...subject] : [])],
    details: fields.map((f) => fieldPhrase(f, obj(before)[f], obj(after)[f], lookups, null)),
  };
}

// ---- Things by name ----------------------------------------------------------------------------

/** A thing the row names by id: linked by name, or in words when it is gone. */
function named(lookups: Lookups, kind: RefKind, id: string | null | undefined, gone: string): Phrase {
  const thing = id ? lookups.things?.[kind]?.[id] : undefined;
  if (!thing) return [text(gone)];
  return [{ kind: "link", text: thing.label, href: thing.href }, ...(thing.context ? [text(` (${thing.context})`)] : [])];
}

const itemLabel = (key: unknown, title: unknown) => (typeof key === "string" ? `${key}${typeof title === "string" ? ` '${clip(title, 60)}'` : ""}` : null);

/** What the row is about, when the lookups do not know it (deleted since): the label the row itself stored. */
function storedLabel(record: AuditRecord): string | null {
  const a = obj(record.after);
  const b = obj(record.before);
  switch (storedAction(record).split(".")[0]) {
    case "item":
      return itemLabel(b.key ?? a.key, b.title ?? a.title);
    case "runbook":
      return typeof a.title === "string" ? a.title : null;
    case "metric":
      return typeof (a.key ?? b.key) === "string" ? String(a.key ?? b.key) : null;
    case "user":
      return typeof (a.name ?? b.name) === "string" ? String(a.name ?? b.name) : null;
    case "token":
      return typeof (a.name ?? b.name) === "string" ? `'${String(a.name ?? b.name)}'` : null;
    case "project":
      return typeof a.name === "string" ? a.name : null;
    default:
      return null;
  }
}

const GONE: Record<string, string> = {
  item: "a deleted item",
  project: "a deleted project",
  runbook: "a deleted runbook",
  metric: "a deleted metric",
  user: "a former user",
  api_token: "a deleted token",
  webhook: "a deleted webhook",
  import: "a deleted project",
  sla_policy: "an SLA policy",
  sla_settings: "the SLA settings",
  workspace: "the workspace",
};

/** The row's own entity as the log names it: linked when it still exists, else by the label the row kept. */
export function subjectOf(row: { entityType: string; entityId: string; record: AuditRecord }, lookups: Lookups): Phrase {
  const thing = lookups.things?.[row.entityType as RefKind]?.[row.entityId];
  if (thing) return named(lookups, row.entityType as RefKind, row.entityId, "");
  const stored = storedLabel(row.record);
  return stored ? [value(stored)] : [text(GONE[row.entityType] ?? `a ${row.entityType}`)];
}

// ---- Item rows ---------------------------------------------------------------------------------

/** The first of `keys` a side names, with its value: the list a checklist row is about, a link's kind. */
function first<K extends string, V>(side: { [P in K]?: V }, keys: readonly K[]): [K, V] | null {
  for (const k of keys) if (side[k] !== undefined) return [k, side[k] as V];
  return null;
}

/** The checklist entry a row is about: { acceptance: { text } } → ["Acceptance criteria", text]. */
function entryOf(side: { [K in ChecklistKind]?: { text: string } }): [string, string] {
  const [kind, entry] = first(side, CHECKLIST_KINDS) ?? [null, null];
  return kind ? [CHECKLIST_LABELS[kind], entry.text] : ["", ""];
}

const UNLINK_TEXT = { blocks: "removed a 'blocks' link", relates: "removed a related-item link", runbook: "removed a runbook link", metric: "removed a metric link" } satisfies Record<LinkKind, string>;
const LINKED_KIND = { blocks: "item", relates: "item", runbook: "runbook", metric: "metric" } as const satisfies Record<LinkKind, RefKind>;

/** " on X" after a phrase about the subject, nothing on its own page. */
const on = (word: string, subject: Phrase | null): Phrase => (subject ? [text(` ${word} `), ...subject] : []);
const one = (...head: Phrase): Sentence => ({ head, details: [] });

function describeItem(record: ItemAuditRecord, lookups: Lookups, subject: Phrase | null): Sentence {
  const it = subject ?? [text("this item")];
  switch (record.action) {
    case "item.create":
      return one(text("created "), ...it);
    case "item.delete":
      return one(text("deleted "), ...it);
    case "item.update":
    case "item.status":
    case "item.bulk_update":
    case "item.import_update":
    case "item.import_missing":
      return edited(record.before, record.after, lookups, subject, [text("saved "), ...(subject ?? []), text(subject ? " without changes" : "without changes")]);
    case "item.checklist_tick":
    case "item.checklist_untick": {
      const [, entry] = entryOf(record.after);
      const phrase: Phrase = [text(record.action === "item.checklist_tick" ? "ticked " : "unticked "), value(quote(entry)), ...on("on", subject)];
      // Ticked by a metric's value: "because type_safety < 50: 49 at <time>" (lib/metrics/rule-eval.ts words it).
      const because = /^(.*): (\S+) at (\d{4}-\d{2}-\d{2}T\S+)$/.exec(record.after.because ?? "");
      if (because) phrase.push(text(" because "), value(`${because[1]}: ${because[2]}`), text(" at "), time(because[3]!));
      return one(...phrase);
    }
    case "item.criterion_link":
    case "item.criterion_unlink": {
      const entry = record.after.acceptance?.text ?? "";
      const rule = readRule(record.after.acceptance?.rule);
      const was = readRule(record.before.acceptance?.rule);
      if (rule) return one(value(quote(entry)), ...on("on", subject), text(" now follows "), value(ruleText(rule)));
      return one(value(quote(entry)), ...on("on", subject), text(was ? ` no longer follows ${ruleText(was)}` : " no longer follows a metric"));
    }
    case "item.checklist_add": {
      const [kind, entry] = entryOf(record.after);
      return one(text("added "), value(quote(entry)), text(` to ${kind}`), ...on("of", subject));
    }
    case "item.checklist_remove": {
      const [kind, entry] = entryOf(record.before);
      return one(text("removed "), value(quote(entry)), text(` from ${kind}`), ...on("of", subject));
    }
    case "item.link": {
      const [kind, target] = first(record.after, LINK_KINDS) ?? [null, ""];
      const to = value(String(target));
      switch (kind) {
        case "blocks":
          return one(text("marked "), ...(subject ?? [text("it")]), text(" as blocking "), to);
        case "relates":
          return one(text("linked "), ...(subject ?? [text("it")]), text(" to "), to);
        case "runbook":
        case "metric":
          return one(text(`linked ${kind} `), to, ...on("to", subject));
        default:
          return one(text("linked "), to, ...on("to", subject));
      }
    }
    case "item.unlink": {
      const [kind, target] = first(record.before, LINK_KINDS) ?? [null, null];
      if (!kind) return one(text("removed a link"), ...on("from", subject));
      const other = target && lookups.things?.[LINKED_KIND[kind]]?.[target] ? [text(" to "), ...named(lookups, LINKED_KIND[kind], target, "")] : [];
      return one(text(UNLINK_TEXT[kind]), ...on("from", subject), ...other);
    }
    case "item.comment_add":
      return one(text("commented"), ...on("on", subject), text(": "), value(quote(record.after.body.slice(0, 200))));
    case "item.comment_edit":
      return one(text("edited a comment"), ...on("on", subject), text(": "), value(quote(record.after.body.slice(0, 200))));
    case "item.comment_delete":
      return one(text("deleted a comment"), ...on("on", subject), text(": "), value(quote(record.before.body.slice(0, 200))));
    case "item.github": {
      const a = record.after;
      if (a.commit) return one(text("closed "), ...(subject ?? [text("it")]), text(" by commit "), value(`${a.repo}@${a.commit.slice(0, 7)}`), text(" "), value(quote(a.title)));
      const pr = value(`${a.repo}#${a.number ?? "?"}`);
      if (!record.before) return one(text("linked pull request "), pr, text(" "), value(quote(a.title)), text(` (${a.state})`), ...on("to", subject));
      return one(text("pull request "), pr, text(` was ${a.state === "open" ? "reopened" : a.state}`), ...on("for", subject));
    }
    default:
      noActionLeft(record);
      return one(text("changed "), ...it);
  }
}

// ---- Everything else ---------------------------------------------------------------------------

const POLICY_LABELS: Record<string, string> = { label: "name", targetHours: "target", calendar: "calendar", ownership: "ownership", trackingCadence: "tracking cadence", escalation: "escalation" };
const METRIC_LABELS: Record<string, string> = {
  key: "key",
  name: "name",
  unit: "unit",
  direction: "direction",
  target: "target",
  warningThreshold: "warning threshold",
  criticalThreshold: "critical threshold",
  projectId: "project",
  description: "description",
};
const RUNBOOK_LABELS: Record<string, string> = { title: "title", service: "service", ownerId: "owner", projectId: "project", reviewIntervalDays: "review interval", draft: "state" };

const hours = (h: unknown) => (typeof h === "number" ? (h % 24 === 0 && h >= 24 ? plural(h / 24, "day") : plural(h, "hour")) : plain(h));

/** A value of a non-item field, in words. */
function say(field: string, v: unknown, lookups: Lookups): Segment | null {
  if (v === null || v === undefined || v === "") return null;
  switch (field) {
    case "targetHours":
      return value(hours(v));
    case "calendar":
      return value(v === "business" ? "business days" : "calendar days");
    case "direction":
      return value(v === "lower_is_better" ? "lower is better" : "higher is better");
    case "projectId":
      return value(lookups.projects[String(v)] ?? lookups.things?.project?.[String(v)]?.label ?? "another project");
    case "ownerId":
      return value(lookups.users[String(v)] ?? "a former user");
    case "reviewIntervalDays":
      return value(typeof v === "number" ? plural(v, "day") : plain(v));
    case "draft":
      return value(v ? "draft" : "ready");
    case "atRiskShare":
      return value(typeof v === "number" ? `${Math.round(v * 100)}%` : plain(v));
    case "timeZone":
      return value(String(v));
    default:
      return isLong(v) ? value(quote(String(v))) : value(typeof v === "string" ? v : plain(v));
  }
}

/** "changed target from 24 hours to 2 days", one per field that differs, in `labels`' order. */
function diffs(before: unknown, after: unknown, labels: Record<string, string>, lookups: Lookups): Phrase[] {
  const b = obj(before);
  const a = obj(after);
  return Object.keys(labels)
    .filter((f) => f in a && JSON.stringify(b[f] ?? null) !== JSON.stringify(a[f] ?? null))
    .map((f) => {
      const from = say(f, b[f], lookups);
      const to = say(f, a[f], lookups);
      const full: Phrase = isLong(b[f]) || isLong(a[f]) ? [{ kind: "diff", before: typeof b[f] === "string" ? b[f] : null, after: typeof a[f] === "string" ? a[f] : null }] : [];
      if (!to) return [text(`cleared ${labels[f]}`), ...(from ? [text(" (was "), from, text(")")] : []), ...full];
      if (!from) return [text(`set ${labels[f]} to `), to, ...full];
      return [text(`changed ${labels[f]} from `), from, text(" to "), to, ...full];
    });
}

const withDetails = (head: Phrase, details: Phrase[]): Sentence => ({ head, details });
const policyOf = (a: { priority: string; projectId: string | null }, lookups: Lookups): Phrase => [
  text("the "),
  value(PRIORITY_LABELS[a.priority as keyof typeof PRIORITY_LABELS] ?? a.priority),
  text(" SLA policy "),
  ...(a.projectId ? [text("for "), value(lookups.projects[a.projectId] ?? lookups.things?.project?.[a.projectId]?.label ?? "another project")] : [text("(workspace default)")]),
];
const moved = (n: number): Phrase[] => (n > 0 ? [[text("moved "), value(plural(n, "due date")), text(" to match")]] : []);

function describeOther(record: Exclude<AuditRecord, ItemAuditRecord>, lookups: Lookups, subject: Phrase): Sentence {
  switch (record.action) {
    case "unreadable": {
      const stored = edited(record.before, record.after, lookups, null, []);
      const head: Phrase = [text("recorded "), value(record.stored), text(" on "), ...subject];
      return withDetails(head, stored.details.length ? stored.details : stored.head.length ? [stored.head] : []);
    }
    case "import.create_items":
      return one(text("imported "), value(plural(record.after.created, "item")), text(" from "), value(quote(record.after.fileName)), text(" into "), ...subject);
    case "project.create":
      return one(text("created project "), ...subject);
    case "sla_policy.create":
      return withDetails([text("created "), ...policyOf(record.after, lookups), text(": "), value(hours(record.after.targetHours)), text(", "), say("calendar", record.after.calendar, lookups)!], moved(record.after.itemsMoved));
    case "sla_policy.update":
      return withDetails([text("changed "), ...policyOf(record.after, lookups)], [...diffs(record.before, record.after, POLICY_LABELS, lookups), ...moved(record.after.itemsMoved)]);
    case "sla_policy.import_create":
      return one(text("created "), ...policyOf({ priority: record.after.priority, projectId: null }, lookups).slice(0, 3), text("from an import: "), value(record.after.targetHours === null ? "no target" : hours(record.after.targetHours)));
    case "sla_settings.update":
      return withDetails([text("changed the SLA settings")], [...diffs(record.before, record.after, { timeZone: "time zone", atRiskShare: "at-risk share" }, lookups), ...moved(record.after.itemsMoved)]);
    case "runbook.create":
      return one(text("created runbook "), ...subject, ...(record.after.linkItemId ? [text(" from "), ...named(lookups, "item", record.after.linkItemId, "a deleted item")] : []));
    case "runbook.save": {
      const head: Phrase = [text("saved "), ...subject, ...(record.after.revision !== undefined ? [text(" as revision "), value(String(record.after.revision))] : [])];
      return withDetails(head, diffs(record.before, record.after, RUNBOOK_LABELS, lookups));
    }
    case "runbook.restore":
      return one(text("restored "), ...subject, text(" to revision "), value(String(record.after.from)), text(" (now revision "), value(String(record.after.revision)), text(")"));
    case "runbook.review":
      return withDetails(
        [text("reviewed "), ...subject, text(" at revision "), value(String(record.after.revision))],
        record.after.note ? [[text("note: "), value(quote(record.after.note)), ...(isLong(record.after.note) ? [{ kind: "diff", before: null, after: record.after.note } as const] : [])]] : [],
      );
    case "runbook.link_item":
      return one(text("linked "), ...subject, text(" to "), ...named(lookups, "item", record.after.itemId, "a deleted item"));
    case "runbook.unlink_item":
      return one(text("unlinked "), ...subject, text(" from "), ...named(lookups, "item", record.before.itemId, "a deleted item"));
    case "runbook.link_metric":
      return one(text("linked "), ...subject, text(" to metric "), ...named(lookups, "metric", record.after.metricId, "a deleted metric"));
    case "runbook.unlink_metric":
      return one(text("unlinked "), ...subject, text(" from metric "), ...named(lookups, "metric", record.before.metricId, "a deleted metric"));
    case "runbook.drill_start":
      return one(text("started a drill of "), ...subject, text(": "), value(quote(record.after.scenario)));
    case "runbook.drill_finish":
      return one(text("finished a drill of "), ...subject, text(": "), value(quote(record.after.outcome)));
    case "metric.create":
      return one(text("created metric "), ...subject, ...(record.after.target !== null ? [text(" with target "), value(`${record.after.target}${record.after.unit ? ` ${record.after.unit}` : ""}`)] : []));
    case "metric.update":
      return withDetails([text("changed metric "), ...subject], diffs(record.before, record.after, METRIC_LABELS, lookups));
    case "metric.delete":
      return one(text("deleted metric "), ...subject, text(" and its "), value(plural(record.before.points, "value")));
    case "metric.record":
      return one(
        text("recorded "),
        value(record.after.count === 1 && record.after.value !== undefined ? String(record.after.value) : plural(record.after.count, "value")),
        text(record.after.count === 1 ? " for " : " of "),
        ...subject,
        ...(record.after.source ? [text(" via "), value(record.after.source)] : []),
      );
    case "metric.remove_point":
      return one(text("removed the value "), value(String(record.before.value)), text(" recorded "), time(record.before.recordedAt), text(" from "), ...subject);
    case "metric.import_create":
      return one(text("created metric "), ...subject, text(" from an import, with target "), value(String(record.after.target)));
    case "user.create":
      return one(text("added "), ...subject, text(" ("), value(record.after.email), text(") as "), value(record.after.role));
    case "user.role":
      return one(text("changed the role of "), ...subject, text(" from "), value(record.before.role), text(" to "), value(record.after.role));
    case "user.enable":
      return one(text("enabled "), ...subject);
    case "user.disable":
      return one(text("disabled "), ...subject);
    case "user.password_reset":
      return one(text("reset the password of "), ...subject);
    case "user.password_changed":
      return one(text("changed the password of "), ...subject, text(" (ended "), value(plural(record.after.endedSessions, "other session")), text(")"));
    case "user.time_zone":
      return one(
        text("changed the time zone of "),
        ...subject,
        text(" from "),
        value(record.before.timeZone ?? "the browser's"),
        text(" to "),
        value(record.after.timeZone ?? "the browser's"),
      );
    case "token.create":
      return one(
        text("created API token "),
        ...subject,
        text(" ("),
        value(record.after.scopes.join(", ") || "no scopes"),
        ...(record.after.expiresAt ? [text("; expires "), time(record.after.expiresAt)] : [text("; never expires")]),
        text(")"),
      );
    case "token.revoke":
      return one(text("revoked API token "), ...subject);
    case "webhook.create":
      return one(text("registered webhook "), value(record.after.url), text(" for "), value(record.after.events.join(", ")));
    case "webhook.update": {
      // The address is always in `after`; it changed only when `before` has one too.
      const changed = Object.keys(record.before);
      const what = [...changed, ...(record.after.secretRotated ? ["secret"] : [])];
      return one(text("changed webhook "), value(record.before.url ?? record.after.url), text(": "), value(what.join(", ") || "nothing"));
    }
    case "webhook.delete":
      return one(text("deleted webhook "), value(record.before.url));
    case "webhook.test":
      return one(text("sent a test event to webhook "), value(record.after.url));
    case "webhook.redeliver":
      return one(text("redelivered "), value(record.after.eventType), text(" to webhook "), value(record.after.url));
    case "seed.large":
      return one(
        text(record.after.reset ? "replaced the generated demo data: " : "generated demo data: "),
        value(`${plural(record.after.projects, "project")}, ${plural(record.after.items, "item")}, ${plural(record.after.checklist, "checklist entry", "checklist entries")}, ${plural(record.after.comments, "comment")}`),
      );
    default:
      noActionLeft(record);
      return one(text("changed "), ...subject);
  }
}

/**
 * A row in words. `subject` names the row's entity (subjectOf) in the audit log; null on the
 * entity's own page, where "this item" is understood.
 */
export function describeEvent(record: AuditRecord, lookups: Lookups, subject: Phrase | null): Sentence {
  const sentence = isItemRecord(record)
    ? describeItem(record, lookups, subject)
    : record.action === "unreadable" && !subject
      ? // An older version's row on the item's own page: its fields, as they changed.
        edited(record.before, record.after, lookups, null, [text(record.stored.startsWith("item.") ? "saved without changes" : record.stored)])
      : describeOther(record, lookups, subject ?? [text("it")]);
  return { head: tidy(sentence.head), details: sentence.details.map(tidy) };
}

/** Adjacent plain text as one segment (the pieces above are built in parts). */
function tidy(phrase: Phrase): Phrase {
  const out: Phrase = [];
  for (const s of phrase) {
    const last = out.at(-1);
    if (s.kind === "text" && last?.kind === "text") out[out.length - 1] = text(last.text + s.text);
    else out.push(s);
  }
  return out;
}

/** An item's history row as phrases (one, or one per field of a multi-field edit): the item page's own words. */
export function describeAudit(record: AuditRecord, lookups: Lookups): Phrase[] {
  const sentence = describeEvent(record, lookups, null);
  return sentence.details.length ? sentence.details : [sentence.head];
}

/** A short note for rows not made by hand (bulk edits, imports). */
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
export const phraseText = (phrase: Phrase) => phrase.map((s) => (s.kind === "time" ? s.iso : s.kind === "diff" ? "" : s.text)).join("");
