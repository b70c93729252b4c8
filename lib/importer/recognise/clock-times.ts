// "| 09:00 | Go/No-Go call | Ana |": a first column of clock times is the running order of a day (a run sheet), dated like a timeline, not a list of work.

/** A time of day, or a range of two ("09:00", "14:00–15:30", "10：00"); hours and minutes bounded, so linear. */
const CLOCK = /^\d{1,2}[:：]\d{2}(?:\s{0,3}[–—~〜-]\s{0,3}\d{1,2}[:：]\d{2})?(?:\s{0,3}(?:[ap]\.?m\.?|uhr|h))?$/iu;

/** Whether a cell is a time of day or a range of times. */
export function isClockTime(cell: string): boolean {
  return CLOCK.test(cell.trim());
}
