// When e-mail may go out, in the reader's own zone: quiet hours hold a message until they end, and
// the daily digest is due once the chosen hour has passed since the last one. Pure (tested with
// zones that change their clocks).

import { TZDate } from "@date-fns/tz";
import { FALLBACK_ZONE, isTimeZone } from "@/lib/time/format";

const zoneOr = (zone: string | null | undefined) => (zone && isTimeZone(zone) ? zone : FALLBACK_ZONE);

/** The instant of `hour`:00 on the local day `dayOffset` days from `now`'s local day. */
function localHour(now: Date, zone: string, hour: number, dayOffset = 0): Date {
  const local = new TZDate(now.getTime(), zone);
  return new Date(new TZDate(local.getFullYear(), local.getMonth(), local.getDate() + dayOffset, hour, 0, 0, zone).getTime());
}

/**
 * When quiet hours end if `now` falls in them, else null. Hours are local, the start inclusive and
 * the end exclusive; a start after the end wraps midnight (22 → 7).
 */
export function quietUntil(now: Date, zone: string | null | undefined, start: number | null, end: number | null): Date | null {
  if (start === null || end === null || start === end) return null;
  const z = zoneOr(zone);
  const hour = new TZDate(now.getTime(), z).getHours();
  if (start < end) return hour >= start && hour < end ? localHour(now, z, end) : null;
  if (hour >= start) return localHour(now, z, end, 1);
  if (hour < end) return localHour(now, z, end);
  return null;
}

/**
 * The window the next daily digest covers, if one is due at `now`: from the end of the last one
 * (or a day before) to the latest passing of `hour` in the reader's zone. Null when not yet due.
 */
export function digestWindow(now: Date, zone: string | null | undefined, hour: number, lastEnd: Date | null): { start: Date; end: Date } | null {
  const z = zoneOr(zone);
  const today = localHour(now, z, hour);
  const end = now.getTime() >= today.getTime() ? today : localHour(now, z, hour, -1);
  if (lastEnd && lastEnd.getTime() >= end.getTime()) return null;
  return { start: lastEnd ?? new Date(end.getTime() - 24 * 3600_000), end };
}
