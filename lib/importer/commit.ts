import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { auditLog, backlogItems, checklistItems, imports, metrics, projects, slaPolicies } from "@/db/schema";
import { appendAudit, type AuditActor } from "@/lib/audit-log/append";
import { afterPriorityChange, type Priority } from "@/lib/matrix/due";
import { loadWindows } from "@/lib/matrix/policy-windows";
import { insertJsonRows } from "@/db/insert-json";
import { fail } from "@/lib/result";
import { metricDirection, metricKey } from "./metric-targets";
import { canonicalJson, matchChecklist, planImport, snapshotOf, snapshotOfRow, type ExistingItem, type FieldChange, type ImportPlan, type ItemSnapshot } from "./plan";
import { acceptedRuleLookup, evaluateLinked, importRuleProposals, insertChecklist, linkAuditRows, type LinkedEntry, type RuleLookup } from "./rule-links";
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

const CHUNK = 1000;
const chunks = <T>(xs: T[]) => Array.from({ length: Math.ceil(xs.length / CHUNK) }, (_, i) => xs.slice(i * CHUNK, (i + 1) * CHUNK));

export async function loadExisting(db: Db | Tx, projectId: string): Promise<ExistingItem[]> {
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

const statusTimes = (status: ParsedItem["status"], now: Date, prev?: { startedAt: Date | null }) => ({
  startedAt: status === "in_progress" || status === "done" ? (prev?.startedAt ?? now) : (prev?.startedAt ?? null),
  completedAt: status === "done" || status === "wont_do" ? now : null,
});

/** A project to create inside the import's transaction, so a failed import leaves no empty project. */
export interface NewProject {
  slug: string;
  name: string;
}

async function ensureProject(tx: Tx, actor: AuditActor, project: NewProject): Promise<string> {
  const [row] = await tx.insert(projects).values({ slug: project.slug, name: project.name.slice(0, 200) }).onConflictDoNothing().returning({ id: projects.id });
  if (!row) {
    const [existing] = await tx.select({ id: projects.id }).from(projects).where(eq(projects.slug, project.slug));
    return existing!.id;
  }
  await appendAudit(tx, actor, { action: "project.create", entityType: "project", entityId: row.id, after: project });
  return row.id;
}

export async function commitImport(db: Db, actor: AuditActor, input: Omit<ImportRequest, "projectId"> & ({ projectId: string } | { newProject: NewProject })): Promise<ImportSummary> {
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
    const now = new Date();
    const actorId = "id" in actor ? actor.id : null;
    const actorLabel = "id" in actor ? actor.email : `system:${actor.system}`;

    const [record] = await tx
      .insert(imports)
      .values({
        projectId: req.projectId,
        fileName: req.fileName,
        contentHash: req.contentHash,
        detectedShape: req.parsed.shapes.join(",") || "none",
        counts: { created: plan.create.length, updated: plan.update.length, unchanged: plan.unchanged.length, missing: plan.missing.length },
        report: { warnings: req.parsed.warnings.slice(0, 500) },
        createdBy: actorId,
      })
      .returning({ id: imports.id });
    const importId = record!.id;
    summary.importId = importId;
    const audit: (typeof auditLog.$inferInsert)[] = [];
    // The project's windows including the policy rows this document is about to create.
    const windows = await loadWindows(tx, req.projectId);
    for (const row of req.parsed.slaPolicies) {
      const created = summary.slaPolicies.some((p) => p.priority === row.priority && p.action === "create");
      if (created && row.targetHours !== null) windows[row.priority] = { targetHours: row.targetHours, calendar: row.calendar };
    }
    const slaClock = (priority: Priority | null, status: string) =>
      priority && status !== "done" && status !== "wont_do" ? afterPriorityChange({ windowStart: null, dueAt: null, overridden: false }, priority, windows, now) : { windowStart: priority ? now : null, dueAt: null };

    // Creates: batched inserts of items, then of their checklist entries.
    for (const batch of chunks(plan.create)) {
      const rows = await insertJsonRows<typeof backlogItems, { id: string; key: string }>(
        tx,
        backlogItems,
        batch.map(({ key, item }) => {
          const clock = slaClock(item.priority, item.status);
          return {
            projectId: req.projectId,
            key,
            title: item.title,
            description: item.description,
            categoryPath: item.category,
            priority: item.priority,
            priorityLabel: item.priorityLabel,
            status: item.status,
            severity: item.severity,
            effortHours: item.effortHours,
            triagedAt: item.priority ? now : null,
            slaStartedAt: clock.windowStart,
            dueAt: clock.dueAt,
            ...statusTimes(item.status, now),
            sourceImportId: importId,
            sourceLine: item.line,
            importSnapshot: snapshotOf(item),
          };
        }),
        ["id", "key"],
      );
      // Matched by key (unique in the project): the returned rows come in no promised order.
      const idOf = new Map(rows.map((r) => [r.key, r.id]));
      const entries = batch.flatMap(({ key, item }) =>
        item.checklist.map((c, position) => ({ itemId: idOf.get(key)!, kind: c.kind, text: c.text, done: c.done, position, fromImport: true, doneAt: c.done ? now : null, metricRule: ruleFor(key, c) })),
      );
      for (const part of chunks(entries)) linked.push(...(await insertChecklist(tx, part)));
    }
    // One history row for the whole import; each created item points at it (source_import_id).
    if (plan.create.length) {
      audit.push({ actorId, actorLabel, action: "import.create_items", entityType: "import", entityId: importId, after: { fileName: req.fileName, created: plan.create.length } });
    }

    for (const { existing, item, changes } of plan.update) {
      const set: Partial<typeof backlogItems.$inferInsert> = {};
      for (const change of changes) {
        if (change.field === "checklist") continue;
        if (change.field === "category") set.categoryPath = item.category;
        else (set as Record<string, unknown>)[change.field] = item[change.field];
      }
      if (set.status) Object.assign(set, statusTimes(set.status, now));
      if (set.priority && !existing.priority) {
        // Triaged by the document: the SLA window opens now, as it would for a lead's triage.
        const clock = slaClock(set.priority, set.status ?? existing.status);
        Object.assign(set, { triagedAt: now, slaStartedAt: clock.windowStart, dueAt: clock.dueAt });
      }
      const updated = await tx
        .update(backlogItems)
        .set({ ...set, importSnapshot: snapshotOf(item), sourceImportId: importId, sourceLine: item.line, version: sql`${backlogItems.version} + 1`, updatedAt: now, updatedBy: actorId })
        .where(and(eq(backlogItems.id, existing.id), eq(backlogItems.version, existing.version)))
        .returning({ id: backlogItems.id });
      if (updated.length === 0) fail("conflict", `${existing.key} changed while importing; nothing was imported. Run the import again.`);
      if (changes.some((c) => c.field === "checklist")) linked.push(...(await reconcileChecklist(tx, existing, item, now, ruleFor)));
      audit.push({ actorId, actorLabel, action: "item.import_update", entityType: "item", entityId: existing.id, before: Object.fromEntries(changes.map((c) => [c.field, c.from])), after: Object.fromEntries(changes.map((c) => [c.field, c.to])) });
    }

    // Matched but unchanged: only remember what this document says, for the next re-import.
    for (const { existing, item } of plan.unchanged) {
      if (canonicalJson(existing.snapshot) !== canonicalJson(snapshotOf(item))) {
        await tx.update(backlogItems).set({ importSnapshot: snapshotOf(item), sourceLine: item.line }).where(eq(backlogItems.id, existing.id));
      }
    }

    if (req.markMissingWontDo && plan.missing.length) {
      await tx
        .update(backlogItems)
        .set({ status: "wont_do", completedAt: now, version: sql`${backlogItems.version} + 1`, updatedAt: now, updatedBy: actorId })
        .where(inArray(backlogItems.id, plan.missing.map((m) => m.id)));
      for (const m of plan.missing) audit.push({ actorId, actorLabel, action: "item.import_missing", entityType: "item", entityId: m.id, before: { status: m.status }, after: { status: "wont_do" } });
    }

    audit.push(...linkAuditRows(linked, actorId, actorLabel));
    await writeSideTables(tx, req, summary, actorId, actorLabel, audit);
    for (const part of chunks(audit)) await tx.insert(auditLog).values(part);
    await evaluateLinked(tx, linked);
    summary.criteriaLinked = linked.length;
    return summary;
  });
}

