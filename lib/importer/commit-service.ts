import { asc, eq, inArray, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { backlogItems, checklistItems, imports, metrics, projects, slaPolicies, type BacklogItem } from "@/db/schema";
import { appendAudit, appendAuditRows, auditWho, type AuditRow } from "@/lib/audit-log/append";
import { notifyImportFinished } from "@/lib/notify/item-events-service";
import { webhookImportCompleted } from "@/lib/webhooks/events-service";
import { userIdOf, type Actor } from "@/lib/domain/actors";
import type { AuditSides } from "@/lib/domain/audit-payloads";
import type { ItemChanges } from "@/lib/backlog/schemas";
import { insertEntries, reconcileEntries, type LinkedEntry, type NewEntry } from "@/lib/backlog/writer/checklist";
import { insertItems, recordImportSource, updateItems } from "@/lib/backlog/writer/items";
import { loadWindows } from "@/lib/sla/queries";
import { fail } from "@/lib/result";
import { metricDirection, metricKey } from "./metric-targets";
import { canonicalJson, matchChecklist, planImport, snapshotOf, snapshotOfRow, type ExistingItem, type FieldChange, type ImportPlan, type ItemSnapshot } from "./plan";
import { acceptedRuleLookup, evaluateLinked, importRuleProposals, type RuleLookup } from "./rule-links";
import type { AcceptedRule, RuleProposal } from "./rule-proposals";
import type { ImportWarning, ParsedItem, ParseResult } from "./types";

// Applying a parsed document to a project: a dry run computes the plan without writing; a commit
// recomputes it under a per-project lock and writes everything in one transaction.

export interface ImportRequest {
  projectId: string;
  fileName: string;
  contentHash: string;
  parsed: ParseResult;
  /** Set open items that the document no longer contains to "won't do". */
  markMissingWontDo?: boolean;
  /** Proposed criterion rules the user kept; each must be exactly one this import proposes. */
  acceptedRules?: AcceptedRule[];
}

type Ref = { key: string; title: string; line?: number };
export interface ImportSummary {
  importId: string | null;
  created: Ref[];
  updated: (Ref & { changes: FieldChange[] })[];
  unchanged: number;
  missing: (Ref & { markedWontDo: boolean })[];
  slaPolicies: { priority: string; action: "create" | "keep" | "skip"; reason?: string }[];
  metrics: { key: string; name: string; action: "create" | "keep" }[];
  /** Criteria this import creates that could follow a metric, and (commit) how many now do. */
  ruleProposals: RuleProposal[];
  criteriaLinked: number;
  warnings: ImportWarning[];
}

/** A stored item as the plan compares it, with its row for the item writer. */
type LoadedItem = ExistingItem & { row: BacklogItem };

export async function loadExisting(db: Db | Tx, projectId: string): Promise<LoadedItem[]> {
  const rows = await db.select().from(backlogItems).where(eq(backlogItems.projectId, projectId));
  if (rows.length === 0) return [];
  const entries = await db
    .select({ itemId: checklistItems.itemId, kind: checklistItems.kind, text: checklistItems.text, done: checklistItems.done })
    .from(checklistItems)
    .innerJoin(backlogItems, eq(backlogItems.id, checklistItems.itemId))
    .where(eq(backlogItems.projectId, projectId))
    .orderBy(asc(checklistItems.position));
  const byItem = new Map<string, ExistingItem["checklist"]>();
  for (const e of entries) {
    const list = byItem.get(e.itemId) ?? [];
    list.push({ kind: e.kind, text: e.text, done: e.done });
    byItem.set(e.itemId, list);
  }
  return rows.map((r) => ({
    row: r,
    id: r.id,
    key: r.key,
    version: r.version,
    ...snapshotOfRow(r, byItem.get(r.id) ?? []),
    snapshot: (r.importSnapshot as ItemSnapshot | null) ?? null,
  }));
}

function summarise(plan: ImportPlan, parsed: ParseResult, markMissing: boolean): ImportSummary {
  return {
    importId: null,
    created: plan.create.map((c) => ({ key: c.key, title: c.item.title, line: c.item.line })),
    updated: plan.update.map((u) => ({ key: u.existing.key, title: u.item.title, line: u.item.line, changes: u.changes })),
    unchanged: plan.unchanged.length,
    missing: plan.missing.map((m) => ({ key: m.key, title: m.title, markedWontDo: markMissing })),
    slaPolicies: [],
    metrics: [],
    ruleProposals: [],
    criteriaLinked: 0,
    warnings: parsed.warnings,
  };
}

async function planSideTables(db: Db | Tx, req: ImportRequest, summary: ImportSummary) {
  const existingPolicies = await db.select({ priority: slaPolicies.priority }).from(slaPolicies).where(eq(slaPolicies.projectId, req.projectId));
  const have = new Set(existingPolicies.map((p) => p.priority));
  summary.slaPolicies = req.parsed.slaPolicies.map((p) =>
    have.has(p.priority)
      ? { priority: p.priority, action: "keep", reason: "the project already has this row; edit it in the SLA policy" }
      : p.targetHours === null
        ? { priority: p.priority, action: "skip", reason: `'${p.targetText}' is not a fixed duration` }
        : { priority: p.priority, action: "create" },
  );
  const keys = [...new Set(req.parsed.metrics.map((m) => metricKey(m.name)))];
  const existingMetrics = keys.length ? await db.select({ key: metrics.key }).from(metrics).where(inArray(metrics.key, keys)) : [];
  const known = new Set(existingMetrics.map((m) => m.key));
  const seen = new Set<string>();
  summary.metrics = req.parsed.metrics.flatMap((m) => {
    const key = metricKey(m.name);
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ key, name: m.name, action: known.has(key) ? ("keep" as const) : ("create" as const) }];
  });
}

