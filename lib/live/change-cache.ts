import "server-only";
import { subscribe } from "./listen";
import type { ChangeEvent } from "./publish";

// A per-instance cache of values derived from the items (counts, aggregates) that is dropped on
// every committed change (the LISTEN/NOTIFY channel reaches every instance), with a short lifetime
// as a backstop should that channel be down, and for figures that move with the clock alone (an
// item turns overdue without anyone writing). Without a change feed it does not cache at all.

type Entry<T> = { value: T; at: number };
type State = { entries: Map<string, Entry<unknown>>; generation: number; listening?: Promise<unknown> };

const g = globalThis as unknown as { __changeCaches?: Map<string, State> };
const caches = (g.__changeCaches ??= new Map());

export type ChangeCache<T> = (key: string, compute: () => Promise<T>) => Promise<T>;

/** Which committed changes make a cache's values stale: by default the item changes. */
const itemChanges = (event: ChangeEvent) => event.type !== "metric";

export function changeCache<T>(
  name: string,
  { ttlMs, limit, dropsOn = itemChanges }: { ttlMs: number; limit: number; dropsOn?: (event: ChangeEvent) => boolean },
): ChangeCache<T> {
  let state = caches.get(name);
  if (!state) caches.set(name, (state = { entries: new Map(), generation: 0 }));
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

  return async (key, compute) => {
    try {
      await listen();
    } catch {
      return compute();
    }
    const hit = s.entries.get(key) as Entry<T> | undefined;
    if (hit && Date.now() - hit.at < ttlMs) return hit.value;
    // A change committed while computing makes the result stale: use it once, do not keep it.
    const generation = s.generation;
    const value = await compute();
    if (generation === s.generation) {
      if (s.entries.size >= limit) s.entries.delete(s.entries.keys().next().value!);
      s.entries.set(key, { value, at: Date.now() });
    }
    return value;
  };
}
