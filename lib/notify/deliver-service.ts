import "server-only";
import { and, eq, gt, inArray, isNull, lt, or, sql } from "drizzle-orm";
import type { Tx } from "@/db";
import { users } from "@/db/schema";
import { mailOutbox, notificationPrefs, notificationSettings, notifications } from "@/db/schema-notifications";
import { userIdOf, type Actor } from "@/lib/domain/actors";
import { DEFAULT_PREFERENCES, type EmailMode, type NotificationKind, type WatchSubject } from "@/lib/domain/notifications";
import { mailConfigured } from "@/lib/env";
import { publishChange } from "@/lib/live/publish";
import { mergeDetail, type EntryDetail } from "./detail";
import { quietUntil } from "./schedule-time";

// Writes inbox entries inside the caller's transaction (so a rolled-back change tells nobody), one
// per person per burst: an unread entry of the same kind by the same actor (and, for a mention or a
// comment, on the same subject) from the last BURST_MS grows instead of a new one appearing.
// Nobody is told about their own change and a disabled account is told nothing. Each person's
// choice for the kind decides where it goes: the inbox, an e-mail at once (queued in mail_outbox
// in this same transaction, held through quiet hours, sent after MAIL_SETTLE_MS so a burst is one
// message), the daily digest, or nowhere. Then one NOTIFY names who has news, for their bells.

export const BURST_MS = 10 * 60_000;
/** An e-mail sent "at once" waits this long, so the rest of a burst joins the same message. */
export const MAIL_SETTLE_MS = 60_000;
/** Seeds the burst locks' hash, so they do not share a number with the reminder pass's lock. */
const BURST_LOCK_SEED = 19_019;

export type Pending = {
  userId: string;
  kind: NotificationKind;
  subjectType: WatchSubject | "import" | "webhook";
  subjectId: string;
  detail: EntryDetail;
  /** Defaults to the kind and the actor: a person's burst of changes of one kind is one entry. */
  burstKey?: string;
};

/** Who did it, as the inbox names them: a person's name, a token's name, the system's task. */
export function actorNameOf(actor: Actor | null): string {
  if (!actor) return "Health Backlog";
  if (actor.kind === "user") return actor.name;
  if (actor.kind === "token") return `API token ${actor.tokenName}`;
  if (actor.name === "github") return "GitHub";
  return actor.name === "import" ? "An import" : "Health Backlog";
}

const burstKeyOf = (p: Pending, actorKey: string) => p.burstKey ?? `${p.kind}:${actorKey}`;

type Route = { inApp: boolean; email: EmailMode; zone: string | null; quietStart: number | null; quietEnd: number | null };

/** Where each (person, kind) goes: enabled accounts only, their choice or the default. */
async function routes(tx: Tx, pending: readonly Pending[]): Promise<Map<string, Route>> {
  const ids = [...new Set(pending.map((p) => p.userId))];
  const out = new Map<string, Route>();
  if (!ids.length) return out;
  const people = await tx
    .select({ id: users.id, zone: users.timeZone, settingsZone: notificationSettings.timeZone, quietStart: notificationSettings.quietStart, quietEnd: notificationSettings.quietEnd })
    .from(users)
    .leftJoin(notificationSettings, eq(notificationSettings.userId, users.id))
    .where(and(inArray(users.id, ids), eq(users.disabled, false)));
  const prefs = await tx.select().from(notificationPrefs).where(inArray(notificationPrefs.userId, ids));
  const chosen = new Map(prefs.map((p) => [`${p.userId}\u0000${p.kind}`, p]));
  const byId = new Map(people.map((p) => [p.id, p]));
  const mail = mailConfigured();
  for (const p of pending) {
    const person = byId.get(p.userId);
    const key = `${p.userId}\u0000${p.kind}`;
    if (!person || out.has(key)) continue;
    const pref = chosen.get(key) ?? DEFAULT_PREFERENCES[p.kind];
    // Quiet hours are in the zone the person chose, else the one their browser had when they set them.
    const route = { inApp: pref.inApp, email: mail ? pref.email : "off", zone: person.zone ?? person.settingsZone ?? null, quietStart: person.quietStart ?? null, quietEnd: person.quietEnd ?? null } satisfies Route;
    if (route.inApp || route.email !== "off") out.set(key, route);
  }
  return out;
}

/**
 * Queues the e-mail for an entry, unless one for it is still waiting and unclaimed (a burst that grew
 * is one message). One a worker has claimed may already be composed: the growth gets its own.
 */
