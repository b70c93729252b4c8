import { fileColumn, fileOfCell } from "./file-columns";
import { isCountColumn } from "./count-columns";
import { recogniseRotaTable } from "./rota-tables";
import { isAlertStateColumn } from "./alert-states";
import { answerState } from "./done-answers";
import { loneMarkStatus } from "./lone-marks";
import type { Table } from "mdast";
import { isVerdictColumn } from "./test-verdicts";
import { workflowStates } from "./workflow-states";
import { saysDuplicate } from "./duplicate-rows";
import { capitalStateOf } from "./capital-state-cells";
import { parseEffortHours, parseSeverity, parseStatus, STATUS_SYMBOLS, statusFromMark } from "../clean";
import { categoryOf, nearestKind, sectionPriority, sectionStatus, warn, type ParseContext } from "../context";
import { isStatusField } from "../field-names";
import { lineOf, plainText } from "../markdown";
import { recogniseBoardTable } from "./board-table";
import { recogniseTimeboxBoard } from "./timebox-board";
import { isBudgetTable } from "./budget-tables";
import { isPriorityCell } from "./priority-order";
import { recogniseMetricTable } from "./metrics";
import { isTestCaseTable } from "./test-case-tables";
import { isGlossary, isRiskMatrix, isTimeline } from "./reference-tables";
import { categoriesOfCell, categoryColumn, filesByColumn } from "./category-columns";
import { checklistAnswers } from "./checklist-answers";
import { metColumnStates } from "./met-columns";
import { periodsHoldFigures } from "./figure-matrices";
import { resolvedState } from "./resolution-columns";
import { isInformationalRow } from "./informational-rows";
import { isFactTable } from "./fact-tables";
import { isDoneHeader, priorityCellLabel, saysDone, tableColumns } from "./table-columns";
import { isDebtRegister } from "./debt-registers";
import { defaultPriorityFor, findPriorityLabel, stripPriorityLabel } from "../priority";
import type { ItemStatus, ParsedSlaPolicy, Priority } from "../types";

// Tables, classified from the whole table: an SLA policy (Priority | SLA/Timeline | Ownership | …),
// metric targets, a board (headers are states, cells are cards), a record table (each row a thing
// to do: ID | Task | Priority | Status | Owner), a status matrix (rows × periods of marks), or a
// per-environment mark matrix. Anything else (counts, glossaries, contacts, timelines) gives no items.

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
  // A table that tracks each row's state (Task | Status | Priority | Due date) lists work, not policies.
  // So does one that asks whether each row is done (Action | Owner | Due | Priority | Done).
  if (headers.some((h) => isStatusField(h) || isDoneHeader(h))) return false;
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

