import "server-only";
import { and, eq, gt, inArray, isNotNull, isNull, lte, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { queryRows } from "@/db/query-rows";
import { backlogItems, projects, runbooks, users } from "@/db/schema";
import { notificationPrefs, notificationSettings, notifications, reminderMarks } from "@/db/schema-notifications";
import { systemActor } from "@/lib/domain/actors";
import { DEFAULT_PREFERENCES, NOTIFICATION_KINDS, type NotificationKind } from "@/lib/domain/notifications";
import { openSql } from "@/lib/domain/item-sql";
import { queueDigest } from "@/lib/mail/outbox-service";
import { deliver, type Pending } from "@/lib/notify/deliver-service";
import { digestWindow } from "@/lib/notify/schedule-time";
import { followersOf, watchersBySubject } from "@/lib/notify/watch-service";
import { reviewDueSql } from "@/lib/runbooks/review-due";
import { webhookItemOverdue, webhookReviewDue } from "@/lib/webhooks/events-service";
import { openItemSlaStateSql } from "@/lib/sla/state-sql";

// The scheduled pass (lib/reminders/scheduler.ts): items that became at risk or overdue, runbooks
// whose review fell due, and daily digests. One runner at a time across every app instance (a
// transaction-scoped advisory lock; a second instance skips the pass), and each transition is
// announced once: a reminder mark (subject, kind, the due date it was about) is written in the same
// transaction as the entries, so a later pass, or another instance, finds it and stays silent. A new
// due date is a new transition.

const REMINDER_LOCK = 727_312;
const REMINDERS = systemActor("reminders");
/** At most this many new transitions per kind per pass (the next pass takes the rest). */
const BATCH = 5000;

async function itemReminders(tx: Tx, kind: "at_risk" | "overdue", now: Date): Promise<number> {
  const state = kind === "overdue" ? "overdue" : "at_risk";
  const due = await tx
    .select({ id: backlogItems.id, key: backlogItems.key, title: backlogItems.title, projectId: backlogItems.projectId, status: backlogItems.status, priority: backlogItems.priority, assigneeId: backlogItems.assigneeId, dueAt: backlogItems.dueAt, project: projects.slug })
    .from(backlogItems)
    .innerJoin(projects, eq(projects.id, backlogItems.projectId))
    .leftJoin(
      reminderMarks,
      and(eq(reminderMarks.subjectType, "item"), eq(reminderMarks.subjectId, sql`${backlogItems.id}::text`), eq(reminderMarks.kind, kind), eq(reminderMarks.mark, sql`to_char(${backlogItems.dueAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS')`)),
    )
    .where(and(sql`${openSql()}`, isNotNull(backlogItems.dueAt), sql`${openItemSlaStateSql} = ${state}`, isNull(reminderMarks.mark)))
    .limit(BATCH);
  if (!due.length) return 0;
  await tx
    .insert(reminderMarks)
    .values(due.map((i) => ({ subjectType: "item" as const, subjectId: i.id, kind, mark: i.dueAt!.toISOString().slice(0, 19), createdAt: now })))
    .onConflictDoNothing();
  if (kind === "overdue") await webhookItemOverdue(tx, due);
  const followers = await followersOf(tx, due);
  const pending: Pending[] = [];
  for (const item of due) {
    for (const userId of followers.get(item.id) ?? []) {
      pending.push({ userId, kind, subjectType: "item", subjectId: item.id, detail: { items: [{ id: item.id, key: item.key, title: item.title.slice(0, 200), project: item.project }] } });
    }
  }
  await deliver(tx, REMINDERS, pending, now);
  return due.length;
}

async function reviewReminders(tx: Tx, now: Date): Promise<number> {
  const due = await tx
    .select({ id: runbooks.id, slug: runbooks.slug, title: runbooks.title, ownerId: runbooks.ownerId, dueAt: reviewDueSql.mapWith((v: string | Date) => new Date(v)) })
    .from(runbooks)
    .leftJoin(
      reminderMarks,
      and(eq(reminderMarks.subjectType, "runbook"), eq(reminderMarks.subjectId, sql`${runbooks.id}::text`), eq(reminderMarks.kind, "review_due"), eq(reminderMarks.mark, sql`to_char((${reviewDueSql}) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS')`)),
    )
    .where(and(sql`${reviewDueSql} <= ${now.toISOString()}::timestamptz`, eq(runbooks.draft, false), isNull(reminderMarks.mark)))
    .limit(BATCH);
  if (!due.length) return 0;
  await tx
    .insert(reminderMarks)
    .values(due.map((r) => ({ subjectType: "runbook" as const, subjectId: r.id, kind: "review_due" as const, mark: r.dueAt.toISOString().slice(0, 19), createdAt: now })))
    .onConflictDoNothing();
  await webhookReviewDue(tx, due);
  const pending: Pending[] = [];
  const watchers = await watchersBySubject(tx, "runbook", due.map((r) => r.id));
  for (const r of due) {
    const people = new Set(watchers.get(r.id) ?? []);
    if (r.ownerId) people.add(r.ownerId);
    for (const userId of people) {
      pending.push({ userId, kind: "review_due", subjectType: "runbook", subjectId: r.id, detail: { runbook: { slug: r.slug, title: r.title.slice(0, 200) } }, burstKey: `review_due:${r.id}` });
    }
  }
  await deliver(tx, REMINDERS, pending, now);
  return due.length;
}

/** At-risk, overdue and review-due reminders, under the advisory lock. `ran: false` when another instance holds it. */
export async function runReminderPass(db: Db, now = new Date()) {
  return db.transaction(async (tx) => {
    const [lock] = await queryRows<{ locked: boolean }>(tx, sql`select pg_try_advisory_xact_lock(${REMINDER_LOCK}) as locked`);
    if (!lock?.locked) return { ran: false, atRisk: 0, overdue: 0, reviewDue: 0 };
    const overdue = await itemReminders(tx, "overdue", now);
    const atRisk = await itemReminders(tx, "at_risk", now);
    const reviewDue = await reviewReminders(tx, now);
    return { ran: true, atRisk, overdue, reviewDue };
  });
}

/**
 * Queues each person's daily digest once their chosen hour has passed in their zone, if anything
 * they want in it arrived since the last one. Idempotent per window (the queue's dedupe key).
 */
export async function runDigestPass(db: Db, now = new Date()) {
  // Only people with entries since two days ago can have a digest due.
  const candidates = await db
    .selectDistinct({ userId: notifications.userId, zone: users.timeZone, settingsZone: notificationSettings.timeZone, digestHour: notificationSettings.digestHour, lastDigestAt: notificationSettings.lastDigestAt })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .leftJoin(notificationSettings, eq(notificationSettings.userId, notifications.userId))
    .where(and(gt(notifications.updatedAt, new Date(now.getTime() - 48 * 3600_000)), eq(users.disabled, false)));
  let queued = 0;
  for (const c of candidates) {
    const window = digestWindow(now, c.zone ?? c.settingsZone, c.digestHour ?? 8, c.lastDigestAt ?? null);
    if (!window) continue;
    const prefs = await db.select().from(notificationPrefs).where(eq(notificationPrefs.userId, c.userId));
    const chosen = new Map(prefs.map((p) => [p.kind, p.email]));
    const kinds = NOTIFICATION_KINDS.filter((k) => (chosen.get(k) ?? DEFAULT_PREFERENCES[k].email) === "digest") as NotificationKind[];
    const [any] = kinds.length
      ? await db
          .select({ id: notifications.id })
          .from(notifications)
          .where(and(eq(notifications.userId, c.userId), inArray(notifications.kind, kinds), gt(notifications.updatedAt, window.start), lte(notifications.updatedAt, window.end)))
          .limit(1)
      : [];
    await db.transaction(async (tx) => {
      if (any && (await queueDigest(tx, c.userId, window))) queued++;
      await tx
        .insert(notificationSettings)
        .values({ userId: c.userId, lastDigestAt: window.end })
        .onConflictDoUpdate({ target: notificationSettings.userId, set: { lastDigestAt: window.end } });
    });
  }
  return { queued };
}
