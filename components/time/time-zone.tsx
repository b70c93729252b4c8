"use client";

import { useRouter } from "next/navigation";
import { createContext, useContext, useEffect, type ReactNode } from "react";
import { FALLBACK_ZONE } from "@/lib/time/format";

// The zone the server printed this page's times in (lib/account/viewer-zone.ts), for the client
// components that print more of them: both sides format with the same zone and the same patterns,
// so hydration changes nothing and no text moves.

const ZoneContext = createContext<string>(FALLBACK_ZONE);

export const useTimeZone = () => useContext(ZoneContext);

const COOKIE = "hb_tz";
const YEAR_SECONDS = 365 * 24 * 3600;

function browserZone(): string | null {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || null;
  } catch {
    return null;
  }
}

function readCookie(): string | null {
  const entry = document.cookie.split("; ").find((c) => c.startsWith(`${COOKIE}=`));
  return entry ? decodeURIComponent(entry.slice(COOKIE.length + 1)) : null;
}

/**
 * Provides the zone and keeps the server told of the browser's own (a cookie, read on the next
 * request; the sign-in page sets it before any page with times is shown). When the browser's zone
 * is not the one this page was printed in and the user has not chosen one, the page is fetched
 * again once, so a traveller or a first visit sees their own times.
 */
export function TimeZoneProvider({ zone, chosen, children }: { zone: string; chosen: boolean; children: ReactNode }) {
  const router = useRouter();
  useEffect(() => {
    const own = browserZone();
    if (!own) return;
    if (readCookie() !== own) document.cookie = `${COOKIE}=${encodeURIComponent(own)}; path=/; max-age=${YEAR_SECONDS}; samesite=lax`;
    // Once per zone per tab: a zone this server does not know would otherwise reload forever.
    if (!chosen && own !== zone && sessionStorage.getItem(COOKIE) !== own) {
      sessionStorage.setItem(COOKIE, own);
      router.refresh();
    }
  }, [zone, chosen, router]);
  return <ZoneContext.Provider value={zone}>{children}</ZoneContext.Provider>;
}
