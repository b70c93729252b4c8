import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { preparedFor } from "@/db/prepared";
import { projects } from "@/db/schema";
import { watches } from "@/db/schema-notifications";
import type { WatchSubject } from "@/lib/domain/notifications";

/**
 * Whether this person follows the subject, as its Watch button shows it: their explicit choice if
 * they made one (or were made to watch by creating, being assigned, commenting, being mentioned),
 * else `implicit` (an item's assignee follows it without a row).
 */
export async function watchState(db: Db, userId: string, subjectType: WatchSubject, subjectId: string, implicit = false): Promise<boolean> {
  const [row] = await db
    .select({ watching: watches.watching })
    .from(watches)
    .where(and(eq(watches.userId, userId), eq(watches.subjectType, subjectType), eq(watches.subjectId, subjectId)));
  return row ? row.watching : implicit;
}

/** Every project with whether this person watches it (the account page's list). */
export async function projectWatches(db: Db, userId: string) {
  return db
    .select({ id: projects.id, name: projects.name, slug: projects.slug, watching: sql<boolean>`coalesce(${watches.watching}, false)` })
    .from(projects)
    .leftJoin(watches, and(eq(watches.userId, userId), eq(watches.subjectType, "project"), eq(watches.subjectId, sql`${projects.id}::text`)))
    .orderBy(asc(projects.name));
}

const watchedProjects = preparedFor((db: Db) =>
  db
    .select({ id: watches.subjectId })
    .from(watches)
    .where(and(eq(watches.userId, sql.placeholder("userId")), eq(watches.subjectType, "project"), eq(watches.watching, true)))
    .prepare("watched_projects_of"),
);

/** The ids of the projects this person watches (the backlog's Watch button for a chosen project). */
export async function watchedProjectIds(db: Db, userId: string): Promise<string[]> {
  const rows = await watchedProjects(db).execute({ userId });
  return rows.map((r) => r.id);
}
