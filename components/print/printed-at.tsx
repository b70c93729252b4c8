"use client";

import { useEffect, useState } from "react";
import { useTimeZone } from "@/components/time/time-zone";
import { describeInstant, formatInstant } from "@/lib/time/format";

/**
 * When the page was printed, in the reader's zone. It starts as the time the server rendered the
 * page (so hydration changes nothing) and moves to the moment of printing when the browser is
 * about to print: a tab left open since the morning prints the afternoon's time.
 */
export function PrintedAt({ renderedAt }: { renderedAt: string }) {
  const zone = useTimeZone();
  const [at, setAt] = useState(renderedAt);
  useEffect(() => {
    const now = () => setAt(new Date().toISOString());
    // beforeprint for the print dialog; the media query too, for a print preview or emulation.
    const media = window.matchMedia("print");
    const onMedia = (e: MediaQueryListEvent) => e.matches && now();
    window.addEventListener("beforeprint", now);
    media.addEventListener("change", onMedia);
    return () => {
      window.removeEventListener("beforeprint", now);
      media.removeEventListener("change", onMedia);
    };
  }, []);
  return (
    <time dateTime={at} title={describeInstant(at, zone)}>
      {formatInstant(at, zone, "datetime")} ({zone})
    </time>
  );
}
