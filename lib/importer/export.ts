import Papa from "papaparse";
import type { SlaState } from "@/lib/sla/state";
import { formatInstant } from "@/lib/time/format";
import { IMPACT_OF_SEVERITY } from "./impact";
import { parseSlaHours } from "./recognise/tables";
import type { ChecklistKind, ItemStatus, ParsedChecklistEntry, ParsedItem, ParsedMetric, ParsedSlaPolicy, Severity } from "./types";

// Backlog → Markdown / CSV / JSON. The Markdown is written in the record shape that
// recognise/records.ts reads, so `parsePlan(exportMarkdown(doc))` gives the same items back.
// A view's export (ExportView: the rows a backlog view shows, from any number of projects) is
// written as one Markdown plan per project, one after the other, and as one CSV or JSON table.

export type ExportItem = Omit<ParsedItem, "line" | "key" | "impactFrom"> & { key: string };

/** One project's plan: what the Markdown writer turns into a document the importer reads back. */
export interface ExportDocument {
  project: { slug: string; name: string };
  items: ExportItem[];
  slaPolicies?: ParsedSlaPolicy[];
  metrics?: ParsedMetric[];
}

/** A closed item's recorded outcome (lib/sla/due.ts closedOutcome), null while open or without a due date. */
export type SlaOutcome = "on_time" | "late";

/** An item of a view, with what the backlog table shows beside the plan's own fields. */
export interface ExportRow extends ExportItem {
  /** The project's slug. */
  project: string;
  assignee: { name: string; email: string } | null;
  /** ISO 8601 instants (UTC). */
  dueAt: string | null;
  completedAt: string | null;
  /** The backlog's SLA column and `sla` filter: on_track, at_risk, overdue, or none (closed, or no due date). */
  sla: SlaState;
  slaOutcome: SlaOutcome | null;
}

/** The rows of a backlog view in its order, with their projects (sorted by name) and the zone dates are shown in. */
export interface ExportView {
  timeZone: string;
  projects: { slug: string; name: string; slaPolicies: ParsedSlaPolicy[]; metrics: ParsedMetric[] }[];
  items: ExportRow[];
}

const STATUS_TEXT: Record<ItemStatus, string> = {
  not_started: "Not Started",
  in_progress: "In Progress",
  blocked: "Blocked",
  done: "Done",
  wont_do: "Won't Do",
};
const SEVERITY_TEXT: Record<Severity, string> = { critical: "Critical", high: "High", medium: "Medium", low: "Low" };
const CHECKLIST_LABEL: Record<ChecklistKind, string> = { action: "Action Items", acceptance: "Acceptance Criteria", file: "Files" };
const SEPARATOR = " › ";
// Headings of the two trailing sections; "Metrics" makes the parser read the lists under it as targets.
const SLA_HEADING = "SLA policy";
const METRICS_HEADING = "Success Metrics";

/**
 * Inline text whose mdast plain text is `text` again: every character that could open emphasis,
 * code, links, HTML, strikethrough, a table cell or a closing heading sequence is backslash-escaped,
 * and so are entity references, which Markdown would decode.
 */
