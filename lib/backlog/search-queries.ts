import "server-only";
import { asc, ilike, or, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { backlogItems, projects } from "@/db/schema";
import { searchCondition } from "./list-queries";
import { closedSql } from "@/lib/domain/item-sql";

// The command palette's lookup: items by key or title words, projects by name; small and indexed.

const escapeLike = (s: string) => s.replace(/[\\%_]/g, "\\$&");

export async function quickSearch(db: Db, q: string) {
  const text = q.trim().slice(0, 100);
  if (!text) return { items: [], projects: [] };
  const cond = searchCondition(text);
  const [items, found] = await Promise.all([
    cond
      ? db
          .select({ key: backlogItems.key, title: backlogItems.title, status: backlogItems.status, priority: backlogItems.priority, projectSlug: projects.slug, projectName: projects.name })
          .from(backlogItems)
          .innerJoin(projects, sql`${projects.id} = ${backlogItems.projectId}`)
          .where(cond)
          // Exact key matches first, then open before closed work.
          .orderBy(sql`upper(${backlogItems.key}) = upper(${text}) desc`, closedSql(), asc(backlogItems.priority), asc(backlogItems.key))
          .limit(8)
      : [],
    db
      .select({ slug: projects.slug, name: projects.name })
      .from(projects)
      .where(or(ilike(projects.name, `%${escapeLike(text)}%`), ilike(projects.slug, `%${escapeLike(text)}%`)))
      .orderBy(asc(projects.name))
      .limit(5),
  ]);
  return { items, projects: found };
}
