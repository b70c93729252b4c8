"use client";

import { useSyncExternalStore } from "react";

// Times in the viewer's own time zone. The server cannot know it, so the server (and the first,
// hydrating render) prints UTC, marked as such; the browser then re-renders in local time.

const FORMATS = {
  /** 21 Nov 2026, 14:02 */
  datetime: { dateStyle: "medium", timeStyle: "short" },
  /** 21 Nov 2026 */
  date: { dateStyle: "medium" },
  /** 21 Nov, 14:02 (history and comments: the year only matters when it is not this one) */
  short: { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

export type TimeFormat = keyof typeof FORMATS;

const subscribe = () => () => {};
const useInBrowser = () => useSyncExternalStore(subscribe, () => true, () => false);

export function formatLocal(iso: string, format: TimeFormat = "datetime"): string {
  const d = new Date(iso);
  const options: Intl.DateTimeFormatOptions = format === "short" && d.getFullYear() !== new Date().getFullYear() ? { ...FORMATS.short, year: "numeric" } : FORMATS[format];
  return d.toLocaleString(undefined, options);
}

export function LocalTime({ iso, format = "datetime", className }: { iso: string; format?: TimeFormat; className?: string }) {
  const inBrowser = useInBrowser();
  const text = inBrowser ? formatLocal(iso, format) : `${iso.slice(0, format === "date" ? 10 : 16).replace("T", " ")} UTC`;
  return (
    <time dateTime={iso} className={className} title={inBrowser ? new Date(iso).toString() : iso}>
      {text}
    </time>
  );
}
