import "server-only";
import { changeCache } from "@/lib/live/change-cache";
import { backlogSearchParams, DEFAULT_QUERY, type BacklogQuery } from "./filters";
import type { CountSource } from "./list-queries";

// Paging and re-sorting one filtered view recount the same rows; the count is the costliest part
// of a list request (about 60% of its SQL at 100,000 items). Counts are cached per filter until
// the next committed item change (lib/live/change-cache.ts).

const counts = changeCache<number>("backlog-counts", { ttlMs: 30_000, limit: 500 });

/** The cache key: the filter only (not sort or page), plus who "mine" is. */
export function countKey(query: BacklogQuery, actorId: string | null): string {
  const filter = backlogSearchParams({ ...query, sort: DEFAULT_QUERY.sort, dir: DEFAULT_QUERY.dir, page: 1, size: DEFAULT_QUERY.size });
  return `${filter}|${query.assignee === "me" ? actorId : ""}`;
}

export function cachedCount(query: BacklogQuery, actorId: string | null): CountSource {
  return (compute) => counts(countKey(query, actorId), compute);
}
