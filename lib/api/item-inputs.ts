import { z } from "zod";
import { commentSchema, createItemSchema, itemFieldsSchema, setStatusSchema } from "@/lib/backlog/schemas";
import { STATUSES } from "@/lib/domain/items";
import { text } from "@/lib/validation/text";

// The write API's bodies, made from the schemas the item page and the new-item dialog use
// (lib/backlog/schemas.ts), so a limit or a message changes in one place. What differs is for
// programs: a project by slug or id instead of a picker's id, statuses by value, the version
// optional in the body (If-Match may carry it: ./if-match.ts), and unknown fields refused by name,
// since a misspelt field silently ignored would answer 200 for a write that did nothing.

/** A program sends the status's value; the page's message names the labels the select shows. */
const status = z.enum(STATUSES, { error: `must be one of ${STATUSES.join(", ")}` });

const project = text({ error: "must be a project's slug or id" })
  .trim()
  .min(1, "must be a project's slug or id")
  .max(200, "must be a project's slug or id")
  .meta({ description: "The project's slug (`health-todos`) or id" });

const version = z.int({ error: "must be a whole number" }).min(1, "versions start at 1").optional().meta({ description: "The version you read; or send it as `If-Match`" });

/**
 * "Blocked needs a reason", said where a client can see it: as a JSON Schema `if/then` in the
 * document and as the same check here (the item writer refuses it too, lib/backlog/transitions.ts).
 */
function blockedNeedsReason<S extends z.ZodObject>(schema: S): S {
  return schema
    .superRefine((body: { status?: string; blockedReason?: string | null }, ctx) => {
      if (body.status === "blocked" && !body.blockedReason) ctx.addIssue({ code: "custom", path: ["blockedReason"], message: "required when status is blocked: say what the item is waiting for" });
    })
    .meta({
      if: { properties: { status: { const: "blocked" } }, required: ["status"] },
      then: { properties: { blockedReason: { type: "string", minLength: 1 } }, required: ["blockedReason"] },
    }) as S;
}

/** The dialog's due date, which zod coerces (so its JSON Schema would say nothing): said as what a script sends. */
const dueAt = itemFieldsSchema.shape.dueAt
  .unwrap()
  .meta({ type: "string", description: "A date (`2026-12-31`) or an ISO 8601 time; null clears it" })
  .nullable();

// `project` (slug or id) stands in for the dialog's projectId.
const createFields = { ...createItemSchema.omit({ projectId: true }).shape, dueAt: dueAt.optional() };
const editableFields = { ...itemFieldsSchema.partial().omit({ projectId: true }).shape, dueAt: dueAt.optional() };

/** POST /api/v1/items: a title and a project; everything else as on the new-item dialog. */
export const apiCreateItemSchema = blockedNeedsReason(z.strictObject({ ...createFields, status: status.optional(), project }));

/** PATCH /api/v1/items/{id}: any of the item page's fields; `project` moves it. */
export const apiUpdateItemSchema = blockedNeedsReason(z.strictObject({ ...editableFields, status: status.optional(), project: project.optional(), version }));

/** POST /api/v1/items/{id}/status: the table's status control. */
export const apiSetStatusSchema = blockedNeedsReason(
  z.strictObject({ status, blockedReason: setStatusSchema.shape.blockedReason, version }),
);

/** POST /api/v1/items/{id}/comments: the item page's comment box. */
export const apiCommentSchema = z.strictObject({ body: commentSchema.shape.body });
