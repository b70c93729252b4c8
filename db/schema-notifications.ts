import { sql } from "drizzle-orm";
import { bigserial, boolean, check, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { EmailMode, NotificationKind, WatchReason, WatchSubject } from "@/lib/domain/notifications";
import { users } from "./schema";

// The inbox and what feeds it (lib/notify): one row per thing a person is told, who watches what,
// and each person's choices. Kept apart from schema.ts, which holds the backlog's own tables.

/**
 * One inbox entry. A burst (a bulk edit, several changes by one person within minutes) is one row
 * whose `count` grows and whose `detail` lists the subjects, so ten edits are one entry.
 */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").notNull().$type<NotificationKind>(),
    // What it is about: an item, a runbook, a metric, an import (its id); the link is derived from it.
    subjectType: text("subject_type").notNull().$type<WatchSubject | "import" | "webhook">(),
    subjectId: text("subject_id").notNull(),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    // Who did it as a name that outlives the account ("Lee Lead", "CI token", "Reminders").
    actorLabel: text("actor_label").notNull(),
    // The words and links, structured so the inbox and e-mail render them in the reader's zone.
    detail: jsonb("detail").notNull().$type<Record<string, unknown>>(),
    // Entries with the same key (kind + actor), unread and recent, merge into one.
    burstKey: text("burst_key"),
    count: integer("count").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp("read_at", { withTimezone: true }),
    // Kept only for e-mail (the kind is off in the app but on by e-mail): never shown in the inbox.
    hidden: boolean("hidden").notNull().default(false),
  },
  (t) => [
    index("notifications_user_idx").on(t.userId, t.updatedAt),
    // The digest pass looks for people with recent entries.
    index("notifications_updated_idx").on(t.updatedAt),
    index("notifications_unread_idx").on(t.userId, t.burstKey, t.updatedAt).where(sql`${t.readAt} is null`),
  ],
);

/**
 * Who watches what. An unwatch is kept as watching = false, so a later assignment or mention does
 * not quietly start watching again what someone chose to stop watching.
 */
export const watches = pgTable(
  "watches",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    subjectType: text("subject_type").notNull().$type<WatchSubject>(),
    subjectId: text("subject_id").notNull(),
    watching: boolean("watching").notNull().default(true),
    reason: text("reason").notNull().$type<WatchReason>(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // Followers of a subject are looked up with their unwatches too: the index covers both.
  (t) => [primaryKey({ columns: [t.userId, t.subjectType, t.subjectId] }), index("watches_subject_all_idx").on(t.subjectType, t.subjectId)],
);

/** One person's choice for one kind; a kind without a row follows DEFAULT_PREFERENCES. */
export const notificationPrefs = pgTable(
  "notification_prefs",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").notNull().$type<NotificationKind>(),
    inApp: boolean("in_app").notNull(),
    email: text("email").notNull().$type<EmailMode>(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] }), check("notification_prefs_email", sql`${t.email} in ('off', 'immediate', 'digest')`)],
);

/** Per person: quiet hours (local hours, start inclusive, end exclusive; may wrap midnight) and the digest's hour. */
export const notificationSettings = pgTable(
  "notification_settings",
  {
    userId: uuid("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    quietStart: smallint("quiet_start"),
    quietEnd: smallint("quiet_end"),
    digestHour: smallint("digest_hour").notNull().default(8),
    // The zone the hours were chosen in (the form shows the browser's when no zone is set on the account).
    timeZone: text("time_zone"),
    // The end of the window the last digest covered: the next one starts there.
    lastDigestAt: timestamp("last_digest_at", { withTimezone: true }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("notification_settings_hours", sql`${t.quietStart} between 0 and 23 and ${t.quietEnd} between 0 and 23 and ${t.digestHour} between 0 and 23`),
  ],
);

/**
 * The e-mail queue (lib/mail): a row per message to send, written in the transaction of what
 * caused it, so a message is never lost and never sent for a change that rolled back. Workers on
 * any instance claim rows with FOR UPDATE SKIP LOCKED and a lease (locked_until); a failed send
 * waits (not_before) with back-off and gives up after about a day. The body is rendered when it is
 * sent, from the entry as it is then (a burst that grew meanwhile is one message).
 */
export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").notNull().$type<"entry" | "digest">(),
    // An "entry" message: the inbox entry it tells of.
    notificationId: uuid("notification_id").references(() => notifications.id, { onDelete: "cascade" }),
    // A "digest": the entries created in (window_start, window_end].
    windowStart: timestamp("window_start", { withTimezone: true }),
    windowEnd: timestamp("window_end", { withTimezone: true }),
    // One message per purpose: "entry:<notification>:<n>" or "digest:<user>:<window end>".
    dedupeKey: text("dedupe_key").notNull(),
    notBefore: timestamp("not_before", { withTimezone: true }).notNull().defaultNow(),
    attempts: integer("attempts").notNull().default(0),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    failedAt: timestamp("failed_at", { withTimezone: true }),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("mail_outbox_dedupe_key").on(t.dedupeKey),
    index("mail_outbox_due_idx").on(t.notBefore, t.id).where(sql`${t.sentAt} is null and ${t.failedAt} is null`),
    index("mail_outbox_notification_idx").on(t.notificationId),
  ],
);

/**
 * Reminders already raised (lib/notify/reminders-service.ts): one row per subject, kind and state
 * ("item X overdue at due date D"), so a transition is announced once however many passes and
 * instances see it; a new due date is a new transition.
 */
export const reminderMarks = pgTable(
  "reminder_marks",
  {
    subjectType: text("subject_type").notNull().$type<WatchSubject>(),
    subjectId: text("subject_id").notNull(),
    kind: text("kind").notNull().$type<NotificationKind>(),
    mark: text("mark").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.subjectType, t.subjectId, t.kind, t.mark] })],
);

export type Notification = typeof notifications.$inferSelect;
export type MailRow = typeof mailOutbox.$inferSelect;
