// How long to wait before trying again after failures: the first gap, doubling with each failure up
// to a ceiling, optionally spread by ±jitter so senders that failed together do not all retry in
// the same second. One schedule shape for the e-mail queue and webhook deliveries. Pure.

export type Backoff = { firstMs: number; maxMs: number; jitter?: number };

/** The wait after `failures` (1-based) failed attempts. `random` in [0, 1). */
export function backoffDelayMs(schedule: Backoff, failures: number, random: () => number = Math.random): number {
  // The exponent is capped so a long run of failures cannot overflow to Infinity.
  const base = Math.min(schedule.firstMs * 2 ** Math.max(0, Math.min(failures - 1, 30)), schedule.maxMs);
  const jitter = schedule.jitter ?? 0;
  return Math.round(base * (1 - jitter + 2 * jitter * random()));
}
