// Each open event stream holds a connection, a LISTEN subscription and a heartbeat timer on this
// instance for as long as the caller keeps it open. One person's tabs need a handful; a script
// opening thousands would exhaust the instance, so each caller (a user's sessions together) may hold at most MAX_STREAMS_PER_CALLER at once, and the instance MAX_STREAMS in all.
// Counted per instance: the streams are this instance's resource.

export const MAX_STREAMS_PER_CALLER = 12;
export const MAX_STREAMS = 2000;

const open = new Map<string, number>();
let total = 0;

/** Claims a stream slot for `caller`; the returned function gives it back (once). Null when full. */
export function claimStream(caller: string): (() => void) | null {
  const mine = open.get(caller) ?? 0;
  if (mine >= MAX_STREAMS_PER_CALLER || total >= MAX_STREAMS) return null;
  open.set(caller, mine + 1);
  total++;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    total--;
    const left = (open.get(caller) ?? 1) - 1;
    if (left > 0) open.set(caller, left);
    else open.delete(caller);
  };
}
