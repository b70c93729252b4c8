import "server-only";
import { eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "@/db";
import { backlogItems, projects, users, type BacklogItem } from "@/db/schema";
import { notifications } from "@/db/schema-notifications";
import { userIdOf, type Actor } from "@/lib/domain/actors";
import { deliver, type Pending } from "./deliver-service";
import { excerptOf, type Change, type ItemRef } from "./detail";
import { findMentions, newMentions, type Mentionable } from "./mentions";
import { followersOf, watchFor, watchMany } from "./watch-service";

// What the item writer's changes tell people (called by lib/backlog/writer in the same
// transaction): the new assignee is told they were assigned; the item's followers (assignee,
// watchers, the project's watchers, and the assignee it had) that its status, priority, due date
// or assignee changed; people newly @mentioned in its description that they were mentioned.
// A write that touches none of that costs no query, so an import that only retitles is free.

/** What the fan-out reads of an item (a full row, or what an insert wrote). */
export type ItemFacts = Pick<BacklogItem, "id" | "projectId" | "key" | "title" | "description" | "status" | "priority" | "dueAt" | "assigneeId">;
export type ItemWrite = { before: ItemFacts | null; after: ItemFacts };

type Loaded = { slugs: Map<string, string>; names: Map<string, string>; people: Mentionable[] | null };

/** The item as an entry names it. */
const refOf = (row: ItemFacts, slugs: Map<string, string>): ItemRef => ({ id: row.id, key: row.key, title: row.title.slice(0, 200), project: slugs.get(row.projectId) ?? "" });

function changesOf(before: ItemFacts, after: ItemFacts, names: Map<string, string>): Change[] {
  const out: Change[] = [];
  if (before.status !== after.status) out.push({ field: "status", to: after.status });
  if (before.priority !== after.priority) out.push({ field: "priority", from: before.priority, to: after.priority });
  if ((before.dueAt?.getTime() ?? null) !== (after.dueAt?.getTime() ?? null)) out.push({ field: "dueAt", to: after.dueAt?.toISOString() ?? null });
  if (before.assigneeId !== after.assigneeId) out.push({ field: "assignee", to: after.assigneeId ? (names.get(after.assigneeId) ?? "someone") : null });
  return out;
}

const mayMention = (w: ItemWrite) => w.after.description.includes("@") && w.after.description !== (w.before?.description ?? "");
const relevant = (w: ItemWrite) =>
  (w.after.assigneeId && w.after.assigneeId !== w.before?.assigneeId) ||
  (w.before && (w.before.status !== w.after.status || w.before.priority !== w.after.priority || w.before.assigneeId !== w.after.assigneeId || (w.before.dueAt?.getTime() ?? null) !== (w.after.dueAt?.getTime() ?? null))) ||
  mayMention(w);

/** The people who can be mentioned: enabled accounts. */
export async function mentionable(tx: Tx): Promise<Mentionable[]> {
  return tx.select({ id: users.id, name: users.name, email: users.email }).from(users).where(eq(users.disabled, false));
}

async function load(tx: Tx, writes: readonly ItemWrite[]): Promise<Loaded> {
  const projectIds = [...new Set(writes.map((w) => w.after.projectId))];
  const assignees = [...new Set(writes.map((w) => w.after.assigneeId).filter((id): id is string => !!id))];
  const slugs = new Map((await tx.select({ id: projects.id, slug: projects.slug }).from(projects).where(inArray(projects.id, projectIds))).map((p) => [p.id, p.slug]));
  const names = assignees.length ? new Map((await tx.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, assignees))).map((u) => [u.id, u.name])) : new Map<string, string>();
  const people = writes.some(mayMention) ? await mentionable(tx) : null;
  return { slugs, names, people };
}

/** Tells people about item writes; `createdBy` (a person creating items one by one) starts watching them. */
export async function notifyItemWrites(tx: Tx, actor: Actor, writes: readonly ItemWrite[], options: { creatorWatches?: boolean } = {}) {
  const self = userIdOf(actor);
  // Watches this write starts, inserted together at the end (a bulk assignment is one statement).
  const watching: Parameters<typeof watchMany>[1][number][] = [];
  if (options.creatorWatches && self) for (const w of writes) if (!w.before) watching.push({ userId: self, subjectType: "item", subjectId: w.after.id, reason: "created" });
  const todo = writes.filter(relevant);
  if (!todo.length) return watchMany(tx, watching);
  const { slugs, names, people } = await load(tx, todo);
  const followers = await followersOf(tx, todo.filter((w) => w.before).map((w) => w.after));
  const pending: Pending[] = [];
  for (const { before, after } of todo) {
    const item = refOf(after, slugs);
    const subject = { subjectType: "item" as const, subjectId: after.id };
    const assigned = after.assigneeId && after.assigneeId !== before?.assigneeId ? after.assigneeId : null;
    if (assigned) {
      pending.push({ ...subject, userId: assigned, kind: "assigned", detail: { items: [item] } });
      watching.push({ userId: assigned, subjectType: "item", subjectId: after.id, reason: "assigned" });
    }
    if (before) {
      const changes = changesOf(before, after, names);
      if (changes.length) {
        const told = new Set(followers.get(after.id));
        // The owner it had hears that it was reassigned, unless they chose to stop watching it.
        if (before.assigneeId && before.assigneeId !== after.assigneeId && !followers.unwatched(after.id, before.assigneeId)) told.add(before.assigneeId);
        if (assigned) told.delete(assigned);
        for (const userId of told) pending.push({ ...subject, userId, kind: "item_changed", detail: { items: [item], changes } });
      }
    }
    if (people && mayMention({ before, after })) {
      const mentioned = newMentions(before?.description ?? "", after.description, people);
      for (const userId of mentioned) {
        pending.push({ ...subject, userId, kind: "mentioned", detail: { items: [item], where: "description", excerpt: excerptOf(after.description) }, burstKey: `mentioned:${self ?? "system"}:${after.id}` });
      }
      for (const userId of mentioned) watching.push({ userId, subjectType: "item", subjectId: after.id, reason: "mentioned" });
    }
  }
  await watchMany(tx, watching);
  await deliver(tx, actor, pending);
}

