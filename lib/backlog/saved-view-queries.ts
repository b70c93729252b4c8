import "server-only";
import { and, asc, eq, ilike } from "drizzle-orm";
import { containsPattern } from "@/db/like";
import type { Db } from "@/db";
import { savedViews } from "@/db/schema";

/** A user's named backlog views (saved-view-service.ts writes them), by name. */
export function listViews(db: Db, userId: string) {
  return db.select({ id: savedViews.id, name: savedViews.name, query: savedViews.query }).from(savedViews).where(eq(savedViews.userId, userId)).orderBy(asc(savedViews.name));
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