/** A status cell: "✅ fixed", "🟠", "⏳ Todo" — the document's legend first, then the words, then the usual symbols. */
function cellStatus(cell: string, ctx: ParseContext): ItemStatus | null {
  // A task-list box written in the cell: "[x]", "[ ]", "[~]".
  const box = cell.trim().match(/^\[([ xX~\-/!])\]/);
  if (box) return statusFromMark(box[1]!);
  // A state word the document's note redefines ("closed" = dropped, not done): recognise/word-legend.ts.
  const redefined = ctx.legend?.get(cell.trim().toLowerCase());
  if (redefined) return redefined;
  const symbol = cell.match(/[✅✓☑✔🚧🟡🟠🟢⬜🔴❌⛔⚠⏳◐✘]/u)?.[0];
  if (symbol && ctx.legend?.has(symbol)) return ctx.legend.get(symbol)!;
  // A cell that is one mark and nothing else ("⚪", "🔵"): the marks' usual meaning (recognise/lone-marks.ts).
  // Combining marks stay: Thai "แก้ไขแล้ว" or Hindi "पूरा" is no word without its vowel and tone signs.
  const worded = parseStatus(cell.replace(/[^\p{L}\p{M}\s'/-]/gu, "").trim());
  const marked = symbol ? (STATUS_SYMBOLS[symbol] ?? null) : null;
  // "🚧 PR open": the mark says the work is under way; "open" says only that it is not closed.
  if (worded === "not_started" && marked && marked !== "not_started") return marked;
  return worded ?? marked ?? loneMarkStatus(cell, ctx.legend);
}

/**
 * A status matrix (Issue | v1.8 | v1.9 | v2.0): a row's current state is its latest filled period
 * cell — an empty cell under the newest release means "not assessed yet", not "open".
 */
function matrixStatus(cells: string[], periods: number[], ctx: ParseContext): ItemStatus | null {
  for (const c of [...periods].reverse()) {
    const cell = (cells[c] ?? "").trim();
    if (cell) return cellStatus(cell, ctx);
  }
  return null;
}

const NO_ACTION = /\b(?:no action (?:required|needed)|nothing to (?:do|fix)|keine (?:ma(?:ß|ss)nahme|aktion) (?:erforderlich|nötig)|aucune action (?:requise|nécessaire)|ninguna acción (?:requerida|necesaria)|nessuna azione (?:richiesta|necessaria)|geen actie (?:nodig|vereist))\b/iu;

/**
 * With no status column, a note that opens with a state and a colon ("Won't do: the service owns
 * it now", "Blocked: waiting on legal") states the row's state, as it would in a list entry.
 */
function statedInNote(note: string): ItemStatus | null {
  const lead = note.match(/^([^:]{1,20}):/)?.[1]?.trim();
  return lead && lead.split(/\s+/).length <= 3 ? parseStatus(lead) : null;
}

/**
 * A record table: each row is a thing to do. Its columns are read by header and by content
 * (table-columns.ts). A table with no column that tracks work (state, done, priority, severity,
 * owner, key) is reference material — unless its title header says the rows are tasks.
 */
function recogniseItemTable(table: Table, headers: string[], ctx: ParseContext): boolean {
  const rows = table.children.slice(1).map((row) => row.children.map((c) => plainText(c)));
  const cols = tableColumns(headers, rows, (cell) => cellStatus(cell, ctx) !== null, (cell) => isPriorityCell(cell, ctx.priorityOrder));
  if (cols.title < 0) return false;
  // "| Total | 22 | 7 |" under "Tasks": a tally of work, not work (recognise/count-columns.ts).
  if (isCountColumn(rows.map((r) => r[cols.title] ?? ""))) return false;
  if ((isGlossary(headers) && !cols.titleSaysTask) || cols.titleSaysNotWork || isRiskMatrix(headers)) return false;
  // "| 項目 | 内容 |" of 発生日時, 影響, 報告者: a report's particulars, not work (recognise/fact-tables.ts).
  if (isFactTable(headers, rows)) return false;
  // "| Item | Estimate |" with "£85": a budget, costs beside things, not work (recognise/budget-tables.ts).
  if (!cols.titleSaysTask && isBudgetTable(rows, cols.title)) return false;
  // Test cases with Pass / Fail verdicts report a run, not work (recognise/test-verdicts.ts).
  if (!cols.titleSaysTask && cols.status >= 0 && isVerdictColumn(rows.map((r) => r[cols.status] ?? ""))) return false;
  // "| PaymentAPI 5xx > 1% | Firing |": alert rules with their current state, a snapshot of the monitoring (recognise/alert-states.ts).
  if (cols.status >= 0 && isAlertStateColumn(rows.map((r) => r[cols.status] ?? ""))) return false;
  // "| TC | Scenario | Expected result |": test cases to run, with no state tracked (recognise/test-case-tables.ts).
  if (!cols.titleSaysTask && cols.status < 0 && cols.done < 0 && isTestCaseTable(headers)) return false;
  const matrix = cols.status < 0 && cols.periods.length >= 2;
  // "| | Nov 2025 | Nov 2026 |" of 140, 68 %: figures by period measure things, no work (recognise/figure-matrices.ts).
  if (matrix && !cols.titleSaysTask && cols.done < 0 && periodsHoldFigures(rows, cols.periods)) return false;
  // "| Requirement | Met | Notes |" of Yes / No / Partly: a readiness checklist (recognise/met-columns.ts).
  const met = cols.status < 0 && cols.done < 0 ? metColumnStates(headers, rows, [cols.title, cols.key]) : null;
  // "| Debt | Proposed fix |": a tech-debt register lists work to schedule (recognise/debt-registers.ts).
  const tracked = [cols.key, cols.status, cols.done, cols.priority, cols.severity, cols.risk, cols.effort, cols.owner].some((c) => c >= 0) || matrix || met !== null || isDebtRegister(headers, cols.title);
  const stated = cols.status >= 0 || cols.done >= 0 || matrix || met !== null;
  // A timeline (Date | Milestone | Owner) dates events; with no state column, its rows are not work.
  // A first column headed as the rows' keys ("ID": R1, R2, Q1) names them; it does not date them.
  if (!stated && cols.key !== 0 && isTimeline(rows)) return false;
  // Under a risks, questions or decisions heading, only a table that tracks state or ranks its rows
  // (a findings table with a Severity column) is work.
  const ranked = cols.priority >= 0 || cols.severity >= 0;
  if (tracked && !stated && !ranked && !cols.titleSaysTask && nearestKind(ctx) === "notes") {
    warn(ctx, lineOf(table), `a table under '${ctx.stack.at(-1)?.raw ?? "a notes heading"}' has no status column; read as notes, not imported`);
    return false;
  }
  if (!tracked && !cols.titleSaysTask) {
    if (nearestKind(ctx) === "tasks" && rows.length > 0) {
      warn(ctx, lineOf(table), `a table of ${rows.length} row(s) under a task heading has no status, priority or owner column; read as reference, not imported`);
    }
    return false;
  }
  ctx.shapes.add("item-table");
  // "Category", "Area", "Tags" (recognise/category-columns.ts): where each row is filed, after the headings.
  // Under a heading that names the group, the column is an attribute of the row, not its filing.
  const filed = filesByColumn(categoryOf(ctx)) ? categoryColumn(headers, cols, rows, (cell) => cellStatus(cell, ctx) !== null) : -1;
  // A checklist's "yes" rows with nothing to do are controls in place (recognise/checklist-answers.ts).
  const answered = checklistAnswers(rows, cols.title, [cols.status, cols.done]);
  // Pivotal's states (Finished, Delivered: awaiting acceptance) read on its scale (recognise/workflow-states.ts).
  const workflow = cols.status >= 0 ? workflowStates(rows.map((r) => r[cols.status] ?? "")) : null;
  // "| File | … |": the file each row is about is the item's file (recognise/file-columns.ts).
  const fileCol = cols.title >= 0 ? fileColumn(headers, rows) : -1;
  table.children.slice(1).forEach((row, r) => {
    const cells = rows[r]!;
    if (answered?.met.has(r)) return;
    // A box or status mark opening the title cell is the row's state, not title; a struck-through
    // title is done (as in a list). The rest of the cell is the title as written: a record's own
    // columns hold its owner and notes, so a parenthesis in it is part of the name.
    const titleCell = row.children[cols.title];
    const opening = (cells[cols.title] ?? "").trim().match(/^(?:\[([ xX~\-/!])\]|([✅✓☑✔🚧⬜❌⛔]))\uFE0F?\s*/u);
    const text = (cells[cols.title] ?? "").trim().slice(opening?.[0].length ?? 0);
    // A dash alone ("—") is how a table says "nothing here": no row to do.
    if (!text || /^[\s—–\-/.]*$/.test(text)) return;
    // A row that says nothing needs doing ("Informational — no action required") is good news, not work.
    if (cells.some((cell, c) => c !== cols.title && NO_ACTION.test(cell))) return;
    // "RESOLVED DUPLICATE": the same bug as another row, not an item of its own (recognise/duplicate-rows.ts).
    if (cols.status >= 0 && saysDuplicate(cells[cols.status] ?? "")) return;
    // "I-01 | Info | … | —": an informational finding nobody tracks asks for nothing (recognise/informational-rows.ts).
    if (isInformationalRow(cells, cols.severity >= 0 ? cols.severity : cols.priority, cols.status)) return;
    const struck = titleCell?.children.length === 1 && titleCell.children[0]!.type === "delete";
    const titleStatus: ItemStatus | null = opening ? (opening[1] !== undefined ? statusFromMark(opening[1]) : (STATUS_SYMBOLS[opening[2]!] ?? null)) : struck ? "done" : null;
    const doneCell = cols.done >= 0 ? (cells[cols.done] ?? "").trim() : "";
    const statusValue = cols.status >= 0 ? (workflow?.(cells[cols.status] ?? "") ?? cellStatus(cells[cols.status] ?? "", ctx)) : matrix ? matrixStatus(cells, cols.periods, ctx) : null;
    const note = cols.description >= 0 ? (cells[cols.description] ?? "").trim() : "";
    // "CHK-2233 **DONE**": with no state column, a state in capitals closing a cell marks the row (recognise/capital-state-cells.ts).
    const capitalState = cols.status < 0 && cols.done < 0 ? capitalStateOf(cells, cols.title) : null;
    const st = statusValue ?? (doneCell ? (saysDone(doneCell) ? "done" : answerState(doneCell)) : null) ?? answered?.status.get(r) ?? (answered ? undefined : met?.get(r)) ?? statedInNote(note) ?? titleStatus ?? capitalState ?? sectionStatus(ctx) ?? "not_started";
    const owner = cols.owner >= 0 ? (cells[cols.owner] ?? "").trim() : "";
    const details = [note, owner ? `Owner: ${owner}` : ""].filter((d) => d && !/^[\s—–-]+$/.test(d.replace(/^Owner: /, ""))).join("\n\n");
    // With no priority column, a finding's severity is how it is prioritised, then an upgrade's risk.
    const ranking = cols.priority >= 0 ? cols.priority : cols.severity >= 0 ? cols.severity : cols.risk;
    const priorityText = ranking >= 0 ? (cells[ranking] ?? "") : "";
    // "🔴" under "Priority: 🔴 high, 🟠 medium": a lone mark the document's key ranks is that level.
    const keyedMark = ctx.priorityMarks?.get(priorityText.replace(/\uFE0F/g, "").trim()) ?? null;
    const priorityLabel = priorityText ? (priorityCellLabel(priorityText, ranking === cols.priority ? "priority" : "other", ctx.priorityOrder) ?? keyedMark ?? priorityText) : sectionPriority(ctx);
    // MoSCoW "Won't (have)" is a priority and a decision not to do the row (README: wont_do).
    // "Closed" with the resolution "Won't Fix" was dropped, not done (recognise/resolution-columns.ts).
    const status = priorityLabel === WONT_HAVE && st === "not_started" && !statusValue ? "wont_do" : resolvedState(headers, cells, st);
    ctx.items.push({
      origin: "table",
      key: cols.key >= 0 && cells[cols.key] ? cells[cols.key]!.replace(/^#/, "") : null,
      title: text,
      description: details,
      category: [...categoryOf(ctx), ...(filed >= 0 ? categoriesOfCell(cells[filed] ?? "") : [])],
      priority: null,
      priorityLabel,
      status,
      severity: cols.severity >= 0 ? parseSeverity(cells[cols.severity] ?? "") : null,
      effortHours: cols.effort >= 0 ? parseEffortHours(cells[cols.effort] ?? "") : null,
      done: status === "done",
      checklist: fileCol >= 0 && fileCol !== cols.title && fileOfCell(cells[fileCol]) ? [{ kind: "file", text: fileOfCell(cells[fileCol])!, done: false }] : [],
      line: lineOf(row),
    });
  });
  return true;
}

/** The label priority.ts gives MoSCoW's "Won't (have)". */
const WONT_HAVE = "Won't have";

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
  return recogniseSlaTable(table, headers, ctx) || recogniseMetricTable(table, headers, ctx) || recogniseBoardTable(table, headers, ctx) || recogniseRotaTable(table, headers, ctx) || recogniseTimeboxBoard(table, headers, ctx) || recogniseItemTable(table, headers, ctx) || recogniseMarkMatrix(table, ctx);
}
