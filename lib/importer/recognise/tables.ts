import type { Table } from "mdast";
import { parseEffortHours, parseSeverity, parseStatus, STATUS_SYMBOLS } from "../clean";
import { categoryOf, sectionPriority, sectionStatus, warn, type ParseContext } from "../context";
import { lineOf, plainText } from "../markdown";
import { isPriorityField, isSeverityField, isStatusField, isTitleField } from "../field-names";
import { recogniseMetricTable } from "./metrics";
import { defaultPriorityFor, findPriorityLabel, stripPriorityLabel } from "../priority";
import type { ItemStatus, ParsedSlaPolicy, Priority } from "../types";

// Tables: an SLA policy (Priority | SLA/Timeline | Ownership | Tracking | Escalation) or a table of
// items (ID | Task | Priority | Status | Owner). Anything else is left alone.

const col = (headers: string[], pattern: RegExp) => headers.findIndex((h) => pattern.test(h));

const HOURS: [RegExp, number][] = [
  [/quarter/i, 13 * 7 * 24],
  [/month/i, 30 * 24],
  [/week/i, 7 * 24],
  [/business day|working day|\bbd\b/i, 24],
  [/day/i, 24],
  [/hour|\bh(?:rs?)?\b/i, 1],
];

/** "24 hours" → 24, "2 weeks" → 336, "4-6 weeks per item" → 1008 (the upper bound), "Quarterly" → 2184. */
export function parseSlaHours(text: string): { hours: number | null; calendar: "calendar" | "business" } {
  const calendar = /business|working/i.test(text) ? "business" : "calendar";
  if (/^\W*quarterly\W*$/i.test(text)) return { hours: 13 * 7 * 24, calendar };
  if (/^\W*monthly\W*$/i.test(text)) return { hours: 30 * 24, calendar };
  const m = text.match(/(\d+(?:\.\d+)?)(?:\s*(?:-|–|to)\s*(\d+(?:\.\d+)?))?\s*([a-z ]+)/i);
  if (!m) return { hours: null, calendar };
  const unit = HOURS.find(([p]) => p.test(m[3]!));
  if (!unit) return { hours: null, calendar };
  return { hours: Math.round(Number(m[2] ?? m[1]) * unit[1]), calendar };
}

const SEVERITY_PRIORITY: Record<string, Priority> = { critical: "P0", high: "P1", medium: "P2", low: "P3" };

function recogniseSlaTable(table: Table, headers: string[], ctx: ParseContext): boolean {
  const level = col(headers, /priority|severity|level|tier|class/);
  const target = col(headers, /sla|timeline|deadline|fix within|resolve within|response|resolution|target|due|within/);
  if (level < 0 || target < 0 || level === target) return false;
  const owner = col(headers, /owner|ownership|assignee|responsib|who/);
  const tracking = col(headers, /track|cadence|review|report/);
  const escalation = col(headers, /escalat/);
  const rows = table.children.slice(1);
  let found = 0;
  for (const row of rows) {
    const cells = row.children.map((c) => plainText(c));
    const levelText = cells[level] ?? "";
    const label = findPriorityLabel(levelText);
    const severity = parseSeverity(levelText);
    const priority = (label ? defaultPriorityFor(label) : null) ?? (severity ? SEVERITY_PRIORITY[severity] : null);
    if (!priority) continue;
    const targetText = cells[target] ?? "";
    const { hours, calendar } = parseSlaHours(targetText);
    const name = stripPriorityLabel(levelText).replace(/^\W+|\W+$/g, "");
    const policy: ParsedSlaPolicy = {
      priority,
      label: name !== levelText ? name : levelText,
      targetHours: hours,
      calendar,
      targetText,
      ownership: owner >= 0 ? (cells[owner] ?? "") : "",
      trackingCadence: tracking >= 0 ? (cells[tracking] ?? "") : "",
      escalation: escalation >= 0 ? (cells[escalation] ?? "") : "",
      line: lineOf(row),
    };
    mergePolicy(ctx, policy);
    found++;
  }
  if (found) ctx.shapes.add("sla-table");
  return found > 0;
}

