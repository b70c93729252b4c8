import "server-only";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { backlogItems, metrics, projects, runbooks, users } from "@/db/schema";
import { notificationPrefs, notificationSettings, notifications } from "@/db/schema-notifications";
import { DEFAULT_PREFERENCES, NOTIFICATION_KINDS, type NotificationKind, type WatchSubject } from "@/lib/domain/notifications";
import { publishChange } from "@/lib/live/publish";
import { setWatching } from "@/lib/notify/watch-service";
import { fail } from "@/lib/result";
import type { z } from "zod";
import type { markReadSchema, preferencesSchema } from "./schemas";

// One person's own inbox and choices: marking entries read (their other tabs and devices hear it),
// watching and unwatching, and the preferences. Nobody can touch another person's rows: every
// statement is keyed by the caller's id.

export async function markRead(db: Db, userId: string, input: z.output<typeof markReadSchema>) {
  return db.transaction(async (tx) => {
    const now = new Date();
    let changed;
    if ("all" in input) {
      changed = await tx
        .update(notifications)
        .set({ readAt: now })
        .where(and(eq(notifications.userId, userId), isNull(notifications.readAt), eq(notifications.hidden, false)))
        .returning({ id: notifications.id });
    } else {
      changed = await tx
        .update(notifications)
        .set({ readAt: input.read ? now : null })
        .where(and(eq(notifications.userId, userId), inArray(notifications.id, input.ids), eq(notifications.hidden, false)))
        .returning({ id: notifications.id });
    }
    if (changed.length) await publishChange(tx, { type: "inbox", userIds: [userId], by: userId });
    return { changed: changed.length };
  });
}

const SUBJECT_TABLES = { item: backlogItems, runbook: runbooks, metric: metrics, project: projects } as const;

export async function watch(db: Db, userId: string, input: { subjectType: WatchSubject; subjectId: string; watching: boolean }) {
  return db.transaction(async (tx) => {
    const table = SUBJECT_TABLES[input.subjectType];
    const [found] = await tx.select({ id: table.id }).from(table).where(eq(table.id, input.subjectId));
    if (!found) return fail("not_found", "That no longer exists; it may have been deleted.");
    await setWatching(tx, userId, input.subjectType, input.subjectId, input.watching);
    return { watching: input.watching };
  });
}

export async function savePreferences(db: Db, userId: string, input: z.output<typeof preferencesSchema>) {
  return db.transaction(async (tx) => {
    const rows = Object.entries(input.kinds).map(([kind, p]) => ({ userId, kind: kind as NotificationKind, inApp: p!.inApp, email: p!.email }));
    if (rows.length) {
      await tx
        .insert(notificationPrefs)
        .values(rows)
        .onConflictDoUpdate({ target: [notificationPrefs.userId, notificationPrefs.kind], set: { inApp: sql`excluded.in_app`, email: sql`excluded.email` } });
    }
    const settings = { quietStart: input.quietStart, quietEnd: input.quietEnd, digestHour: input.digestHour, timeZone: input.timeZone, updatedAt: new Date() };
    await tx.insert(notificationSettings).values({ userId, ...settings }).onConflictDoUpdate({ target: notificationSettings.userId, set: settings });
    return { saved: true };
  });
}

/** Turns e-mail off for one kind (or every kind in the digest), keeping the in-app choice. */
export async function unsubscribe(db: Db, userId: string, target: NotificationKind | "digest") {
  return db.transaction(async (tx) => {
    // A link outlives its account: then there is nothing to turn off.
    const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.id, userId));
    if (!user) return { kinds: [] };
    const current = await tx.select().from(notificationPrefs).where(eq(notificationPrefs.userId, userId));
    const chosen = new Map(current.map((p) => [p.kind, p]));
    const kinds = target === "digest" ? NOTIFICATION_KINDS.filter((k) => (chosen.get(k) ?? DEFAULT_PREFERENCES[k]).email === "digest") : [target];
    const rows = kinds.map((kind) => ({ userId, kind, inApp: (chosen.get(kind) ?? DEFAULT_PREFERENCES[kind]).inApp, email: "off" as const }));
    if (rows.length) {
      await tx
        .insert(notificationPrefs)
        .values(rows)
        .onConflictDoUpdate({ target: [notificationPrefs.userId, notificationPrefs.kind], set: { email: sql`excluded.email` } });
    }
    return { kinds };
  });
}
