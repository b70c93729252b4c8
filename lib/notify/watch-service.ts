import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "@/db";
import { watches } from "@/db/schema-notifications";
import type { WatchReason, WatchSubject } from "@/lib/domain/notifications";

// Who follows an item: its assignee (the owner), whoever watches it, and whoever watches its
// project, less anyone who chose to stop watching that item. One query for any number of items.

export type FollowedItem = { id: string; projectId: string; assigneeId: string | null };

export type Followers = Map<string, Set<string>> & {
  /** Whether this person chose to stop watching this item (so nothing about it reaches them). */
  unwatched: (itemId: string, userId: string) => boolean;
};

/** Each item's followers (user ids), for a batch of items, and who unwatched which. */
export async function followersOf(tx: Tx, items: readonly FollowedItem[]): Promise<Followers> {
  const unwatched = new Set<string>();
  const out = Object.assign(new Map<string, Set<string>>(items.map((i) => [i.id, new Set(i.assigneeId ? [i.assigneeId] : [])])), {
    unwatched: (itemId: string, userId: string) => unwatched.has(`${itemId}\u0000${userId}`),
  });
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
  await watchMany(tx, userIds.map((userId) => ({ userId, subjectType, subjectId, reason })));
}

/** The same for many (person, subject) pairs in one statement (a bulk assignment). */
export async function watchMany(tx: Tx, rows: readonly { userId: string; subjectType: WatchSubject; subjectId: string; reason: WatchReason }[]) {
  const seen = new Set<string>();
  const unique = rows.filter((r) => {
    const key = `${r.userId}\u0000${r.subjectType}\u0000${r.subjectId}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  for (let i = 0; i < unique.length; i += 1000) await tx.insert(watches).values(unique.slice(i, i + 1000)).onConflictDoNothing();
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
  return [...new Set([...(await watchersBySubject(tx, subjectType, subjectIds)).values()].flat())];
}

/** Each subject's watchers, in one query. */
export async function watchersBySubject(tx: Tx, subjectType: WatchSubject, subjectIds: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (!subjectIds.length) return out;
  const rows = await tx
    .select({ userId: watches.userId, subjectId: watches.subjectId })
    .from(watches)
    .where(and(eq(watches.subjectType, subjectType), inArray(watches.subjectId, [...subjectIds]), eq(watches.watching, true)));
  for (const r of rows) out.set(r.subjectId, [...(out.get(r.subjectId) ?? []), r.userId]);
  return out;
}
