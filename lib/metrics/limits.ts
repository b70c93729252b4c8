// The one range a metric value, a threshold or a rule's bound must fall in, and the one window a
// recorded time must fall in, for every way in: the API, the "record a value" form, CSV uploads,
// definitions and criterion rules. A double holds 1.8e308, but a chart cannot step through values
// whose spread is below their precision, and sums of such values overflow; 15 digits is more than
// any health metric needs and still exact to the unit.

export const MAX_METRIC_ABS_VALUE = 1e15;
/** CI clocks drift; a value "from the future" beyond this is a bug in the sender. */
export const MAX_FUTURE_MS = 5 * 60_000;
export const EARLIEST_POINT = new Date("2000-01-01T00:00:00Z");

export const VALUE_RANGE_MESSAGE = "must be between -1e15 and 1e15";

/** What is wrong with a number as a metric value (or threshold, target, bound), or null. */
export function valueProblem(n: number): string | null {
  if (!Number.isFinite(n)) return "must be a finite number";
  return Math.abs(n) > MAX_METRIC_ABS_VALUE ? VALUE_RANGE_MESSAGE : null;
}

/** What is wrong with the time a value was measured at, or null. */
export function timeProblem(d: Date, now = Date.now()): string | null {
  if (Number.isNaN(d.getTime())) return "is not a date";
  if (d.getTime() > now + MAX_FUTURE_MS) return "is in the future; send the time the value was measured";
  if (d < EARLIEST_POINT) return "is before 2000; send the time the value was measured";
  return null;
}
