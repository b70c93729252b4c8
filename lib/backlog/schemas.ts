import { z } from "zod";
import { itemStatusEnum, priorityEnum, severityEnum } from "@/db/schema";
import { markdownDepth, text } from "@/lib/validation/text";

// Inputs of the item actions. Every field names itself in its message, so forms can show it.
// Text never holds U+0000 (lib/validation/text.ts); Markdown fields are not nested too deeply.

export const MAX_DESCRIPTION_CHARS = 100_000;
export const MAX_COMMENT_CHARS = 20_000;

const optionalText = (max: number, label: string) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? null : v), text().trim().max(max, `${label}: at most ${max} characters`).nullable());

export const itemFieldsSchema = z.object({
  title: text({ error: "title is required" }).trim().min(1, "title: required").max(500, "title: at most 500 characters"),
  description: text()
    .max(MAX_DESCRIPTION_CHARS, "description: at most 100,000 characters")
    .check(markdownDepth("description")),
  categoryPath: z.array(text().trim().min(1).max(200)).max(6, "category: at most 6 levels"),
  priority: z.enum(priorityEnum.enumValues, { error: "priority must be P0, P1, P2 or P3" }).nullable(),
  status: z.enum(itemStatusEnum.enumValues, { error: "status must be not started, in progress, blocked, done or won't do" }),
  blockedReason: optionalText(1000, "blocked reason"),
  severity: z.enum(severityEnum.enumValues, { error: "severity must be critical, high, medium or low" }).nullable(),
  effortHours: z.number({ error: "effort must be a number of hours" }).min(0, "effort: cannot be negative").max(100_000, "effort: too large").nullable(),
  impact: z.number({ error: "impact must be 1–5" }).int("impact must be 1–5").min(1, "impact must be 1–5").max(5, "impact must be 1–5").nullable(),
  assigneeId: z.uuid({ error: "assignee must be a user" }).nullable(),
  dueAt: z.coerce.date({ error: "due date must be a date" }).nullable(),
  dueOverrideReason: optionalText(1000, "due date reason"),
  projectId: z.uuid({ error: "project must be a project" }),
});

export type ItemFields = z.output<typeof itemFieldsSchema>;
export type ItemChanges = Partial<ItemFields>;

const id = (label: string) => z.uuid({ error: `${label} is missing or invalid` });
const version = z.coerce.number({ error: "version is required" }).int().min(1, "version is required");

export const updateItemSchema = z.object({ id: id("item"), version, changes: itemFieldsSchema.partial() });
export const setStatusSchema = z.object({
  id: id("item"),
  version,
  status: itemFieldsSchema.shape.status,
  blockedReason: itemFieldsSchema.shape.blockedReason.optional(),
});
export const createItemSchema = itemFieldsSchema.partial().required({ title: true, projectId: true });
export const deleteItemSchema = z.object({ id: id("item"), version });
export const bulkUpdateSchema = z.object({
  ids: z.array(id("item")).min(1, "select at least one item").max(500, "at most 500 items at once"),
  changes: itemFieldsSchema.pick({ priority: true, status: true, assigneeId: true, projectId: true }).partial(),
});
export const tickSchema = z.object({ entryId: id("checklist entry"), done: z.boolean({ error: "done must be true or false" }) });
export const addChecklistSchema = z.object({
  itemId: id("item"),
  kind: z.enum(["acceptance", "action", "file"], { error: "kind must be acceptance, action or file" }),
  text: text().trim().min(1, "text: required").max(2000, "text: at most 2,000 characters"),
});
export const removeChecklistSchema = z.object({ entryId: id("checklist entry") });
export const commentSchema = z.object({
  itemId: id("item"),
  body: text()
    .trim()
    .min(1, "comment: write something first")
    .max(MAX_COMMENT_CHARS, "comment: at most 20,000 characters")
    .check(markdownDepth("comment")),
});
export const linkSchema = z.object({
  itemId: id("item"),
  kind: z.enum(["blocks", "relates"], { error: "link kind must be blocks or relates" }),
  target: text().trim().min(1, "target: enter an item key").max(100),
});
export const unlinkSchema = z.object({ linkId: id("link") });
export const saveViewSchema = z.object({
  name: text().trim().min(1, "name: give the view a name").max(80, "name: at most 80 characters"),
  query: text().max(4000, "query: too long"),
});