/**
 * A new comment: the people it @mentions are told so (and start watching the item), the item's
 * other followers that it was commented on; the author starts watching it.
 */
export async function notifyComment(tx: Tx, actor: Actor, itemId: string, commentId: string, body: string, previousBody = "") {
  const [item] = await tx.select().from(backlogItems).where(eq(backlogItems.id, itemId));
  if (!item) return;
  const self = userIdOf(actor);
  const [project] = await tx.select({ slug: projects.slug }).from(projects).where(eq(projects.id, item.projectId));
  const ref = refOf(item, new Map([[item.projectId, project?.slug ?? ""]]));
  const people = body.includes("@") ? await mentionable(tx) : [];
  const mentioned = previousBody ? newMentions(previousBody, body, people) : findMentions(body, people);
  const excerpt = excerptOf(body);
  const pending: Pending[] = mentioned.map((userId) => ({
    userId,
    kind: "mentioned",
    subjectType: "item",
    subjectId: item.id,
    detail: { items: [ref], where: "comment", excerpt, commentId },
    burstKey: `mentioned:${self ?? "system"}:${item.id}`,
  }));
  // An edit tells only the newly mentioned; a new comment also tells the followers.
  if (!previousBody) {
    const followers = (await followersOf(tx, [item])).get(item.id) ?? new Set<string>();
    for (const userId of followers) {
      if (mentioned.includes(userId)) continue;
      pending.push({ userId, kind: "commented", subjectType: "item", subjectId: item.id, detail: { items: [ref], excerpt, commentId }, burstKey: `commented:${self ?? "system"}:${item.id}` });
    }
    if (self) await watchFor(tx, [self], "item", item.id, "commented");
  }
  await watchFor(tx, mentioned, "item", item.id, "mentioned");
  await deliver(tx, actor, pending);
}

/**
 * An import finished: the person who started it is told (in the app or by e-mail, as they chose;
 * useful when a large import ran while they did something else), and starts watching the project,
 * so its items' overdue reminders reach them.
 */
export async function notifyImportFinished(tx: Tx, actor: Actor, input: { importId: string | null; projectId: string; fileName: string; created: number; updated: number }) {
  const self = userIdOf(actor);
  if (!self) return;
  await watchFor(tx, [self], "project", input.projectId, "imported");
  const [project] = await tx.select({ slug: projects.slug }).from(projects).where(eq(projects.id, input.projectId));
  await deliver(
    tx,
    actor,
    [
      {
        userId: self,
        kind: "import_finished",
        subjectType: "import",
        subjectId: input.importId ?? input.projectId,
        detail: { import: { fileName: input.fileName.slice(0, 200), project: project?.slug ?? "", created: input.created, updated: input.updated } },
        burstKey: `import_finished:${input.importId ?? input.projectId}`,
      },
    ],
    new Date(),
    { includeSelf: true },
  );
}

/** A runbook's change note that @mentions people tells them (and they start watching the runbook). */
export async function notifyRunbookNote(tx: Tx, actor: Actor, runbook: { id: string; slug: string; title: string }, note: string) {
  if (!note.includes("@")) return;
  const mentioned = findMentions(note, await mentionable(tx));
  if (!mentioned.length) return;
  await watchFor(tx, mentioned, "runbook", runbook.id, "mentioned");
  const self = userIdOf(actor);
  await deliver(
    tx,
    actor,
    mentioned.map((userId) => ({
      userId,
      kind: "mentioned" as const,
      subjectType: "runbook" as const,
      subjectId: runbook.id,
      detail: { where: "runbook" as const, runbook: { slug: runbook.slug, title: runbook.title.slice(0, 200) }, excerpt: excerptOf(note) },
      burstKey: `mentioned:${self ?? "system"}:${runbook.id}`,
    })),
  );
}

/**
 * A comment was edited or deleted: entries quoting it quote the new text, or nothing, so a deleted
 * comment (a pasted secret, say) does not live on in inboxes or in e-mails still to be sent (they are
 * worded when they go out).
 */
export async function requoteComment(tx: Tx, commentId: string, body: string | null) {
  const excerpt = body === null ? null : excerptOf(body);
  await tx
    .update(notifications)
    .set({ detail: excerpt === null ? sql`${notifications.detail} - 'excerpt'` : sql`jsonb_set(${notifications.detail}, '{excerpt}', to_jsonb(${excerpt}::text))` })
    .where(sql`${notifications.detail}->>'commentId' = ${commentId}`);
}