/** Two tables often describe one policy (a "breakdown" and a "matrix"): fill gaps, never overwrite. */
function mergePolicy(ctx: ParseContext, next: ParsedSlaPolicy) {
  const existing = ctx.slaPolicies.find((p) => p.priority === next.priority);
  if (!existing) {
    ctx.slaPolicies.push(next);
    return;
  }
  if (existing.targetHours === null && next.targetHours !== null) {
    existing.targetHours = next.targetHours;
    existing.targetText = next.targetText;
    existing.calendar = next.calendar;
  } else if (existing.targetHours !== null && next.targetHours !== null && existing.targetHours !== next.targetHours) {
    warn(ctx, next.line, `${next.priority}: SLA '${next.targetText}' differs from '${existing.targetText}' (line ${existing.line}); kept the first`);
  }
  for (const field of ["label", "ownership", "trackingCadence", "escalation"] as const) {
    if (!existing[field] && next[field]) existing[field] = next[field];
  }
}

/** Headers of a status matrix's time columns: "v1.9", "2.0", "Jun", "Sep 2026", "Q3", "Sprint 4", "Release 3". */
const PERIOD = /^(?:v\d+(?:\.\d+)*|\d+(?:\.\d+)+|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{2,4})?|q[1-4](?:\s+\d{2,4})?|(?:sprint|release|week|r)\s*\d+|\d{4}-\d{2}(?:-\d{2})?)$/i;

