import "server-only";
import { cookies } from "next/headers";
import { getActor } from "@/lib/auth/actor";
import { FALLBACK_ZONE, isTimeZone } from "@/lib/time/format";

/** Written by the browser (components/time/browser-zone.tsx) on every page, the sign-in page included. */
export const BROWSER_ZONE_COOKIE = "hb_tz";

export type ViewerZone = {
  /** The zone every time on the page is printed in. */
  zone: string;
  /** True when the user chose it in their account settings (then the browser's zone does not override it). */
  chosen: boolean;
};

/**
 * The zone the person asking reads times in: the one they chose, else their browser's (the cookie
 * it sets), else UTC. Pages print times in it on the server, so the browser has nothing to redo.
 */
export async function viewerTimeZone(): Promise<ViewerZone> {
  const actor = await getActor().catch(() => null);
  if (actor?.timeZone && isTimeZone(actor.timeZone)) return { zone: actor.timeZone, chosen: true };
  return { zone: (await browserTimeZone()) ?? FALLBACK_ZONE, chosen: false };
}

/** The zone the reader's browser reported (its cookie), or null before it has: what the server can know of it. */
export async function browserTimeZone(): Promise<string | null> {
  const fromBrowser = (await cookies()).get(BROWSER_ZONE_COOKIE)?.value;
  return fromBrowser && isTimeZone(fromBrowser) ? fromBrowser : null;
}
