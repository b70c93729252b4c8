"use client";

import { useTimeZone } from "@/components/time/time-zone";
import { describeInstant, formatInstant, type TimeFormat } from "@/lib/time/format";

// Times in the reader's zone (their choice, else their browser's: components/time/time-zone.tsx),
// printed the same on the server and in the browser, so nothing is swapped after hydration.

export type { TimeFormat };

/** A formatter in the reader's zone, for text that is not a <time> element (messages, labels). */
export function useFormatTime(): (iso: string, format?: TimeFormat) => string {
  const zone = useTimeZone();
  return (iso, format = "datetime") => formatInstant(iso, zone, format);
}

export function LocalTime({ iso, format = "datetime", className }: { iso: string; format?: TimeFormat; className?: string }) {
  const zone = useTimeZone();
  return (
    <time dateTime={iso} className={className} title={describeInstant(iso, zone)}>
      {formatInstant(iso, zone, format)}
    </time>
  );
}