async function queueMail(tx: Tx, userId: string, notificationId: string, count: number, route: Route, now: Date) {
  const [waiting] = await tx
    .select({ id: mailOutbox.id })
    .from(mailOutbox)
    .where(
      and(
        eq(mailOutbox.notificationId, notificationId),
        isNull(mailOutbox.sentAt),
        isNull(mailOutbox.failedAt),
        or(isNull(mailOutbox.lockedUntil), lt(mailOutbox.lockedUntil, now)),
      ),
    );
  if (waiting) return;
  const settle = new Date(now.getTime() + MAIL_SETTLE_MS);
  const quiet = quietUntil(settle, route.zone, route.quietStart, route.quietEnd);
  await tx
    .insert(mailOutbox)
    .values({ userId, kind: "entry", notificationId, dedupeKey: `entry:${notificationId}:${count}`, notBefore: quiet ?? settle })
    .onConflictDoNothing();
}

/** Records the entries (merged into recent unread ones where they continue a burst), queues their e-mail and announces them. Returns who got news in the app. */
export async function deliver(tx: Tx, actor: Actor | null, pending: readonly Pending[], now = new Date(), options: { includeSelf?: boolean } = {}): Promise<string[]> {
  const self = userIdOf(actor);
  const actorLabel = actorNameOf(actor);
  const actorKey = self ?? `${actor?.kind ?? "system"}:${actorLabel}`;
  // Nobody is told about their own change, except what they asked to hear of (an import they started).
  const wanted = options.includeSelf ? [...pending] : pending.filter((p) => p.userId !== self);
  if (!wanted.length) return [];
  const routeOf = await routes(tx, wanted);

  // Merge this write's own events first: a bulk edit of 500 items is one entry per person.
  const merged = new Map<string, Pending & { count: number }>();
  for (const p of wanted) {
    if (!routeOf.has(`${p.userId}\u0000${p.kind}`)) continue;
    const key = `${p.userId}\u0000${burstKeyOf(p, actorKey)}`;
    const prior = merged.get(key);
    merged.set(key, prior ? { ...prior, detail: mergeDetail(prior.detail, p.detail), count: prior.count + 1 } : { ...p, count: 1 });
  }

  const told = new Set<string>();
  // Rows are locked in one order (person, then burst), so two writers' bursts never deadlock.
  const ordered = [...merged.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, p]) => p);
  // A burst that has no entry yet has no row to lock: two writers would each insert one. A
  // transaction lock per (person, burst), taken in one statement in hash order, makes the second
  // wait and then grow the first's entry. (A hash collision only makes two bursts wait on each other.)
  if (ordered.length) {
    const keys = ordered.map((p) => `${p.userId} ${burstKeyOf(p, actorKey)}`);
    await tx.execute(
      sql`select pg_advisory_xact_lock(h) from (select distinct hashtextextended(k, ${BURST_LOCK_SEED}) as h from jsonb_array_elements_text(${JSON.stringify(keys)}::jsonb) as k order by h) as locks`,
    );
  }
  for (const p of ordered) {
    const route = routeOf.get(`${p.userId}\u0000${p.kind}`)!;
    const burstKey = burstKeyOf(p, actorKey);
    const [recent] = await tx
      .select({ id: notifications.id, detail: notifications.detail, count: notifications.count })
      .from(notifications)
      .where(
        and(
          eq(notifications.userId, p.userId),
          eq(notifications.burstKey, burstKey),
          isNull(notifications.readAt),
          eq(notifications.hidden, !route.inApp),
          gt(notifications.updatedAt, new Date(now.getTime() - BURST_MS)),
        ),
      )
      .orderBy(notifications.updatedAt)
      .limit(1)
      .for("update");
    let id: string;
    let count: number;
    if (recent) {
      id = recent.id;
      count = recent.count + p.count;
      await tx.update(notifications).set({ detail: mergeDetail(recent.detail as EntryDetail, p.detail), count, updatedAt: now, actorLabel }).where(eq(notifications.id, id));
    } else {
      count = p.count;
      const [row] = await tx
        .insert(notifications)
        .values({ userId: p.userId, kind: p.kind, subjectType: p.subjectType, subjectId: p.subjectId, actorId: self, actorLabel, detail: p.detail, burstKey, count, createdAt: now, updatedAt: now, hidden: !route.inApp })
        .returning({ id: notifications.id });
      id = row!.id;
    }
    if (route.email === "immediate") await queueMail(tx, p.userId, id, count, route, now);
    if (route.inApp) told.add(p.userId);
  }
  const userIds = [...told];
  // NOTIFY payloads are capped at 8000 bytes: announce in slices of 100 ids (≈ 3.9 kB).
  for (let i = 0; i < userIds.length; i += 100) await publishChange(tx, { type: "inbox", userIds: userIds.slice(i, i + 100), by: self });
  return userIds;
}

