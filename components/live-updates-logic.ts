// Pure timing logic behind <LiveUpdates>: turns a stream of change events into few refetches.
// Kept free of React and the DOM so the rules (coalescing, own changes, hidden tabs) are unit-tested.

/** The part of a change event (lib/live/publish.ts ChangeEvent) the client acts on. */
export type LiveChange = { by: string | null };

export interface LiveCoalescerOptions {
  /** The signed-in user: their own changes need no server re-render (the action already did it). */
  selfId: string;
  /** Quiet time after the last event before acting, so a burst (bulk edit, import) costs one refetch. */
  delayMs?: number;
  /** Upper bound on waiting while events keep arriving, so a steady stream still shows up. */
  maxWaitMs?: number;
  isHidden: () => boolean;
  onInvalidate: () => void;
  onRefresh: () => void;
}

export interface LiveCoalescer {
  receive: (change: LiveChange) => void;
  /** Call when the tab becomes visible: acts on whatever arrived while it was hidden. */
  resume: () => void;
  dispose: () => void;
}

/** The JSON of an SSE "change" event, or null for anything malformed (never throws). */
export function parseChange(data: unknown): LiveChange | null {
  if (typeof data !== "string") return null;
  try {
    const value: unknown = JSON.parse(data);
    if (typeof value !== "object" || value === null) return null;
    const by = (value as { by?: unknown }).by;
    return { by: typeof by === "string" ? by : null };
  } catch {
    return null;
  }
}

export function createLiveCoalescer({ selfId, delayMs = 300, maxWaitMs = 2000, isHidden, onInvalidate, onRefresh }: LiveCoalescerOptions): LiveCoalescer {
  let pendingInvalidate = false;
  let pendingRefresh = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPendingAt: number | undefined;

  const clear = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };

  const flush = () => {
    clear();
    // A hidden tab keeps its pending work until resume(): no refetches nobody will see.
    if (isHidden() || !pendingInvalidate) return;
    const refresh = pendingRefresh;
    pendingInvalidate = pendingRefresh = false;
    firstPendingAt = undefined;
    onInvalidate();
    if (refresh) onRefresh();
  };

  return {
    receive(change) {
      pendingInvalidate = true;
      if (change.by !== selfId) pendingRefresh = true;
      if (isHidden()) return;
      const now = Date.now();
      firstPendingAt ??= now;
      clear();
      timer = setTimeout(flush, Math.max(0, Math.min(delayMs, firstPendingAt + maxWaitMs - now)));
    },
    resume() {
      if (!isHidden() && pendingInvalidate) flush();
    },
    dispose() {
      clear();
      pendingInvalidate = pendingRefresh = false;
      firstPendingAt = undefined;
    },
  };
}
