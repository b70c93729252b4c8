import "server-only";
import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db";
import { backlogItems, imports, projects, users } from "@/db/schema";
import { COUNT_CAP } from "./list-queries";
import { checklistProgress } from "./progress-queries";
import type { UserOption } from "./option-queries";
import { openSql } from "@/lib/domain/item-sql";
import type { Status } from "@/lib/domain/items";
import type { OpenCriteria } from "./open-criteria";
import { openCriteriaCountSql, openCriteriaTextsSql } from "./open-criteria-sql";

// The triage inbox: open items nobody has prioritised yet, oldest first. Items a recent import
// created without a priority are in it by the same rule (priority is null), so one condition
// serves both and matches the partial index backlog_items_untriaged_idx.

/** How much description the inbox shows; the item page has the rest. */
export const TRIAGE_DESCRIPTION_CHARS = 2_000;
/** Items an import created this recently get a "new" mark in the inbox. */
const RECENT_IMPORT = sql`interval '7 days'`;

export interface TriageItem {
  id: string;
  key: string;
  title: string;
  description: string;
  descriptionTruncated: boolean;
  projectSlug: string;
  projectName: string;
  categoryPath: string[];
  status: Status;
  blockedReason: string | null;
  severity: "critical" | "high" | "medium" | "low" | null;
  effortHours: number | null;
  impact: number | null;
  assigneeId: string | null;
  assigneeName: string | null;
  version: number;
  createdAt: string;
  sourceImportFileName: string | null;
  /** Created by an import in the last 7 days. */
  recentImport: boolean;
  checklistDone: number;
  checklistTotal: number;
  /** What the status picker names before a Done (see ./open-criteria.ts). */
  openCriteria: OpenCriteria;
}

export type TriageFilter = { project?: string };

/**
 * Written out literally (not as bound parameters) so the planner can prove the partial index's
 * predicate; `status not in ($1, $2)` would not match it under a generic plan.
 */
function untriaged({ project }: TriageFilter): SQL {
  const base = sql`${backlogItems.priority} is null and ${openSql()}`;
  if (!project) return base;
  return and(base, sql`${backlogItems.projectId} = (select id from ${projects} where ${projects.slug} = ${project})`)!;
}

/** The queue's rows, not yet run (the db test EXPLAINs it to prove the partial index is used). */
export function triageQueueQuery(db: Db, { project, limit = 200 }: TriageFilter & { limit?: number } = {}) {
  return db
    .select({
      id: backlogItems.id,
      key: backlogItems.key,
      title: backlogItems.title,
      // Cut in the database so a 100,000-character description never leaves it in full.
      description: sql<string>`left(${backlogItems.description}, ${sql.raw(String(TRIAGE_DESCRIPTION_CHARS))})`,
      descriptionTruncated: sql<boolean>`char_length(${backlogItems.description}) > ${sql.raw(String(TRIAGE_DESCRIPTION_CHARS))}`,
      projectSlug: projects.slug,
      projectName: projects.name,
      categoryPath: backlogItems.categoryPath,
      status: backlogItems.status,
      blockedReason: backlogItems.blockedReason,
      severity: backlogItems.severity,
      effortHours: backlogItems.effortHours,
      impact: backlogItems.impact,
      assigneeId: backlogItems.assigneeId,
      assigneeName: users.name,
      version: backlogItems.version,
      createdAt: backlogItems.createdAt,
      sourceImportFileName: imports.fileName,
      recentImport: sql<boolean>`coalesce(${imports.createdAt} > now() - ${RECENT_IMPORT}, false)`,
      openCriteriaCount: openCriteriaCountSql,
      openCriteriaTexts: openCriteriaTextsSql,
    })
    .from(backlogItems)
    .innerJoin(projects, eq(projects.id, backlogItems.projectId))
    .leftJoin(users, eq(users.id, backlogItems.assigneeId))
    .leftJoin(imports, eq(imports.id, backlogItems.sourceImportId))
    .where(untriaged({ project }))
    // One import stamps all its items with the same time; document order (source line) breaks the tie.
    .orderBy(asc(backlogItems.createdAt), sql`${backlogItems.sourceLine} asc nulls last`, asc(backlogItems.key), asc(backlogItems.id))
    .limit(limit);
}

export async function listTriageQueue(db: Db, options: TriageFilter & { limit?: number } = {}): Promise<TriageItem[]> {
  const rows = await triageQueueQuery(db, options);
  const ids = rows.map((r) => r.id);
  const byItem = await checklistProgress(db, ids);
  return rows.map(({ openCriteriaCount, openCriteriaTexts, ...r }) => ({
    ...r,
    openCriteria: { count: openCriteriaCount, texts: openCriteriaTexts },
    createdAt: r.createdAt.toISOString(),
    checklistDone: byItem.get(r.id)?.done ?? 0,
    checklistTotal: byItem.get(r.id)?.total ?? 0,
  }));
}

/** Counting stops after COUNT_CAP, so the scan of the partial index stays bounded. */
export function triageCountQuery(db: Db, filter: TriageFilter = {}) {
  return db
    .select({ n: sql<number>`count(*)::int` })
    .from(db.select({ one: sql`1` }).from(backlogItems).where(untriaged(filter)).limit(COUNT_CAP + 1).as("capped"));
}

/** Untriaged open items, up to COUNT_CAP; `capped` says there are more. */
export async function countTriageQueue(db: Db, filter: TriageFilter = {}): Promise<{ total: number; capped: boolean }> {
  const [row] = await triageCountQuery(db, filter);
  const n = Number(row?.n ?? 0);
  return { total: Math.min(n, COUNT_CAP), capped: n > COUNT_CAP };
}

/** The assignee picker's choices: the same people the backlog offers (lib/backlog/option-queries.ts). */
export type TriageAssignee = UserOption;
