import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "@/db";
import { watches } from "@/db/schema-notifications";
import type { WatchReason, WatchSubject } from "@/lib/domain/notifications";

// Who follows an item: its assignee (the owner), whoever watches it, and whoever watches its
// project, less anyone who chose to stop watching that item. One query for any number of items.

export type FollowedItem = { id: string; projectId: string; assigneeId: string | null };

/** Each item's followers (user ids), for a batch of items. */
export async function followersOf(tx: Tx, items: readonly FollowedItem[]): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>(items.map((i) => [i.id, new Set(i.assigneeId ? [i.assigneeId] : [])]));
  if (!items.length) return out;
  const itemIds = [...new Set(items.map((i) => i.id))];
  const projectIds = [...new Set(items.map((i) => i.projectId))];
  const rows = await tx
    .select({ userId: watches.userId, subjectType: watches.subjectType, subjectId: watches.subjectId, watching: watches.watching })
    .from(watches)
    .where(
      // Ids are uuids: an array literal is one parameter however many items a bulk write touched.
      sql`(${watches.subjectType} = 'item' and ${watches.subjectId} = any(${`{${itemIds.join(",")}}`}::text[])) or (${watches.subjectType} = 'project' and ${watches.watching} and ${watches.subjectId} = any(${`{${projectIds.join(",")}}`}::text[]))`,
    );
  const byProject = new Map<string, string[]>();
  const unwatched = new Set<string>();
  for (const r of rows) {
    if (r.subjectType === "project") byProject.set(r.subjectId, [...(byProject.get(r.subjectId) ?? []), r.userId]);
    else if (r.watching) out.get(r.subjectId)?.add(r.userId);
    else unwatched.add(`${r.subjectId}\u0000${r.userId}`);
  }
  for (const item of items) {
    const set = out.get(item.id)!;
    for (const u of byProject.get(item.projectId) ?? []) set.add(u);
    for (const u of [...set]) if (unwatched.has(`${item.id}\u0000${u}`)) set.delete(u);
  }
  return out;
}

/**
 * Starts watching for a reason (created, assigned, mentioned…) unless the person already has a
 * row for it: an earlier "unwatch" stays an unwatch.
 */
export async function watchFor(tx: Tx, userIds: readonly string[], subjectType: WatchSubject, subjectId: string, reason: WatchReason) {
  const unique = [...new Set(userIds)];
  if (!unique.length) return;
  await tx
    .insert(watches)
    .values(unique.map((userId) => ({ userId, subjectType, subjectId, reason })))
    .onConflictDoNothing();
}

/** Watch or unwatch by hand (the button): always the person's explicit choice. */
export async function setWatching(tx: Tx, userId: string, subjectType: WatchSubject, subjectId: string, watching: boolean) {
  await tx
    .insert(watches)
    .values({ userId, subjectType, subjectId, watching, reason: "manual" })
    .onConflictDoUpdate({ target: [watches.userId, watches.subjectType, watches.subjectId], set: { watching, reason: "manual" } });
}

/** Everyone watching any of these subjects (metrics, runbooks). */
export async function watchersOf(tx: Tx, subjectType: WatchSubject, subjectIds: readonly string[]): Promise<string[]> {
  if (!subjectIds.length) return [];
  const rows = await tx
    .selectDistinct({ userId: watches.userId })
    .from(watches)
    .where(and(eq(watches.subjectType, subjectType), inArray(watches.subjectId, [...subjectIds]), eq(watches.watching, true)));
  return rows.map((r) => r.userId);
}
