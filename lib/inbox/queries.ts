import "server-only";
import { and, count, desc, eq, isNull, lt, or } from "drizzle-orm";
import type { Db } from "@/db";
import { notificationPrefs, notificationSettings, notifications } from "@/db/schema-notifications";
import { DEFAULT_PREFERENCES, NOTIFICATION_KINDS, type KindPreference, type NotificationKind } from "@/lib/domain/notifications";
import type { EntryDetail } from "@/lib/notify/detail";
import { entryWords, type EntryWords } from "./entry-text";

// Reads for the bell, the inbox page and the preferences form: always one person's own rows.

export type InboxEntry = EntryWords & { id: string; kind: NotificationKind; count: number; createdAt: string; updatedAt: string; read: boolean };

export const PAGE_SIZE = 50;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function unreadCount(db: Db, userId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(notifications).where(and(eq(notifications.userId, userId), isNull(notifications.readAt), eq(notifications.hidden, false)));
  return row?.n ?? 0;
}

/**
 * One page of entries, latest first; `before` is the last entry's cursor ("updatedAt|id") of the
 * previous page. Worded in `zone` (the reader's).
 */
export async function inboxEntries(db: Db, userId: string, zone: string, options: { unreadOnly?: boolean; limit?: number; before?: string } = {}) {
  const limit = Math.min(Math.max(options.limit ?? PAGE_SIZE, 0), 100);
  const [beforeAt, beforeId] = options.before?.split("|") ?? [];
  const cursor =
    // A cursor from a previous page: anything else (hand-edited, truncated) starts from the top.
    beforeAt && beforeId && !Number.isNaN(Date.parse(beforeAt)) && UUID.test(beforeId)
      ? or(lt(notifications.updatedAt, new Date(beforeAt)), and(eq(notifications.updatedAt, new Date(beforeAt)), lt(notifications.id, beforeId)))
      : undefined;
  const rows = limit
    ? await db
        .select()
        .from(notifications)
        .where(and(eq(notifications.userId, userId), eq(notifications.hidden, false), options.unreadOnly ? isNull(notifications.readAt) : undefined, cursor))
        .orderBy(desc(notifications.updatedAt), desc(notifications.id))
        .limit(limit + 1)
    : [];
  const entries: InboxEntry[] = rows.slice(0, limit).map((r) => ({
    ...entryWords({ kind: r.kind, actorLabel: r.actorLabel, detail: r.detail as EntryDetail, subjectType: r.subjectType }, zone),
    id: r.id,
    kind: r.kind,
    count: r.count,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    read: r.readAt !== null,
  }));
  const last = rows.length > limit ? rows[limit - 1] : undefined;
  return { entries, unread: await unreadCount(db, userId), next: last ? `${last.updatedAt.toISOString()}|${last.id}` : null };
}

export type Preferences = { kinds: Record<NotificationKind, KindPreference>; quietStart: number | null; quietEnd: number | null; digestHour: number };

/** The person's choices, each kind filled in from the defaults. */
export async function preferencesOf(db: Db, userId: string): Promise<Preferences> {
  const rows = await db.select().from(notificationPrefs).where(eq(notificationPrefs.userId, userId));
  const [settings] = await db.select().from(notificationSettings).where(eq(notificationSettings.userId, userId));
  const kinds = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, { ...DEFAULT_PREFERENCES[k] }])) as Record<NotificationKind, KindPreference>;
  for (const r of rows) if (r.kind in kinds) kinds[r.kind] = { inApp: r.inApp, email: r.email };
  return { kinds, quietStart: settings?.quietStart ?? null, quietEnd: settings?.quietEnd ?? null, digestHour: settings?.digestHour ?? 8 };
}
