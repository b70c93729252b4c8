import "server-only";
import { and, eq, gt, inArray, isNull } from "drizzle-orm";
import type { Tx } from "@/db";
import { users } from "@/db/schema";
import { notificationPrefs, notifications } from "@/db/schema-notifications";
import { userIdOf, type Actor } from "@/lib/domain/actors";
import { DEFAULT_PREFERENCES, type NotificationKind, type WatchSubject } from "@/lib/domain/notifications";
import { publishChange } from "@/lib/live/publish";
import { mergeDetail, type EntryDetail } from "./detail";

// Writes inbox entries inside the caller's transaction (so a rolled-back change tells nobody), one
// per person per burst: an unread entry of the same kind by the same actor (and, for a mention or a
// comment, on the same subject) from the last BURST_MS grows instead of a new one appearing.
// Nobody is told about their own change, a disabled account is told nothing, and a kind someone
// turned off in the app is not written. Then one NOTIFY names who has news, for their bells.

export const BURST_MS = 10 * 60_000;

export type Pending = {
  userId: string;
  kind: NotificationKind;
  subjectType: WatchSubject | "import";
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
  return actor.name === "import" ? "An import" : "Health Backlog";
}

const burstKeyOf = (p: Pending, actorKey: string) => p.burstKey ?? `${p.kind}:${actorKey}`;

/** Who may receive: enabled accounts whose preference for the kind keeps it in the app. */
async function receivers(tx: Tx, pending: readonly Pending[]): Promise<Set<string>> {
  const ids = [...new Set(pending.map((p) => p.userId))];
  if (!ids.length) return new Set();
  const active = await tx.select({ id: users.id }).from(users).where(and(inArray(users.id, ids), eq(users.disabled, false)));
  const prefs = await tx.select().from(notificationPrefs).where(inArray(notificationPrefs.userId, ids));
  const inApp = new Map(prefs.map((p) => [`${p.userId}\u0000${p.kind}`, p.inApp]));
  const enabled = new Set(active.map((a) => a.id));
  const ok = new Set<string>();
  for (const p of pending) {
    const key = `${p.userId}\u0000${p.kind}`;
    if (enabled.has(p.userId) && (inApp.get(key) ?? DEFAULT_PREFERENCES[p.kind].inApp)) ok.add(key);
  }
  return ok;
}

/** Records the entries (merged into recent unread ones where they continue a burst) and announces them. Returns who got news. */
export async function deliver(tx: Tx, actor: Actor | null, pending: readonly Pending[], now = new Date()): Promise<string[]> {
  const self = userIdOf(actor);
  const actorLabel = actorNameOf(actor);
  const actorKey = self ?? `${actor?.kind ?? "system"}:${actorLabel}`;
  const wanted = pending.filter((p) => p.userId !== self);
  if (!wanted.length) return [];
  const allowed = await receivers(tx, wanted);

  // Merge this write's own events first: a bulk edit of 500 items is one entry per person.
  const merged = new Map<string, Pending & { count: number }>();
  for (const p of wanted) {
    if (!allowed.has(`${p.userId}\u0000${p.kind}`)) continue;
    const key = `${p.userId}\u0000${burstKeyOf(p, actorKey)}`;
    const prior = merged.get(key);
    merged.set(key, prior ? { ...prior, detail: mergeDetail(prior.detail, p.detail), count: prior.count + 1 } : { ...p, count: 1 });
  }

  const told = new Set<string>();
  for (const p of merged.values()) {
    const burstKey = burstKeyOf(p, actorKey);
    const [recent] = await tx
      .select({ id: notifications.id, detail: notifications.detail, count: notifications.count })
      .from(notifications)
      .where(and(eq(notifications.userId, p.userId), eq(notifications.burstKey, burstKey), isNull(notifications.readAt), gt(notifications.updatedAt, new Date(now.getTime() - BURST_MS))))
      .orderBy(notifications.updatedAt)
      .limit(1)
      .for("update");
    if (recent) {
      await tx
        .update(notifications)
        .set({ detail: mergeDetail(recent.detail as EntryDetail, p.detail), count: recent.count + p.count, updatedAt: now, actorLabel })
        .where(eq(notifications.id, recent.id));
    } else {
      await tx.insert(notifications).values({
        userId: p.userId,
        kind: p.kind,
        subjectType: p.subjectType,
        subjectId: p.subjectId,
        actorId: self,
        actorLabel,
        detail: p.detail,
        burstKey,
        count: p.count,
        createdAt: now,
        updatedAt: now,
      });
    }
    told.add(p.userId);
  }
  const userIds = [...told];
  // NOTIFY payloads are capped at 8000 bytes: announce in slices of 100 ids (≈ 3.9 kB).
  for (let i = 0; i < userIds.length; i += 100) await publishChange(tx, { type: "inbox", userIds: userIds.slice(i, i + 100), by: self });
  return userIds;
}
