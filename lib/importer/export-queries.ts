import "server-only";
import { and, asc, eq, ilike, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db";
import { backlogItems, checklistItems, metrics, projects, slaPolicies } from "@/db/schema";
import type { ExportDocument } from "./export";
import { snapshotOfRow } from "./plan";
import type { ExportFilter } from "./export-filter";

const escapeLike = (s: string) => s.replace(/[\\%_]/g, "\\$&");

function filterConditions(filter: ExportFilter): SQL[] {
  const where: SQL[] = [];
  if (filter.priority?.length) {
    const levels = filter.priority.filter((p) => p !== "untriaged") as ("P0" | "P1" | "P2" | "P3")[];
    const parts = [levels.length ? inArray(backlogItems.priority, levels) : undefined, filter.priority.includes("untriaged") ? isNull(backlogItems.priority) : undefined].filter(Boolean) as SQL[];
    where.push(or(...parts)!);
  }
  if (filter.status?.length) where.push(inArray(backlogItems.status, filter.status));
  // "Security" matches items whose category path starts with that segment.
  if (filter.category) where.push(sql`array_to_string(${backlogItems.categoryPath}, ' › ') ilike ${`${escapeLike(filter.category)}%`}`);
  if (filter.q) {
    const pattern = `%${escapeLike(filter.q)}%`;
    where.push(or(ilike(backlogItems.key, pattern), ilike(backlogItems.title, pattern), ilike(backlogItems.description, pattern))!);
  }
  return where;
}

// What an export contains: a project's items with their checklists, its SLA policy and metrics.

export async function loadExportDocument(db: Db, projectSlug: string, filter: ExportFilter = {}): Promise<ExportDocument | null> {
  const [project] = await db.select().from(projects).where(eq(projects.slug, projectSlug)).limit(1);
  if (!project) return null;
  const rows = await db
    .select()
    .from(backlogItems)
    .where(and(eq(backlogItems.projectId, project.id), ...filterConditions(filter)))
    .orderBy(asc(backlogItems.sourceLine), asc(backlogItems.createdAt), asc(backlogItems.key));
  const ids = rows.map((r) => r.id);
  const entries = ids.length
    ? await db.select().from(checklistItems).where(inArray(checklistItems.itemId, ids)).orderBy(asc(checklistItems.itemId), asc(checklistItems.position))
    : [];
  const byItem = new Map<string, typeof entries>();
  for (const e of entries) byItem.set(e.itemId, [...(byItem.get(e.itemId) ?? []), e]);
  const policies = await db.select().from(slaPolicies).where(eq(slaPolicies.projectId, project.id)).orderBy(asc(slaPolicies.priority));
  const defined = await db.select().from(metrics).where(eq(metrics.projectId, project.id)).orderBy(asc(metrics.groupName), asc(metrics.name));

  return {
    project: { slug: project.slug, name: project.name },
    items: rows.map((r) => ({
      key: r.key,
      ...snapshotOfRow(r, (byItem.get(r.id) ?? []).map((e) => ({ kind: e.kind, text: e.text, done: e.done }))),
      done: r.status === "done",
    })),
    slaPolicies: policies.map((p) => ({
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
      .filter((m) => m.target !== null)
      .map((m) => ({
        name: m.name,
        comparator: m.direction === "lower_is_better" ? "<=" : ">=",
        target: m.target!,
        unit: m.unit,
        group: m.groupName,
        line: 0,
      })),
  };
}
