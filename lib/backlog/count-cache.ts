import "server-only";
import { subscribe } from "@/lib/live/listen";
import { backlogSearchParams, DEFAULT_QUERY, type BacklogQuery } from "./filters";
import type { CountSource } from "./list";

// Paging and re-sorting one filtered view recount the same rows; the count is the costliest part
// of a list request (about 60% of its SQL at 100,000 items). Counts are cached per filter and the
// whole cache is dropped on every committed item change (the LISTEN/NOTIFY channel reaches every
// instance), with a short lifetime as a backstop should that channel be down.

const TTL_MS = 30_000;
const LIMIT = 500;

type State = { entries: Map<string, { n: number; at: number }>; listening?: Promise<unknown> };
const g = globalThis as unknown as { __countCache?: State };
const state: State = (g.__countCache ??= { entries: new Map() });

function listen() {
  state.listening ??= subscribe(() => state.entries.clear()).catch((error) => {
    state.listening = undefined;
    throw error;
  });
  return state.listening;
}

/** The cache key: the filter only (not sort or page), plus who "mine" is. */
export function countKey(query: BacklogQuery, actorId: string | null): string {
  const filter = backlogSearchParams({ ...query, sort: DEFAULT_QUERY.sort, dir: DEFAULT_QUERY.dir, page: 1, size: DEFAULT_QUERY.size });
  return `${filter}|${query.assignee === "me" ? actorId : ""}`;
}

export function cachedCount(query: BacklogQuery, actorId: string | null): CountSource {
  return async (compute) => {
    try {
      await listen();
    } catch {
      return compute(); // no change feed, no caching
    }
    const key = countKey(query, actorId);
    const hit = state.entries.get(key);
    if (hit && Date.now() - hit.at < TTL_MS) return hit.n;
    const n = await compute();
    if (state.entries.size >= LIMIT) state.entries.delete(state.entries.keys().next().value!);
    state.entries.set(key, { n, at: Date.now() });
    return n;
  };
}
