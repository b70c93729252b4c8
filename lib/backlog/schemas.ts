import { z } from "zod";
import { itemStatusEnum, priorityEnum, severityEnum } from "@/db/schema";
import { under, withLabels } from "@/lib/validation/labels";
import { markdownDepth, text } from "@/lib/validation/text";

// Inputs of the item actions. Messages say what is wrong; the labels registered below name the
// field as the item page, the new-item dialog and the bulk bar label it (lib/validation/labels.ts).
// Text never holds U+0000 (lib/validation/text.ts); Markdown fields are not nested too deeply.

export const MAX_DESCRIPTION_CHARS = 100_000;
export const MAX_COMMENT_CHARS = 20_000;

const optionalText = (max: number) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? null : v), text().trim().max(max, `at most ${max.toLocaleString("en")} characters`).nullable());

export const itemFieldsSchema = z.object({
  title: text({ error: "is required" }).trim().min(1, "is required").max(500, "at most 500 characters"),
  description: text()
    .max(MAX_DESCRIPTION_CHARS, "at most 100,000 characters")
    .check(markdownDepth()),
  categoryPath: z.array(text().trim().min(1, "a level is empty").max(200, "at most 200 characters a level")).max(6, "at most 6 levels"),
  priority: z.enum(priorityEnum.enumValues, { error: "must be P0, P1, P2 or P3" }).nullable(),
  status: z.enum(itemStatusEnum.enumValues, { error: "must be Not started, In progress, Blocked, Done or Won't do" }),
  blockedReason: optionalText(1000),
  severity: z.enum(severityEnum.enumValues, { error: "must be Critical, High, Medium or Low" }).nullable(),
  effortHours: z.number({ error: "must be a number of hours" }).min(0, "cannot be negative").max(100_000, "must be at most 100,000 hours").nullable(),
  impact: z.number({ error: "must be 1–5" }).int("must be 1–5").min(1, "must be 1–5").max(5, "must be 1–5").nullable(),
  assigneeId: z.uuid({ error: "must be one of the workspace's people" }).nullable(),
  dueAt: z.coerce.date({ error: "must be a date" }).nullable(),
  dueOverrideReason: optionalText(1000),
  projectId: z.uuid({ error: "must be one of the projects" }),
});

/** The item fields as the item page's edit form, the new-item dialog and the bulk bar label them. */
export const ITEM_FIELD_LABELS = {
  title: "Title",
  description: "Description",
  categoryPath: "Category",
  priority: "Priority",
  status: "Status",
  blockedReason: "Blocked on",
  severity: "Severity",
  effortHours: "Effort (hours)",
  impact: "Impact (1–5)",
  assigneeId: "Assignee",
  dueAt: "Due",
  dueOverrideReason: "Due date reason",
  projectId: "Project",
} as const satisfies Record<keyof z.input<typeof itemFieldsSchema>, string>;

export type ItemFields = z.output<typeof itemFieldsSchema>;
export type ItemChanges = Partial<ItemFields>;

const id = (label: string) => z.uuid({ error: `That ${label} no longer exists; reload the page` });
const version = z.coerce.number({ error: "the version you edited is missing; reload the page" }).int().min(1, "the version you edited is missing; reload the page");

export const updateItemSchema = withLabels(z.object({ id: id("item"), version, changes: itemFieldsSchema.partial() }), under("changes", ITEM_FIELD_LABELS));
export const setStatusSchema = withLabels(z.object({
  id: id("item"),
  version,
  status: itemFieldsSchema.shape.status,
  blockedReason: itemFieldsSchema.shape.blockedReason.optional(),
}), ITEM_FIELD_LABELS);
export const createItemSchema = withLabels(itemFieldsSchema.partial().required({ title: true, projectId: true }), ITEM_FIELD_LABELS);
export const deleteItemSchema = z.object({ id: id("item"), version });
export const bulkUpdateSchema = withLabels(z.object({
  ids: z.array(id("item")).min(1, "Select at least one item").max(500, "Select at most 500 items at once"),
  changes: itemFieldsSchema.pick({ priority: true, status: true, assigneeId: true, projectId: true }).partial(),
}), under("changes", ITEM_FIELD_LABELS));
export const tickSchema = z.object({ entryId: id("checklist entry"), done: z.boolean({ error: "Say whether the entry is done" }) });
export const addChecklistSchema = withLabels(z.object({
  itemId: id("item"),
  kind: z.enum(["acceptance", "action", "file"], { error: "must be acceptance criteria, action items or files" }),
  text: text().trim().min(1, "write the entry first").max(2000, "at most 2,000 characters"),
}), { kind: "List", text: "Entry" });
export const removeChecklistSchema = z.object({ entryId: id("checklist entry") });
export const commentSchema = withLabels(z.object({
  itemId: id("item"),
  body: text()
    .trim()
    .min(1, "write something first")
    .max(MAX_COMMENT_CHARS, "at most 20,000 characters")
    .check(markdownDepth()),
}), { body: "Comment" });
export const editCommentSchema = withLabels(z.object({
  commentId: id("comment"),
  body: commentSchema.shape.body,
  updatedAt: z.iso.datetime({ offset: true, error: "the comment's version is missing; reload the page" }),
}), { body: "Comment" });
export const deleteCommentSchema = z.object({ commentId: id("comment") });
export const linkSchema = withLabels(z.object({
  itemId: id("item"),
  kind: z.enum(["blocks", "relates"], { error: "must be blocks or relates to" }),
  target: text().trim().min(1, "enter an item key such as P1-010").max(100, "at most 100 characters"),
}), { kind: "This item", target: "Item key" });
export const unlinkSchema = z.object({ linkId: id("link") });
export const saveViewSchema = withLabels(z.object({
  name: text().trim().min(1, "give the view a name").max(80, "at most 80 characters"),
  query: text().max(4000, "the filters are too long to save"),
}), { name: "View name", query: "Filters" });