export async function dryRunImport(db: Db, req: ImportRequest): Promise<ImportSummary> {
  const plan = planImport(req.parsed.items, await loadExisting(db, req.projectId));
  const summary = summarise(plan, req.parsed, !!req.markMissingWontDo);
  await planSideTables(db, req, summary);
  summary.ruleProposals = await importRuleProposals(db, plan, req.parsed);
  return summary;
}

/** A project to create inside the import's transaction, so a failed import leaves no empty project. */
export interface NewProject {
  slug: string;
  name: string;
}

async function ensureProject(tx: Tx, actor: Actor, project: NewProject): Promise<string> {
  const [row] = await tx.insert(projects).values({ slug: project.slug, name: project.name.slice(0, 200) }).onConflictDoNothing().returning({ id: projects.id });
  if (!row) {
    const [existing] = await tx.select({ id: projects.id }).from(projects).where(eq(projects.slug, project.slug));
    return existing!.id;
  }
  await appendAudit(tx, actor, { action: "project.create", entityType: "project", entityId: row.id, after: project });
  return row.id;
}

/**
 * When the items this import creates came into being: their created time, status times and SLA
 * window start. Only the demo loader passes one (its plans were "imported" weeks ago, so their
 * clocks have run); a person's import starts them now. Updates and the record of the import
 * itself (the import row, history) always say when they really happened.
 */
export type ClockStart = { clockStart?: Date };

