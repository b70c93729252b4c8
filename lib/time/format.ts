import { tz, TZDate } from "@date-fns/tz";
import { format, formatDistanceStrict } from "date-fns";
import { formatFast } from "./fast-pattern";

// Instants shown to a person, in the time zone they read in (lib/time/viewer-zone.ts decides
// which: their setting, else their browser's). date-fns patterns, not Intl's locale styles: the
// server's and the browser's ICU versions word the same style differently ("14:02" vs "at 14:02"),
// and the text must be identical on both sides so nothing changes (or shifts) after hydration.

/** When nothing better is known (a first request before the browser has said its zone). */
export const FALLBACK_ZONE = "UTC";

const PATTERNS = {
  /** 21 Nov 2026, 14:02 */
  datetime: "d MMM yyyy, HH:mm",
  /** 21 Nov 2026 */
  date: "d MMM yyyy",
  /** 21 Nov, 14:02 (history and comments; the year is added when it is not this one) */
  short: "d MMM, HH:mm",
} as const;

export type TimeFormat = keyof typeof PATTERNS;

const zoneCache = new Map<string, boolean>();

/** An IANA zone name this runtime knows ("Europe/Berlin", "UTC"); bounded, so a cookie cannot grow the cache. */
export function isTimeZone(zone: unknown): zone is string {
  if (typeof zone !== "string" || zone.length === 0 || zone.length > 64) return false;
  const known = zoneCache.get(zone);
  if (known !== undefined) return known;
  let ok: boolean;
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    ok = true;
  } catch {
    ok = false;
  }
  if (zoneCache.size < 1000) zoneCache.set(zone, ok);
  return ok;
}

const knownZone = (zone: string) => (isTimeZone(zone) ? zone : FALLBACK_ZONE);

/** A date-fns pattern applied in the zone (the app's own patterns by lib/time/fast-pattern.ts, the same text faster). */
export function formatInZone(at: Date | number | string, zone: string, pattern: string): string {
  const d = at instanceof Date ? at : new Date(at);
  if (Number.isNaN(d.getTime())) return "—";
  const z = knownZone(zone);
  return formatFast(d, z, pattern) ?? format(d, pattern, { in: tz(z) });
}

/** One of the app's formats; `short` shows the year only when it is not the current year in that zone. */
export function formatInstant(at: Date | number | string, zone: string, style: TimeFormat = "datetime", now: Date | number | string = Date.now()): string {
  if (style === "short" && formatInZone(at, zone, "yyyy") !== formatInZone(now, zone, "yyyy")) return formatInZone(at, zone, "d MMM yyyy, HH:mm");
  return formatInZone(at, zone, PATTERNS[style]);
}

/** The full instant for a tooltip: "Sunday 6 December 2026, 14:02:09 GMT+01:00 (Europe/Berlin)". */
export function describeInstant(at: Date | number | string, zone: string): string {
  const z = isTimeZone(zone) ? zone : FALLBACK_ZONE;
  return `${formatInZone(at, z, "EEEE d MMMM yyyy, HH:mm:ss 'GMT'xxx")} (${z})`;
}

/**
 * How long ago, in words ("just now", "3 minutes ago"): for a message a server writes without
 * knowing the reader's zone (a conflict: "Changed by Ada Lovelace 3 minutes ago"), where a clock
 * time would have to name a zone the reader may not live in.
 */
export function timeAgo(at: Date | number | string, now: Date | number | string = Date.now()): string {
  const then = new Date(at).getTime();
  const current = new Date(now).getTime();
  if (current - then < 60_000) return "just now";
  return formatDistanceStrict(then, current, { addSuffix: true });
}

/** A calendar day key in the zone ("2026-12-06"): for grouping and "is it today" questions. */
export const dayInZone = (at: Date | number | string, zone: string) => formatInZone(at, zone, "yyyy-MM-dd");

/** An instant as a datetime-local input's value ("2026-12-06T20:43") in the zone. */
export const toWallTime = (at: Date | number | string, zone: string) => formatInZone(at, zone, "yyyy-MM-dd'T'HH:mm");

/**
 * A datetime-local value read as a wall-clock time in the zone, as an ISO instant; null when it is
 * not one. In a gap (the hour skipped when clocks go forward) it lands after the gap.
 */
export function fromWallTime(value: string, zone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0)) as [number, number, number, number, number, number];
  const date = new TZDate(y, mo - 1, d, h, mi, s, isTimeZone(zone) ? zone : FALLBACK_ZONE);
  return Number.isNaN(date.getTime()) ? null : new Date(date.getTime()).toISOString();
}
