// When a failed delivery is tried again: 30 s after the first failure, doubling each time up to
// four hours apart, with ±20% jitter so endpoints that failed together do not all retry in the same
// second; after about a day of failures the event is given up (and, with it failing throughout,
// the endpoint is disabled and its admins told — see the worker).

import { backoffDelayMs, type Backoff } from "@/lib/time/backoff";

export const FIRST_RETRY_MS = 30_000;
export const MAX_RETRY_GAP_MS = 4 * 3_600_000;
/** A delivery still failing this long after its first attempt is abandoned. */
export const GIVE_UP_AFTER_MS = 24 * 3_600_000;
const SCHEDULE: Backoff = { firstMs: FIRST_RETRY_MS, maxMs: MAX_RETRY_GAP_MS, jitter: 0.2 };

/** The wait before attempt `attempt + 1`, after `attempt` (1-based) failures. `random` in [0, 1). */
export const retryDelayMs = (attempt: number, random: () => number = Math.random): number => backoffDelayMs(SCHEDULE, attempt, random);

/** When to try next, or null when the event has been failing for long enough to give up. */
export function nextAttemptAt(firstAttemptAt: Date, attempt: number, now: Date, random: () => number = Math.random): Date | null {
  const next = new Date(now.getTime() + retryDelayMs(attempt, random));
  return next.getTime() - firstAttemptAt.getTime() > GIVE_UP_AFTER_MS ? null : next;
}
