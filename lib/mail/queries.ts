import "server-only";
import { and, asc, eq, gt, inArray, lte } from "drizzle-orm";
import type { Db } from "@/db";
import { users } from "@/db/schema";
import { notificationPrefs, notificationSettings, notifications, type MailRow } from "@/db/schema-notifications";
import { DEFAULT_PREFERENCES, KIND_LABELS, NOTIFICATION_KINDS, type NotificationKind } from "@/lib/domain/notifications";
import { entryWords } from "@/lib/inbox/entry-text";
import type { EntryDetail } from "@/lib/notify/detail";
import { FALLBACK_ZONE, formatInstant } from "@/lib/time/format";
import { digestMessage, entryMessage, type Message } from "./render";
import { unsubscribeUrl } from "./unsubscribe";

// What a queued row becomes when it is sent: the recipient and the message, worded from the entry
// (or the digest's entries) as they are now, in the recipient's zone. Null when there is nothing
// left to send (the entry was deleted, the account disabled, the digest came out empty).

export type Outgoing = { to: string; message: Message; headers: Record<string, string> };

const MAX_DIGEST_ENTRIES = 200;

async function recipient(db: Db, userId: string) {
  const [user] = await db
    .select({ email: users.email, name: users.name, zone: users.timeZone, settingsZone: notificationSettings.timeZone, disabled: users.disabled })
    .from(users)
    .leftJoin(notificationSettings, eq(notificationSettings.userId, users.id))
    .where(eq(users.id, userId));
  return user && !user.disabled ? user : null;
}

function headersFor(row: MailRow, appUrl: string, unsubscribe: string): Record<string, string> {
  const host = new URL(appUrl).hostname || "health-backlog";
  return {
    "List-Unsubscribe": `<${unsubscribe}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    // The same id on every attempt: a mail system that did get an earlier try drops the repeat.
    "Message-ID": `<mail-${row.id}@${host}>`,
    "Auto-Submitted": "auto-generated",
  };
}

export async function composeMail(db: Db, row: MailRow, appUrl: string): Promise<Outgoing | null> {
  const user = await recipient(db, row.userId);
  if (!user) return null;
  const zone = user.zone ?? user.settingsZone ?? FALLBACK_ZONE;
  const settingsUrl = new URL("/account#notifications", appUrl).toString();
  if (row.kind === "entry") {
    if (!row.notificationId) return null;
    const [entry] = await db.select().from(notifications).where(eq(notifications.id, row.notificationId));
    if (!entry) return null;
    // Unsubscribed (or switched to the digest) since it was queued: it is not sent.
    const [pref] = await db.select({ email: notificationPrefs.email }).from(notificationPrefs).where(and(eq(notificationPrefs.userId, row.userId), eq(notificationPrefs.kind, entry.kind)));
    if ((pref?.email ?? DEFAULT_PREFERENCES[entry.kind].email) !== "immediate") return null;
    const words = entryWords({ kind: entry.kind, actorLabel: entry.actorLabel, detail: entry.detail as EntryDetail, subjectType: entry.subjectType }, zone);
    const unsubscribe = unsubscribeUrl(appUrl, row.userId, entry.kind);
    const message = entryMessage(words, appUrl, { unsubscribeUrl: unsubscribe, unsubscribeLabel: `Stop e-mails about “${KIND_LABELS[entry.kind].label}”`, settingsUrl });
    return { to: user.email, message, headers: headersFor(row, appUrl, unsubscribe) };
  }
  if (!row.windowStart || !row.windowEnd) return null;
  // The kinds this person wants in the digest, as chosen now.
  const prefs = await db.select().from(notificationPrefs).where(eq(notificationPrefs.userId, row.userId));
  const chosen = new Map(prefs.map((p) => [p.kind, p.email]));
  const kinds = NOTIFICATION_KINDS.filter((k) => (chosen.get(k) ?? DEFAULT_PREFERENCES[k].email) === "digest");
  if (!kinds.length) return null;
  const entries = await db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, row.userId), inArray(notifications.kind, kinds as NotificationKind[]), gt(notifications.updatedAt, row.windowStart), lte(notifications.updatedAt, row.windowEnd)))
    .orderBy(asc(notifications.updatedAt))
    .limit(MAX_DIGEST_ENTRIES);
  if (!entries.length) return null;
  const unsubscribe = unsubscribeUrl(appUrl, row.userId, "digest");
  const message = digestMessage(
    entries.map((e) => ({ kind: e.kind, words: entryWords({ kind: e.kind, actorLabel: e.actorLabel, detail: e.detail as EntryDetail, subjectType: e.subjectType }, zone) })),
    appUrl,
    { unsubscribeUrl: unsubscribe, unsubscribeLabel: "Stop the daily digest", settingsUrl },
    formatInstant(row.windowEnd, zone, "date"),
  );
  return { to: user.email, message, headers: headersFor(row, appUrl, unsubscribe) };
}