/** A status cell: "✅ fixed", "🟠", "⏳ Todo" — the document's legend first, then the words, then the usual symbols. */
function cellStatus(cell: string, ctx: ParseContext): ItemStatus | null {
  const symbol = cell.match(/[✅✓☑✔🚧🟡🟠🟢⬜🔴❌⛔⚠⏳]/u)?.[0];
  if (symbol && ctx.legend?.has(symbol)) return ctx.legend.get(symbol)!;
  return parseStatus(cell.replace(/[^\p{L}\s'/-]/gu, "").trim()) ?? (symbol ? (STATUS_SYMBOLS[symbol] ?? null) : null);
}

const wordCount = (cell: string) => cell.trim().split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

/**
 * A title column headed in words we do not know ("Debt", "Tarea", "Vorhaben"): the first column,
 * not already read as a key, priority, status, effort or owner, whose cells read like titles —
 * most of them two words or more, three on average (an "Area" column of single words is not it).
 */
function titleByContent(table: Table, known: number[]): number {
  const rows = table.children.slice(1).map((row) => row.children.map((c) => plainText(c)));
  if (rows.length === 0) return -1;
  const width = table.children[0]?.children.length ?? 0;
  for (let c = 0; c < width; c++) {
    if (known.includes(c)) continue;
    const counts = rows.map((cells) => wordCount(cells[c] ?? ""));
    const average = counts.reduce((a, b) => a + b, 0) / counts.length;
    if (average >= 3 && counts.filter((n) => n >= 2).length * 2 > counts.length) return c;
  }
  return -1;
}

function recogniseItemTable(table: Table, headers: string[], ctx: ParseContext): boolean {
  const title = col(headers, /^(task|title|item|finding|story|summary|name|deliverable|action|issue|work item|todo|feature|initiative|problem|package|dependency|upgrade|bug|defect)s?$/);
  const key = col(headers, /^(id|#|key|ticket|ref|no\.?|number)$/);
  const priority = headers.findIndex((h) => /priori/.test(h) || isPriorityField(h));
  const severity = headers.findIndex(isSeverityField);
  // "Risk: High" in an upgrade or change table is how its rows are ranked when nothing else is.
  const risk = col(headers, /^risk$|^risiko$|^riesgo$|^risque$/);
  // A status matrix (Issue | v1.8 | v1.9 | v2.0): the latest period column is the current status.
  const periods = headers.map((h, i) => (PERIOD.test(h.trim()) ? i : -1)).filter((i) => i >= 0);
  const statusColumn = headers.findIndex((h) => /status|state|progress|estado|statut|^stand$/.test(h) || isStatusField(h));
  const status = statusColumn >= 0 ? statusColumn : periods.length >= 2 ? periods.at(-1)! : -1;
  const effort = col(headers, /effort|estimate|hours|size|days/);
  const description = col(headers, /description|details|notes|context/);
  const owner = col(headers, /owner|assignee|responsib|responsab|verantwortlich|who/);
  const known = [key, priority, severity, risk, status, effort, description, owner];
  const titleWord = title >= 0 ? title : headers.findIndex(isTitleField) >= 0 ? headers.findIndex(isTitleField) : col(headers, /task|title|item|finding|description/);
  const fallbackTitle = titleWord >= 0 ? titleWord : titleByContent(table, known);
  if (fallbackTitle < 0) return false;
  // A reference table (Option | Default | Description) is not work: items need some tracking column.
  if ([key, priority, severity, risk, status, effort, owner].every((c) => c < 0)) return false;
  ctx.shapes.add("item-table");
  for (const row of table.children.slice(1)) {
    const cells = row.children.map((c) => plainText(c));
    const text = (cells[fallbackTitle] ?? "").trim();
    if (!text) continue;
    const statusValue = status >= 0 ? cellStatus(cells[status] ?? "", ctx) : null;
    const st = statusValue ?? sectionStatus(ctx) ?? "not_started";
    const details = [description >= 0 && description !== fallbackTitle ? cells[description] : "", owner >= 0 && cells[owner] ? `Owner: ${cells[owner]}` : ""]
      .filter(Boolean)
      .join("\n\n");
    // With no priority column, a finding's severity is how it is prioritised.
    const ranking = priority >= 0 ? priority : severity >= 0 ? severity : risk;
    const priorityText = ranking >= 0 ? (cells[ranking] ?? "") : "";
    ctx.items.push({
      origin: "table",
      key: key >= 0 && cells[key] ? cells[key]!.replace(/^#/, "") : null,
      title: text,
      description: details,
      category: categoryOf(ctx),
      priority: null,
      priorityLabel: priorityText ? (findPriorityLabel(priorityText) ?? priorityText) : sectionPriority(ctx),
      status: st,
      severity: severity >= 0 ? parseSeverity(cells[severity] ?? "") : null,
      effortHours: effort >= 0 ? parseEffortHours(cells[effort] ?? "") : null,
      done: st === "done",
      checklist: [],
      line: lineOf(row),
    });
  }
  return true;
}

/** A cell that is only a status mark ("✅", "🚧", "⬜ "), or empty. */
const STATUS_ONLY = /^\s*(?:[✅✓☑✔🚧🟡🟠🟢⬜🔴❌⛔⚠⏳]\uFE0F?)?\s*$/u;

/**
 * A per-environment matrix (Service | Helm chart | Staging | Production, every cell a mark): each
 * row is an item; done when every mark is done, not started when none is under way or done.
 */
function recogniseMarkMatrix(table: Table, ctx: ParseContext): boolean {
  const rows = table.children.slice(1).map((row) => row.children.map((c) => plainText(c).trim()));
  const width = table.children[0]?.children.length ?? 0;
  if (width < 3 || rows.length === 0) return false;
  const marks = rows.map((cells) => cells.slice(1, width));
  if (!marks.every((m) => m.every((c) => STATUS_ONLY.test(c))) || !marks.some((m) => m.some((c) => c))) return false;
  ctx.shapes.add("item-table");
  table.children.slice(1).forEach((row, i) => {
    const title = rows[i]![0] ?? "";
    if (!title) return;
    const states = marks[i]!.filter(Boolean).map((c) => cellStatus(c, ctx) ?? "not_started");
    const status: ItemStatus = states.length > 0 && states.every((s) => s === "done") ? "done" : states.every((s) => s === "not_started") ? "not_started" : "in_progress";
    ctx.items.push({ origin: "table", key: null, title, description: "", category: categoryOf(ctx), priority: null, priorityLabel: sectionPriority(ctx), status, severity: null, effortHours: null, done: status === "done", checklist: [], line: lineOf(row) });
  });
  return true;
}

export function recogniseTable(table: Table, ctx: ParseContext): boolean {
  const headers = (table.children[0]?.children ?? []).map((c) => plainText(c).toLowerCase());
  return recogniseSlaTable(table, headers, ctx) || recogniseMetricTable(table, headers, ctx) || recogniseItemTable(table, headers, ctx) || recogniseMarkMatrix(table, ctx);
}