export async function commitImport(db: Db, actor: Actor, input: Omit<ImportRequest, "projectId"> & ClockStart & ({ projectId: string } | { newProject: NewProject })): Promise<ImportSummary> {
  const now = new Date();
  const start = input.clockStart ?? now;
  if (start.getTime() > now.getTime() || Number.isNaN(start.getTime())) fail("invalid", "clockStart: an import's clocks cannot start in the future");
  return db.transaction(async (tx) => {
    const projectId = "projectId" in input ? input.projectId : await ensureProject(tx, actor, input.newProject);
    const req: ImportRequest = { ...input, projectId };
    // One import per project at a time. An app edit that lands meanwhile is caught by the version
    // check on update, which aborts the whole import rather than overwrite it.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${req.projectId}))`);
    const plan = planImport(req.parsed.items, await loadExisting(tx, req.projectId));
    const summary = summarise(plan, req.parsed, !!req.markMissingWontDo);
    await planSideTables(tx, req, summary);
    summary.ruleProposals = await importRuleProposals(tx, plan, req.parsed);
    const ruleFor = acceptedRuleLookup(req.acceptedRules ?? [], summary.ruleProposals);
    const linked: LinkedEntry[] = [];
    const who = auditWho(actor);

    const [record] = await tx
      .insert(imports)
      .values({
        projectId: req.projectId,
        fileName: req.fileName,
        contentHash: req.contentHash,
        detectedShape: req.parsed.shapes.join(",") || "none",
        counts: { created: plan.create.length, updated: plan.update.length, unchanged: plan.unchanged.length, missing: plan.missing.length },
        report: { warnings: req.parsed.warnings.slice(0, 500) },
        createdBy: userIdOf(actor),
      })
      .returning({ id: imports.id });
    const importId = record!.id;
    summary.importId = importId;
    const audit: AuditRow[] = [];
    // The project's windows including the policy rows this document is about to create.
    const windows = await loadWindows(tx, req.projectId);
    for (const row of req.parsed.slaPolicies) {
      const created = summary.slaPolicies.some((p) => p.priority === row.priority && p.action === "create");
      if (created && row.targetHours !== null) windows[row.priority] = { targetHours: row.targetHours, calendar: row.calendar };
    }
    const write = { now, windowsOf: async () => windows };
    const source = (item: ParsedItem) => ({ importSnapshot: snapshotOf(item), sourceImportId: importId, sourceLine: item.line });

    // Creates, through the item writer's batch path: one history row for the whole import (each
    // created item points at it by source_import_id), then their checklist entries.
    const created = await insertItems(
      tx,
      actor,
      plan.create.map(({ key, item }) => ({
        projectId: req.projectId,
        key,
        title: item.title,
        description: item.description,
        categoryPath: item.category,
        priority: item.priority,
        status: item.status,
        ...blockedReasonFor(item, req.fileName),
        severity: item.severity,
        effortHours: item.effortHours,
        impact: item.impact,
        source: { ...source(item), priorityLabel: item.priorityLabel },
      })),
      { ...write, now: start, audit: { action: "import.create_items", entityType: "import", entityId: importId, after: { fileName: req.fileName, created: plan.create.length } } },
    );
    const idOf = new Map(created.map((c) => [c.key, c.id]));
    const entries = plan.create.flatMap(({ key, item }) =>
      item.checklist.map((c, position) => ({ itemId: idOf.get(key)!, kind: c.kind, text: c.text, done: c.done, position, fromImport: true, doneAt: c.done ? start : null, metricRule: ruleFor(key, c) })),
    );
    linked.push(...(await insertEntries(tx, actor, entries, { audit: "links", announce: false })).linked);

    // Updates: the document's fields (the writer adds timestamps and the SLA clock), then checklists.
    await updateItems(
      tx,
      actor,
      plan.update.map(({ existing, item, changes }) => ({
        row: (existing as LoadedItem).row,
        changes: changedFields(item, changes, req.fileName),
        source: { ...source(item), ...(changes.some((c) => c.field === "priorityLabel") ? { priorityLabel: item.priorityLabel } : {}) },
        audit: importedChanges(existing, snapshotOf(item), changes),
      })),
      { ...write, action: "item.import_update", onStale: (row) => fail("conflict", `${row.key} changed while importing; nothing was imported. Run the import again.`) },
    );
    for (const { existing, item, changes } of plan.update) {
      if (changes.some((c) => c.field === "checklist")) linked.push(...(await reconcileChecklist(tx, actor, existing, item, now, ruleFor)));
    }

    // Matched but unchanged: only remember what this document says, for the next re-import.
    for (const { existing, item } of plan.unchanged) {
      if (canonicalJson(existing.snapshot) !== canonicalJson(snapshotOf(item))) await recordImportSource(tx, existing.id, { importSnapshot: snapshotOf(item), sourceLine: item.line });
    }

    if (req.markMissingWontDo && plan.missing.length) {
      await updateItems(
        tx,
        actor,
        plan.missing.map((m) => ({ row: (m as LoadedItem).row, changes: { status: "wont_do" as const }, audit: { before: { status: m.status }, after: { status: "wont_do" } } })),
        { ...write, action: "item.import_missing", onStale: (row) => fail("conflict", `${row.key} changed while importing; nothing was imported. Run the import again.`) },
      );
    }

    await writeSideTables(tx, req, summary, who, audit);
    await appendAuditRows(tx, audit);
    await evaluateLinked(tx, linked);
    summary.criteriaLinked = linked.length;
    const finished = { importId: summary.importId, projectId: req.projectId, fileName: req.fileName, created: summary.created.length, updated: summary.updated.length };
    await notifyImportFinished(tx, actor, finished);
    await webhookImportCompleted(tx, actor, finished);
    return summary;
  });
}

