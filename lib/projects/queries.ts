import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { getDb, type Db } from "@/db";
import { backlogItems, projects } from "@/db/schema";
import type { Caller } from "@/lib/domain/actors";
import { can } from "@/lib/auth/policy";
import { openSql } from "@/lib/domain/item-sql";

export type ProjectSummary = { id: string; slug: string; name: string; description: string; total: number; open: number; done: number };

/** Projects with item counts; every signed-in role may read them. */
export async function listProjectSummaries(actor: Caller): Promise<ProjectSummary[]> {
  if (!can(actor, "pages.dashboard")) return [];
  const db = await getDb();
  // Counted per (project, status) first: ~100 groups read off the (project_id, status, priority)
  // index, instead of joining every item to its project and grouping 100,000 rows.
  const counts = db
    .select({ projectId: backlogItems.projectId, status: backlogItems.status, n: sql<number>`count(*)::int`.as("n") })
    .from(backlogItems)
    .groupBy(backlogItems.projectId, backlogItems.status)
    .as("counts");
  return db
    .select({
      id: projects.id,
      slug: projects.slug,
      name: projects.name,
      description: projects.description,
      total: sql<number>`coalesce(sum(${counts.n}), 0)::int`,
      open: sql<number>`coalesce(sum(${counts.n}) filter (where ${openSql(counts.status)}), 0)::int`,
      done: sql<number>`coalesce(sum(${counts.n}) filter (where ${counts.status} = 'done'), 0)::int`,
    })
    .from(projects)
    .leftJoin(counts, eq(counts.projectId, projects.id))
    .groupBy(projects.id)
    .orderBy(asc(projects.name));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A project named by a script: its slug or its id (the API accepts either); null when there is none. */
export async function projectIdOf(db: Db, ref: string): Promise<string | null> {
  const [row] = await db
    .select({ id: projects.id })
    .from(projects)
    .where(UUID.test(ref) ? eq(projects.id, ref) : eq(projects.slug, ref))
    .limit(1);
  return row?.id ?? null;
}
