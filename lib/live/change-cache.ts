import "server-only";
import { subscribe } from "./listen";
import type { ChangeEvent } from "./publish";

// A per-instance cache of values derived from the items (counts, aggregates) that is dropped on
// every committed change (the LISTEN/NOTIFY channel reaches every instance), with a short lifetime
// as a backstop should that channel be down, and for figures that move with the clock alone (an
// item turns overdue without anyone writing). Without a change feed it does not cache at all.
//
// Under load two more rules keep a busy page from stampeding the database: callers asking for the
// same key while it is being computed share that one computation, and a value that is only old
// (no change dropped it) is served once more, for up to another lifetime, while one caller
// refreshes it in the background.

type Entry<T> = { value: T; at: number };
type Pending = { promise: Promise<unknown>; generation: number };
type State = { entries: Map<string, Entry<unknown>>; pending: Map<string, Pending>; generation: number; listening?: Promise<unknown> };

const g = globalThis as unknown as { __changeCaches?: Map<string, State> };
const caches = (g.__changeCaches ??= new Map());

export type ChangeCache<T> = (key: string, compute: () => Promise<T>) => Promise<T>;

/** Which committed changes make a cache's values stale: by default the item changes (not metric values, not inbox news). */
const itemChanges = (event: ChangeEvent) => event.type !== "metric" && event.type !== "inbox";

export function changeCache<T>(
  name: string,
  { ttlMs, limit, dropsOn = itemChanges }: { ttlMs: number; limit: number; dropsOn?: (event: ChangeEvent) => boolean },
): ChangeCache<T> {
  let state = caches.get(name);
  if (!state) caches.set(name, (state = { entries: new Map(), pending: new Map(), generation: 0 }));
  const s = state;
  const listen = () =>
    (s.listening ??= subscribe((event) => {
      if (!dropsOn(event)) return;
      s.generation++;
      s.entries.clear();
    }).catch((error) => {
      s.listening = undefined;
      throw error;
    }));

  // One computation per key and generation; a change committed while computing makes the result
  // stale: its callers use it once, but it is not kept, and later callers start a fresh one.
  const refresh = (key: string, compute: () => Promise<T>): Promise<T> => {
    const running = s.pending.get(key);
    if (running && running.generation === s.generation) return running.promise as Promise<T>;
    const generation = s.generation;
    const promise = compute()
      .then((value) => {
        if (generation === s.generation) {
          if (s.entries.size >= limit && !s.entries.has(key)) s.entries.delete(s.entries.keys().next().value!);
          s.entries.set(key, { value, at: Date.now() });
        }
        return value;
      })
      .finally(() => {
        if (s.pending.get(key)?.promise === promise) s.pending.delete(key);
      });
    s.pending.set(key, { promise, generation });
    return promise;
  };

  return async (key, compute) => {
    try {
      await listen();
    } catch {
      return compute();
    }
    const hit = s.entries.get(key) as Entry<T> | undefined;
    const age = hit ? Date.now() - hit.at : Infinity;
    if (hit && age < ttlMs) return hit.value;
    if (hit && age < 2 * ttlMs) {
      // Old, not changed: answer now, refresh behind (a failed refresh leaves the entry to expire).
      refresh(key, compute).catch(() => {});
      return hit.value;
    }
    return refresh(key, compute);
  };
}
