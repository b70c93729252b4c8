import "server-only";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { backlogItems, metrics, projects, runbooks } from "@/db/schema";
import { notificationPrefs, notificationSettings, notifications } from "@/db/schema-notifications";
import type { NotificationKind, WatchSubject } from "@/lib/domain/notifications";
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
      changed = await tx.update(notifications).set({ readAt: now }).where(and(eq(notifications.userId, userId), isNull(notifications.readAt))).returning({ id: notifications.id });
    } else {
      changed = await tx
        .update(notifications)
        .set({ readAt: input.read ? now : null })
        .where(and(eq(notifications.userId, userId), inArray(notifications.id, input.ids)))
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
    const settings = { quietStart: input.quietStart, quietEnd: input.quietEnd, digestHour: input.digestHour, updatedAt: new Date() };
    await tx.insert(notificationSettings).values({ userId, ...settings }).onConflictDoUpdate({ target: notificationSettings.userId, set: settings });
    return { saved: true };
  });
}
