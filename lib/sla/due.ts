import { TZDate } from "@date-fns/tz";
import type { Priority } from "@/lib/domain/items";

// Due dates from an SLA policy, as pure functions (the priority-matrix issue, #5). Times are
// instants (UTC); a time zone matters only for business-day windows, whose weekends are local.

export type { Priority } from "@/lib/domain/items";

/**
 * One priority's window: "24 hours" in calendar hours, or counted on business days (Mon–Fri) of
 * `timeZone` (the workspace's; UTC when absent).
 */
export type SlaWindow = { targetHours: number; calendar: "calendar" | "business"; timeZone?: string };

/** The policy's windows; a priority without one has no due date. */
export type SlaWindows = Partial<Record<Priority, SlaWindow>>;

const dueOrNull = (start: Date, window: SlaWindow | undefined, timeZone?: string) => (window ? dueFrom(start, window, timeZone) : null);

const HOUR = 3_600_000;

const DAY = 24 * HOUR;

// Local calendar days as whole numbers (days since 1970-01-01 in the zone), so weekdays and "the
// next day" are arithmetic. Only the instant a local day begins needs the time-zone database, and
// those are cached: recomputing thousands of business-day due dates touches a few hundred days.
const midnights = new Map<string, number>();

/** The local day (days since the epoch, in `timeZone`) that contains the instant `ms`. */
function localDay(ms: number, timeZone: string): number {
  const d = new TZDate(ms, timeZone);
  return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / DAY;
}

/** The instant local day `day` begins in `timeZone` (so 23- and 25-hour days come out right). */
function midnight(day: number, timeZone: string): number {
  const key = `${timeZone}|${day}`;
  let ms = midnights.get(key);
  if (ms === undefined) {
    const d = new Date(day * DAY);
    ms = new TZDate(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 0, 0, 0, 0, timeZone).getTime();
    if (midnights.size > 50_000) midnights.clear();
    midnights.set(key, ms);
  }
  return ms;
}

// 1970-01-01 was a Thursday: day 0 is weekday 4 (Sunday = 0).
const isWeekendDay = (day: number) => {
  const weekday = (((day + 4) % 7) + 7) % 7;
  return weekday === 0 || weekday === 6;
};

/**
 * When a window opened at `start` closes. Calendar windows add real hours, so a daylight-saving
 * change neither stretches nor shrinks "24 hours". Business windows count only the hours of local
 * Mondays to Fridays: 24 business hours from Friday 15:00 end on Monday 15:00, and a window
 * opened on a weekend starts counting at Monday 00:00.
 */
export function dueFrom(start: Date, window: SlaWindow, timeZone = window.timeZone ?? "UTC"): Date {
  if (window.calendar === "calendar") return new Date(start.getTime() + window.targetHours * HOUR);
  let remaining = window.targetHours * HOUR;
  let cursor = start.getTime();
  let day = localDay(cursor, timeZone);
  for (;;) {
    const dayEnd = midnight(day + 1, timeZone);
    if (!isWeekendDay(day)) {
      const available = dayEnd - cursor;
      if (remaining <= available) return new Date(cursor + remaining);
      remaining -= available;
    }
    cursor = dayEnd;
    day++;
  }
}

export type DueState = { windowStart: Date | null; dueAt: Date | null };

/**
 * The SLA clock after a priority change. Triage (none → P) and any re-prioritisation start the new
 * priority's full window now: an item raised from P2 to P0 gets P0's 24 hours from the moment it
 * became critical, not from its old triage. Removing the priority stops the clock. A due date a
 * lead overrode stays as set.
 */
export function afterPriorityChange(
  current: DueState & { overridden: boolean },
  to: Priority | null,
  windows: SlaWindows,
  now: Date,
  timeZone?: string,
): DueState {
  if (to === null) return { windowStart: null, dueAt: current.overridden ? current.dueAt : null };
  const windowStart = now;
  return { windowStart, dueAt: current.overridden ? current.dueAt : dueOrNull(windowStart, windows[to], timeZone) };
}

/** Reopening a done or won't-do item starts a fresh window for its priority. */
export function afterReopen(priority: Priority | null, windows: SlaWindows, now: Date, timeZone?: string): DueState {
  return priority ? { windowStart: now, dueAt: dueOrNull(now, windows[priority], timeZone) } : { windowStart: null, dueAt: null };
}

/** A policy change moves the due date of open, not-overridden items; the window start stays. */
export function afterPolicyChange(current: DueState & { overridden: boolean }, window: SlaWindow, timeZone?: string): DueState {
  if (current.overridden || !current.windowStart) return current;
  return { windowStart: current.windowStart, dueAt: dueFrom(current.windowStart, window, timeZone) };
}

/** The recorded outcome of a closed item: did it close within its window? */
export function closedOutcome(dueAt: Date | null, completedAt: Date): "on_time" | "late" | "no_sla" {
  if (!dueAt) return "no_sla";
  return completedAt.getTime() <= dueAt.getTime() ? "on_time" : "late";
}