/**
 * Checklist entries follow the document: ticks and texts update in place (keeping any rule), entries
 * added in the app stay; new entries get the rule the user accepted for them, if any.
 */
async function reconcileChecklist(tx: Tx, { id: itemId, key }: ExistingItem, item: ParsedItem, now: Date, ruleFor: RuleLookup) {
  const current = await tx.select().from(checklistItems).where(eq(checklistItems.itemId, itemId)).orderBy(asc(checklistItems.position));
  const matches = matchChecklist(current, item.checklist);
  const linked: LinkedEntry[] = [];
  let position = current.reduce((max, c) => Math.max(max, c.position), -1);
  for (const [i, entry] of item.checklist.entries()) {
    const match = matches[i];
    if (!match) {
      linked.push(...(await insertChecklist(tx, [{ itemId, kind: entry.kind, text: entry.text, done: entry.done, position: ++position, fromImport: true, doneAt: entry.done ? now : null, metricRule: ruleFor(key, entry) }])));
    } else if (match.done !== entry.done || match.text !== entry.text) {
      await tx.update(checklistItems).set({ done: entry.done, text: entry.text, doneAt: entry.done ? now : null, fromImport: true }).where(eq(checklistItems.id, match.id));
    }
  }
  const kept = new Set(matches.map((m) => m?.id));
  const removed = current.filter((c) => !kept.has(c.id) && c.fromImport).map((c) => c.id);
  if (removed.length) await tx.delete(checklistItems).where(inArray(checklistItems.id, removed));
  return linked;
}

async function writeSideTables(tx: Tx, req: ImportRequest, summary: ImportSummary, actorId: string | null, actorLabel: string, audit: (typeof auditLog.$inferInsert)[]) {
  for (const row of summary.slaPolicies) {
    if (row.action !== "create") continue;
    const p = req.parsed.slaPolicies.find((x) => x.priority === row.priority)!;
    const [created] = await tx
      .insert(slaPolicies)
      .values({ projectId: req.projectId, priority: p.priority, label: p.label || p.priority, targetHours: p.targetHours!, calendar: p.calendar, ownership: p.ownership, trackingCadence: p.trackingCadence, escalation: p.escalation })
      .returning({ id: slaPolicies.id });
    audit.push({ actorId, actorLabel, action: "sla_policy.import_create", entityType: "sla_policy", entityId: created!.id, after: { priority: p.priority, targetHours: p.targetHours } });
  }
  for (const row of summary.metrics) {
    if (row.action !== "create") continue;
    const m = req.parsed.metrics.find((x) => metricKey(x.name) === row.key)!;
    const [created] = await tx
      .insert(metrics)
      .values({ key: row.key, name: m.name, unit: m.unit, direction: metricDirection(m), target: m.target, projectId: req.projectId, groupName: m.group })
      .onConflictDoNothing()
      .returning({ id: metrics.id });
    if (created) audit.push({ actorId, actorLabel, action: "metric.import_create", entityType: "metric", entityId: created.id, after: { key: row.key, target: m.target } });
  }
}
