import "server-only";
import { and, asc, eq, ilike, sql } from "drizzle-orm";
import { containsPattern } from "@/db/like";
import type { Db } from "@/db";
import { preparedFor } from "@/db/prepared";
import { savedViews } from "@/db/schema";

const viewsOf = preparedFor((db: Db) =>
  db
    .select({ id: savedViews.id, name: savedViews.name, query: savedViews.query })
    .from(savedViews)
    .where(eq(savedViews.userId, sql.placeholder("userId")))
    .orderBy(asc(savedViews.name))
    .prepare("saved_views_of"),
);

/** A user's named backlog views (saved-view-service.ts writes them), by name; every backlog page reads them. */
export function listViews(db: Db, userId: string) {
  return viewsOf(db).execute({ userId });
}

/** The command palette's lookup: this user's views whose name contains the text. */
export function searchViews(db: Db, userId: string, q: string, limit = 5) {
  return db
    .select({ id: savedViews.id, name: savedViews.name, query: savedViews.query })
    .from(savedViews)
    .where(and(eq(savedViews.userId, userId), ilike(savedViews.name, containsPattern(q))))
    .orderBy(asc(savedViews.name))
    .limit(limit);
}