export function escapeInline(text: string): string {
  return text
    .replace(/[\\*_`[\]<>#|~]/g, "\\$&")
    .replace(/&(?=#?\w+;)/g, "\\&")
    .replace(/^([+\-=])/, "\\$1")
    .replace(/^(\d+)([.)])/, "$1\\$2");
}

// Whole numbers stay whole, fractions keep their leading zero ("0.5", never ".5").
const num = (n: number) => String(n);

function fieldBlock(item: ExportItem): string {
  const fields: [string, string][] = [["Status", STATUS_TEXT[item.status]]];
  fields.push(["Priority", item.priority ?? "Untriaged"]);
  // The label is written only when re-reading **Priority:** alone would not give it back.
  if (item.priorityLabel !== null && item.priorityLabel !== item.priority) fields.push(["Priority Label", item.priorityLabel]);
  if (item.severity) fields.push(["Severity", SEVERITY_TEXT[item.severity]]);
  if (item.effortHours !== null) fields.push(["Effort", `${num(item.effortHours)} hours`]);
  // The impact is written when re-reading the severity alone would not give it back (matrix placement survives).
  if (item.impact !== null && (item.severity === null || IMPACT_OF_SEVERITY[item.severity] !== item.impact)) fields.push(["Impact", `${item.impact}/5`]);
  // Two trailing spaces: a hard break, so the block renders one field per line; fieldLines splits on "\n".
  return fields.map(([label, value]) => `**${label}:** ${value}`).join("  \n");
}

/** Consecutive entries of one kind share a labelled list, so kinds and order both survive. */
function checklistBlocks(checklist: ParsedChecklistEntry[]): string[] {
  const runs: { kind: ChecklistKind; entries: ParsedChecklistEntry[] }[] = [];
  for (const entry of checklist) {
    const last = runs[runs.length - 1];
    if (last && last.kind === entry.kind) last.entries.push(entry);
    else runs.push({ kind: entry.kind, entries: [entry] });
  }
  return runs.map((run) => [`**${CHECKLIST_LABEL[run.kind]}:**`, ...run.entries.map((e) => `- [${e.done ? "x" : " "}] ${escapeInline(e.text)}`)].join("\n"));
}

function recordOf(item: ExportItem): string {
  // The heading and the field block on adjacent lines like the seeds; everything else after a blank line.
  const head = `### ${escapeInline(item.key)}: ${escapeInline(item.title)}\n${fieldBlock(item)}`;
  const description = item.description.trim();
  return [head, ...(description ? [description] : []), ...checklistBlocks(item.checklist)].join("\n\n");
}

/** Items grouped by category, in order of first appearance; uncategorised items first. */
function byCategory(items: ExportItem[]): [string[], ExportItem[]][] {
  const groups = new Map<string, [string[], ExportItem[]]>([["", [[], []]]]);
  for (const item of items) {
    const id = item.category.join(SEPARATOR);
    const group = groups.get(id) ?? [item.category, []];
    group[1].push(item);
    groups.set(id, group);
  }
  return [...groups.values()].filter(([, list]) => list.length > 0);
}

// The SLA recogniser has no label column: it reads the label out of the level cell, stripping a
// leading "P0:" ("P0: Critical Blockers" → P0, "Critical Blockers"), so the Priority cell carries both.
const slaLevelCell = (policy: ParsedSlaPolicy) => (policy.label ? `${policy.priority}: ${policy.label}` : policy.priority);

/** The duration as written when it reads back to the same hours; otherwise a plain "N hours". */
function slaTargetCell(policy: ParsedSlaPolicy): string {
  const back = parseSlaHours(policy.targetText);
  if (back.hours === policy.targetHours && back.calendar === policy.calendar) return policy.targetText;
  if (policy.targetHours === null) return "No fixed target";
  return `${num(policy.targetHours)} ${policy.calendar === "business" ? "business hours" : "hours"}`;
}

function slaSection(policies: ParsedSlaPolicy[]): string {
  const cell = (t: string) => escapeInline(t.replace(/\s+/g, " ").trim());
  const rows = policies.map((p) => [slaLevelCell(p), p.label, slaTargetCell(p), p.ownership, p.trackingCadence, p.escalation].map(cell));
  // "Label" is for people; the parser takes the label from the Priority cell.
  const table = [["Priority", "Label", "SLA", "Ownership", "Tracking", "Escalation"], ["---", "---", "---", "---", "---", "---"], ...rows];
  return `## ${SLA_HEADING}\n\n${table.map((r) => `| ${r.join(" | ")} |`).join("\n")}`;
}

const UNIT_TEXT: Record<string, string> = { "%": "%", ms: " ms", s: " seconds", min: " minutes", h: " hours", d: " days", "req/s": " req/s" };
const FREQUENCY_TEXT: Record<string, string> = { "per day": "daily", "per week": "weekly", "per hour": "hourly" };

/** A value the metric recogniser reads back: "< 200 ms", ">= 99.9%", or "daily" for ">= 1 per day". */
function metricValue(m: ParsedMetric): string {
  const frequency = FREQUENCY_TEXT[m.unit];
  if (frequency && m.comparator === ">=" && m.target === 1) return frequency;
  return `${m.comparator} ${num(m.target)}${UNIT_TEXT[m.unit] ?? (m.unit ? ` ${m.unit}` : "")}`;
}

function metricsSection(metrics: ParsedMetric[]): string {
  const groups = new Map<string, ParsedMetric[]>();
  for (const m of metrics) groups.set(m.group, [...(groups.get(m.group) ?? []), m]);
  const parts = [`## ${METRICS_HEADING}`];
  // Ungrouped metrics go right under the section heading, before any group heading claims them;
  // they read back with the section's name as their group (the parser never gives an empty group).
  const ordered = [...groups].sort(([a], [b]) => Number(a !== "") - Number(b !== ""));
  for (const [group, list] of ordered) {
    if (group) parts.push(`### ${escapeInline(group)}`);
    parts.push(list.map((m) => `- **${escapeInline(m.name)}:** ${escapeInline(metricValue(m))}`).join("\n"));
  }
  return parts.join("\n\n");
}

export function exportMarkdown(doc: ExportDocument): string {
  const parts = [`# ${escapeInline(doc.project.name)}`];
  for (const [category, items] of byCategory(doc.items)) {
    if (category.length) parts.push(`## ${category.map(escapeInline).join(SEPARATOR)}`);
    // `---` between records as in the seeds; the record reader skips thematic breaks.
    parts.push(items.map(recordOf).join("\n\n---\n\n"));
  }
  if (doc.slaPolicies?.length) parts.push(slaSection(doc.slaPolicies));
  if (doc.metrics?.length) parts.push(metricsSection(doc.metrics));
  return `${parts.join("\n\n")}\n`;
}

/**
 * One plan per project, each a complete document under its own `# Project` heading with its SLA
 * policy and metrics: a single project's export is exactly the file its import reads back; a
 * cross-project file is re-imported per project by cutting it at those headings.
 */
export function exportViewMarkdown(view: ExportView): string {
  return view.projects
    .map((p) => exportMarkdown({ project: p, items: view.items.filter((i) => i.project === p.slug), slaPolicies: p.slaPolicies, metrics: p.metrics }))
    .join("\n");
}

// Spreadsheets run a cell that starts with one of these as a formula. Papa's own escapeFormulae
// misses multi-line cells (its pattern is /^[=+\-@\t\r].*$/ without the s flag).
const FORMULA_START = /^[=+\-@\t\r]/;
const safeCell = (value: string) => (FORMULA_START.test(value) ? `'${value}` : value);

const checklistCell = (item: ExportItem, kind: ChecklistKind) =>
  item.checklist
    .filter((e) => e.kind === kind)
    .map((e) => `[${e.done ? "x" : " "}] ${e.text}`)
    .join("\n");

/** Dates twice: ISO 8601 in UTC for machines, and as the app shows them in the reader's zone for people. */
const localTime = (iso: string | null, zone: string) => (iso ? formatInstant(iso, zone, "datetime") : "");

export const CSV_COLUMNS = [
  "key",
  "title",
  "project",
  "category",
  "priority",
  "priorityLabel",
  "status",
  "severity",
  "impact",
  "effortHours",
  "assignee",
  "assigneeEmail",
  "due",
  "dueLocal",
  "sla",
  "slaOutcome",
  "completed",
  "completedLocal",
  "timeZone",
  "done",
  "acceptance",
  "actions",
  "files",
  "description",
] as const;

export function exportCsv(view: ExportView): string {
  const rows = view.items.map((item) => {
    const cells: Record<(typeof CSV_COLUMNS)[number], string> = {
      key: item.key,
      title: item.title,
      project: item.project,
      category: item.category.join(SEPARATOR),
      priority: item.priority ?? "",
      priorityLabel: item.priorityLabel ?? "",
      status: item.status,
      severity: item.severity ?? "",
      impact: item.impact === null ? "" : String(item.impact),
      effortHours: item.effortHours === null ? "" : num(item.effortHours),
      assignee: item.assignee?.name ?? "",
      assigneeEmail: item.assignee?.email ?? "",
      due: item.dueAt ?? "",
      dueLocal: localTime(item.dueAt, view.timeZone),
      sla: item.sla,
      slaOutcome: item.slaOutcome ?? "",
      completed: item.completedAt ?? "",
      completedLocal: localTime(item.completedAt, view.timeZone),
      timeZone: view.timeZone,
      done: item.done ? "true" : "false",
      acceptance: checklistCell(item, "acceptance"),
      actions: checklistCell(item, "action"),
      files: checklistCell(item, "file"),
      description: item.description,
    };
    return CSV_COLUMNS.map((c) => safeCell(cells[c]));
  });
  return Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { quotes: false, newline: "\r\n" });
}

/** The item's fields in a fixed order, without anything else a caller's object may carry (`line`). */
function plainItem(item: ExportRow, zone: string) {
  const { key, title, description, category, priority, priorityLabel, status, severity, impact, effortHours, done, checklist, project, assignee, dueAt, completedAt, sla, slaOutcome } = item;
  return {
    key,
    project,
    title,
    description,
    category,
    priority,
    priorityLabel,
    status,
    severity,
    impact,
    effortHours,
    done,
    assignee: assignee ? { name: assignee.name, email: assignee.email } : null,
    dueAt,
    dueLocal: dueAt ? localTime(dueAt, zone) : null,
    sla,
    slaOutcome,
    completedAt,
    completedLocal: completedAt ? localTime(completedAt, zone) : null,
    checklist: checklist.map(({ kind, text, done }) => ({ kind, text, done })),
  };
}

/** Pretty JSON with no timestamp, so the same view always exports to the same bytes (at the same SLA states). */
export function exportJson(view: ExportView): string {
  const body = {
    timeZone: view.timeZone,
    projects: view.projects.map((p) => ({ slug: p.slug, name: p.name, slaPolicies: p.slaPolicies, metrics: p.metrics })),
    items: view.items.map((i) => plainItem(i, view.timeZone)),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
