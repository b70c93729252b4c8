import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { savedViews } from "@/db/schema";

/** A user's named backlog views (saved-view-service.ts writes them), by name. */
export function listViews(db: Db, userId: string) {
  return db.select({ id: savedViews.id, name: savedViews.name, query: savedViews.query }).from(savedViews).where(eq(savedViews.userId, userId)).orderBy(asc(savedViews.name));
}
