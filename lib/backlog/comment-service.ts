import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { backlogItems, comments } from "@/db/schema";
import { appendAudit } from "@/lib/audit-log/append";
import { mayModerateComment } from "@/lib/auth/policy";
import { userIdOf, type Caller, type UserActor } from "@/lib/domain/actors";
import { notifyComment, requoteComment } from "@/lib/notify/item-events-service";
import { fail } from "@/lib/result";
import { timeAgo } from "@/lib/time/format";
import { webhookComment } from "@/lib/webhooks/events-service";
import { announceItem } from "./writer/items";

// Comments on an item: adding one tells its followers and the people it @mentions (lib/notify);
// its author or a lead may edit it (marked "edited", each earlier body kept in the audit log) or
// delete it. An edit names the version it started from (the comment's updatedAt), so a newer edit
// is never overwritten silently.

/**
 * A person at the item page or a token with `comments:write` (POST /api/v1/items/{id}/comments).
 * A token is no user, so its comment has no author id; the history row names it (actor_type
 * token), and the comment list reads the token's name from there.
 */
export async function addComment(db: Db, editor: Caller, input: { itemId: string; body: string }) {
  return db.transaction(async (tx) => {
    const [item] = await tx.select({ id: backlogItems.id }).from(backlogItems).where(eq(backlogItems.id, input.itemId));
    if (!item) return fail("not_found", "That item no longer exists.");
    const [row] = await tx.insert(comments).values({ itemId: input.itemId, authorId: userIdOf(editor), body: input.body }).returning({ id: comments.id, createdAt: comments.createdAt });
    await appendAudit(tx, editor, { action: "item.comment_add", entityType: "item", entityId: input.itemId, after: { commentId: row!.id, body: input.body } });
    await notifyComment(tx, editor, input.itemId, row!.id, input.body);
    await webhookComment(tx, editor, input.itemId, { id: row!.id, body: input.body, createdAt: row!.createdAt });
    await announceItem(tx, editor, input.itemId);
    return { id: row!.id, createdAt: row!.createdAt.toISOString() };
  });
}

export async function editComment(db: Db, editor: UserActor, input: { commentId: string; body: string; updatedAt: string }) {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(comments).where(eq(comments.id, input.commentId)).for("update");
    if (!row) return fail("not_found", "That comment no longer exists; it may have been deleted.");
    if (!mayModerateComment(editor, row.authorId)) return fail("forbidden", "Only the comment's author or a lead can edit it.");
    if (row.updatedAt.toISOString() !== input.updatedAt) {
      return fail("conflict", `This comment was changed ${timeAgo(row.updatedAt)}. Review the current text and apply your edit again.`, { current: { body: row.body, updatedAt: row.updatedAt.toISOString() } });
    }
    if (row.body === input.body) return { id: row.id, updatedAt: row.updatedAt.toISOString() };
    const now = new Date();
    await tx.update(comments).set({ body: input.body, editedAt: now, updatedAt: now }).where(eq(comments.id, row.id));
    await appendAudit(tx, editor, { action: "item.comment_edit", entityType: "item", entityId: row.itemId, before: { commentId: row.id, body: row.body }, after: { commentId: row.id, body: input.body } });
    // Only people newly @mentioned by the edit are told; entries quoting it quote the new text.
    await requoteComment(tx, row.id, input.body);
    await notifyComment(tx, editor, row.itemId, row.id, input.body, row.body);
    await announceItem(tx, editor, row.itemId);
    return { id: row.id, updatedAt: now.toISOString() };
  });
}

export async function deleteComment(db: Db, editor: UserActor, input: { commentId: string }) {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(comments).where(eq(comments.id, input.commentId)).for("update");
    if (!row) return fail("not_found", "That comment no longer exists.");
    if (!mayModerateComment(editor, row.authorId)) return fail("forbidden", "Only the comment's author or a lead can delete it.");
    await tx.delete(comments).where(eq(comments.id, row.id));
    await requoteComment(tx, row.id, null);
    await appendAudit(tx, editor, { action: "item.comment_delete", entityType: "item", entityId: row.itemId, before: { commentId: row.id, body: row.body } });
    await announceItem(tx, editor, row.itemId);
    return { id: row.id };
  });
}