/** A re-import's history sides: the document's fields it changed, as the item had them and as the document has them. */
function importedChanges(current: ItemSnapshot, doc: ItemSnapshot, changes: FieldChange[]): AuditSides<"item.import_update"> {
  const before: Partial<ItemSnapshot> = {};
  const after: Partial<ItemSnapshot> = {};
  for (const { field } of changes) {
    put(before, field, current[field]);
    put(after, field, doc[field]);
  }
  return { before, after };
}
const put = <K extends keyof ItemSnapshot>(out: Partial<ItemSnapshot>, field: K, value: ItemSnapshot[K]) => {
  out[field] = value;
};

/** The app's fields for the document's changed ones (category is categoryPath; priorityLabel and the checklist are not item fields). */
function changedFields(item: ParsedItem, changes: FieldChange[], fileName: string): ItemChanges {
  const out: ItemChanges = {};
  for (const { field } of changes) {
    if (field === "checklist" || field === "priorityLabel") continue;
    if (field === "category") out.categoryPath = item.category;
    else if (field === "status") Object.assign(out, { status: item.status }, blockedReasonFor(item, fileName));
    else (out as Record<string, unknown>)[field] = item[field];
  }
  return out;
}

/** A blocked item needs a reason (transitions.ts); a plan marks it blocked without one, so it says where. */
const blockedReasonFor = (item: ParsedItem, fileName: string) => (item.status === "blocked" ? { blockedReason: `Marked blocked in ${fileName || "the imported plan"}` } : {});

/**
 * Checklist entries follow the document: ticks and texts update in place (keeping any rule), entries
 * added in the app stay; new entries get the rule the user accepted for them, if any.
 */
async function reconcileChecklist(tx: Tx, actor: Actor, { id: itemId, key }: ExistingItem, item: ParsedItem, now: Date, ruleFor: RuleLookup) {
  const current = await tx.select().from(checklistItems).where(eq(checklistItems.itemId, itemId)).orderBy(asc(checklistItems.position));
  const matches = matchChecklist(current, item.checklist);
  const added: NewEntry[] = [];
  const updates: { id: string; done: boolean; text: string; at: Date }[] = [];
  let position = current.reduce((max, c) => Math.max(max, c.position), -1);
  for (const [i, entry] of item.checklist.entries()) {
    const match = matches[i];
    if (!match) added.push({ itemId, kind: entry.kind, text: entry.text, done: entry.done, position: ++position, fromImport: true, doneAt: entry.done ? now : null, metricRule: ruleFor(key, entry) });
    else if (match.done !== entry.done || match.text !== entry.text) updates.push({ id: match.id, done: entry.done, text: entry.text, at: now });
  }
  const kept = new Set(matches.map((m) => m?.id));
  const removed = current.filter((c) => !kept.has(c.id) && c.fromImport).map((c) => c.id);
  await reconcileEntries(tx, updates, removed);
  return (await insertEntries(tx, actor, added, { audit: "links", announce: false })).linked;
}

async function writeSideTables(tx: Tx, req: ImportRequest, summary: ImportSummary, who: ReturnType<typeof auditWho>, audit: AuditRow[]) {
  for (const row of summary.slaPolicies) {
    if (row.action !== "create") continue;
    const p = req.parsed.slaPolicies.find((x) => x.priority === row.priority)!;
    const [created] = await tx
      .insert(slaPolicies)
      .values({ projectId: req.projectId, priority: p.priority, label: p.label || p.priority, targetHours: p.targetHours!, calendar: p.calendar, ownership: p.ownership, trackingCadence: p.trackingCadence, escalation: p.escalation })
      .returning({ id: slaPolicies.id });
    audit.push({ ...who, action: "sla_policy.import_create", entityType: "sla_policy", entityId: created!.id, after: { priority: p.priority, targetHours: p.targetHours } });
  }
  for (const row of summary.metrics) {
    if (row.action !== "create") continue;
    const m = req.parsed.metrics.find((x) => metricKey(x.name) === row.key)!;
    const [created] = await tx
      .insert(metrics)
      .values({ key: row.key, name: m.name, unit: m.unit, direction: metricDirection(m), target: m.target, projectId: req.projectId, groupName: m.group })
      .onConflictDoNothing()
      .returning({ id: metrics.id });
    if (created) audit.push({ ...who, action: "metric.import_create", entityType: "metric", entityId: created.id, after: { key: row.key, target: m.target } });
  }
}
