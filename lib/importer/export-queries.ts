import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db";
import { backlogItems, checklistItems, metrics, projects, slaPolicies, users } from "@/db/schema";
import { assigneeMeRefusal } from "@/lib/backlog/assignee-me";
import type { BacklogQuery } from "@/lib/backlog/filters";
import { backlogConditions, backlogOrderBy } from "@/lib/backlog/list-queries";
import { isClosed } from "@/lib/domain/items";
import type { ActionResult } from "@/lib/result";
import { closedOutcome } from "@/lib/sla/due";
import { slaStateSql } from "@/lib/sla/state-sql";
import type { ExportRow, ExportView } from "./export";
import { snapshotOfRow } from "./plan";

// What an export contains: the rows of a backlog view — read with the backlog's own filter and
// order SQL (lib/backlog/list-queries.ts), so the file holds exactly what the table lists — with
// their checklists, and the SLA policy and metrics of each project they come from.

/** A view larger than this is refused (413) rather than built in memory: narrow the filters. */
export const EXPORT_MAX_ITEMS = 50_000;
/** Item ids per checklist query, well under PostgreSQL's 65,535 bind parameters. */
const CHUNK = 5_000;

export async function loadExportView(db: Db, query: BacklogQuery, actorId: string | null, timeZone: string): Promise<ActionResult<ExportView>> {
  const refusal = assigneeMeRefusal(query, actorId);
  if (refusal) return { ok: false, error: refusal };
  let named: { id: string } | undefined;
  if (query.project) {
    [named] = await db.select({ id: projects.id }).from(projects).where(eq(projects.slug, query.project)).limit(1);
    if (!named) return { ok: false, error: { code: "not_found", message: `No project '${query.project}'.` } };
  }

  const rows = await db
    .select({
      id: backlogItems.id,
      key: backlogItems.key,
      projectId: backlogItems.projectId,
      title: backlogItems.title,
      description: backlogItems.description,
      categoryPath: backlogItems.categoryPath,
      priority: backlogItems.priority,
      priorityLabel: backlogItems.priorityLabel,
      status: backlogItems.status,
      severity: backlogItems.severity,
      effortHours: backlogItems.effortHours,
      impact: backlogItems.impact,
      dueAt: backlogItems.dueAt,
      completedAt: backlogItems.completedAt,
      projectSlug: projects.slug,
      assigneeName: users.name,
      assigneeEmail: users.email,
      sla: slaStateSql,
    })
    .from(backlogItems)
    .innerJoin(projects, eq(projects.id, backlogItems.projectId))
    .leftJoin(users, eq(users.id, backlogItems.assigneeId))
    .where(and(...backlogConditions(query, actorId)))
    .orderBy(...backlogOrderBy(query))
    .limit(EXPORT_MAX_ITEMS + 1);
  if (rows.length > EXPORT_MAX_ITEMS) {
    return { ok: false, error: { code: "too_large", message: `This view has more than ${EXPORT_MAX_ITEMS.toLocaleString("en")} items; narrow the filters (a project, a priority, a status) to export it.` } };
  }

  const byItem = new Map<string, { kind: "action" | "acceptance" | "file"; text: string; done: boolean }[]>();
  for (let i = 0; i < rows.length; i += CHUNK) {
    const ids = rows.slice(i, i + CHUNK).map((r) => r.id);
    const entries = await db
      .select({ itemId: checklistItems.itemId, kind: checklistItems.kind, text: checklistItems.text, done: checklistItems.done })
      .from(checklistItems)
      .where(inArray(checklistItems.itemId, ids))
      .orderBy(asc(checklistItems.itemId), asc(checklistItems.position));
    for (const { itemId, ...e } of entries) byItem.set(itemId, [...(byItem.get(itemId) ?? []), e]);
  }

  const projectIds = [...new Set([...(named ? [named.id] : []), ...rows.map((r) => r.projectId)])];
  const [found, policies, defined] = projectIds.length
    ? await Promise.all([
        db.select().from(projects).where(inArray(projects.id, projectIds)).orderBy(asc(projects.name), asc(projects.slug)),
        db.select().from(slaPolicies).where(inArray(slaPolicies.projectId, projectIds)).orderBy(asc(slaPolicies.priority)),
        db.select().from(metrics).where(inArray(metrics.projectId, projectIds)).orderBy(asc(metrics.groupName), asc(metrics.name)),
      ])
    : [[], [], []];

  const items: ExportRow[] = rows.map((r) => ({
    key: r.key,
    ...snapshotOfRow(r, byItem.get(r.id) ?? []),
    done: r.status === "done",
    project: r.projectSlug,
    assignee: r.assigneeName !== null && r.assigneeEmail !== null ? { name: r.assigneeName, email: r.assigneeEmail } : null,
    dueAt: r.dueAt?.toISOString() ?? null,
    completedAt: r.completedAt?.toISOString() ?? null,
    sla: r.sla,
    slaOutcome: slaOutcomeOf(r),
  }));

  return {
    ok: true,
    data: {
      timeZone,
      items,
      projects: found.map((project) => ({
        slug: project.slug,
        name: project.name,
        slaPolicies: policies
          .filter((p) => p.projectId === project.id)
          .map((p) => ({
            priority: p.priority,
            label: p.label,
            targetHours: p.targetHours,
            calendar: p.calendar,
            targetText: `${p.targetHours} hours`,
            ownership: p.ownership,
            trackingCadence: p.trackingCadence,
            escalation: p.escalation,
            line: 0,
          })),
        metrics: defined
          .filter((m) => m.projectId === project.id && m.target !== null)
          .map((m) => ({
            name: m.name,
            comparator: m.direction === "lower_is_better" ? ("<=" as const) : (">=" as const),
            target: m.target!,
            unit: m.unit,
            group: m.groupName,
            line: 0,
          })),
      })),
    },
  };
}

/** A closed item's outcome by the SLA module's rule; null while open or without a due date. */
function slaOutcomeOf(r: { status: string; dueAt: Date | null; completedAt: Date | null }) {
  if (!isClosed(r.status) || !r.completedAt) return null;
  const outcome = closedOutcome(r.dueAt, r.completedAt);
  return outcome === "no_sla" ? null : outcome;
}
