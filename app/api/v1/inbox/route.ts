import { API } from "@/lib/api/catalog";
import { getDb } from "@/db";
import { defineRoute } from "@/lib/auth/route";
import { inboxEntries } from "@/lib/inbox/queries";
import { viewerTimeZone } from "@/lib/account/viewer-zone";

export const dynamic = "force-dynamic";

// GET /api/v1/inbox — the bell's count and latest entries; always the caller's own (tokens have no inbox).
export const GET = defineRoute(API.inbox.action, API.inbox, async ({ unread, limit, before }, { actor }) => {
  if (actor?.kind !== "user") return { unread: 0, entries: [], next: null };
  // Worded in the zone the reader's pages print times in (their choice, else their browser's).
  return inboxEntries(await getDb(), actor.userId, (await viewerTimeZone()).zone, { unreadOnly: unread === "true", limit, before });
});
