import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { savedViews } from "@/db/schema";
import { fail } from "@/lib/result";
import { backlogSearchParams, parseBacklogQuery } from "./filters";

// Named backlog views per user (saved-view-queries.ts reads them). The stored query is re-serialised
// from the parsed one, so a saved view only ever holds valid filter values.

export const MAX_VIEWS_PER_USER = 50;

/** Saves (or replaces, by name) a view of the current URL query. */
export async function saveView(db: Db, userId: string, input: { name: string; query: string }) {
  const { query } = parseBacklogQuery(new URLSearchParams(input.query));
  const normalized = backlogSearchParams({ ...query, page: 1 }).toString();
  return db.transaction(async (tx) => {
    const existing = await tx.select({ id: savedViews.id, name: savedViews.name }).from(savedViews).where(eq(savedViews.userId, userId));
    if (existing.length >= MAX_VIEWS_PER_USER && !existing.some((v) => v.name === input.name)) {
      fail("invalid", `You already have ${MAX_VIEWS_PER_USER} saved views; delete one first.`, { fieldErrors: { name: [`you already have ${MAX_VIEWS_PER_USER} saved views; delete one first`] } });
    }
    const [row] = await tx
      .insert(savedViews)
      .values({ userId, name: input.name, query: normalized })
      .onConflictDoUpdate({ target: [savedViews.userId, savedViews.name], set: { query: normalized } })
      .returning({ id: savedViews.id, name: savedViews.name, query: savedViews.query });
    return row!;
  });
}

export async function deleteView(db: Db, userId: string, id: string) {
  const [row] = await db.delete(savedViews).where(and(eq(savedViews.id, id), eq(savedViews.userId, userId))).returning({ id: savedViews.id });
  return row ?? fail("not_found", "That view no longer exists.");
}
