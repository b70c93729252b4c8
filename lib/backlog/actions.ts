"use server";

import { z } from "zod";
import { getDb } from "@/db";
import { defineAction } from "@/lib/auth/action";
import {
  addChecklistSchema,
  bulkUpdateSchema,
  commentSchema,
  createItemSchema,
  deleteCommentSchema,
  deleteItemSchema,
  editCommentSchema,
  linkSchema,
  removeChecklistSchema,
  saveViewSchema,
  setStatusSchema,
  tickSchema,
  unlinkSchema,
  updateItemSchema,
} from "./schemas";
import * as items from "./service";
import { addComment, deleteComment, editComment } from "./comment-service";
import { deleteView, saveView } from "./saved-view-service";
import { setColumnChoice } from "./column-choice-service";
import { setColumnsSchema } from "./columns-schema";

// Server actions for backlog items. Each goes through defineAction (policy → zod → body); the
// service does the version check, history and live notification.

export const updateItemAction = defineAction("items.update", updateItemSchema, async (input, actor) => items.updateItem(await getDb(), actor, input));

/** What engineers may change: the status (and a blocked item's reason). */
export const setStatusAction = defineAction("items.setStatus", setStatusSchema, async (input, actor) => items.setItemStatus(await getDb(), actor, input));

export const createItemAction = defineAction("items.create", createItemSchema, async (input, actor) => items.createItem(await getDb(), actor, input));
export const deleteItemAction = defineAction("items.delete", deleteItemSchema, async (input, actor) => items.deleteItem(await getDb(), actor, input));
export const bulkUpdateAction = defineAction("items.bulkUpdate", bulkUpdateSchema, async (input, actor) => items.bulkUpdate(await getDb(), actor, input));
export const tickAction = defineAction("items.tick", tickSchema, async (input, actor) => items.setChecklistDone(await getDb(), actor, input));
export const addChecklistAction = defineAction("items.editChecklist", addChecklistSchema, async (input, actor) => items.addChecklistEntry(await getDb(), actor, input));
export const removeChecklistAction = defineAction("items.editChecklist", removeChecklistSchema, async (input, actor) => items.removeChecklistEntry(await getDb(), actor, input));
export const commentAction = defineAction("items.comment", commentSchema, async (input, actor) => addComment(await getDb(), actor, input));
/** Editing and deleting a comment: commenters may, and the service lets only its author or a lead (policy.ts mayModerateComment). */
export const editCommentAction = defineAction("items.comment", editCommentSchema, async (input, actor) => editComment(await getDb(), actor, input));
export const deleteCommentAction = defineAction("items.comment", deleteCommentSchema, async (input, actor) => deleteComment(await getDb(), actor, input));
export const linkAction = defineAction("items.link", linkSchema, async (input, actor) => items.linkItems(await getDb(), actor, input));
export const unlinkAction = defineAction("items.link", unlinkSchema, async (input, actor) => items.unlinkItems(await getDb(), actor, input));

export const saveViewAction = defineAction("views.manage", saveViewSchema, async (input, actor) => saveView(await getDb(), actor.userId, input));
export const deleteViewAction = defineAction("views.manage", z.object({ id: z.uuid({ error: "view is missing" }) }), async (input, actor) =>
  deleteView(await getDb(), actor.userId, input.id),
);

/** The caller's own backlog columns (shown / hidden per column; null = the defaults for the width). */
export const setColumnsAction = defineAction("views.setColumns", setColumnsSchema, async (input, actor) => setColumnChoice(await getDb(), actor.userId, input.columns));
