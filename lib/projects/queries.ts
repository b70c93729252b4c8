import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { backlogItems, projects } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";

export type ProjectSummary = { id: string; slug: string; name: string; description: string; total: number; open: number; done: number };

/** Projects with item counts; every signed-in role may read them. */
export async function listProjectSummaries(actor: Actor): Promise<ProjectSummary[]> {
  if (!can(actor, "pages.dashboard")) return [];
  const db = await getDb();
  return db
    .select({
      id: projects.id,
      slug: projects.slug,
      name: projects.name,
      description: projects.description,
      total: sql<number>`count(${backlogItems.id})::int`,
      open: sql<number>`count(${backlogItems.id}) filter (where ${backlogItems.status} not in ('done', 'wont_do'))::int`,
      done: sql<number>`count(${backlogItems.id}) filter (where ${backlogItems.status} = 'done')::int`,
    })
    .from(projects)
    .leftJoin(backlogItems, eq(backlogItems.projectId, projects.id))
    .groupBy(projects.id)
    .orderBy(asc(projects.name));
}
