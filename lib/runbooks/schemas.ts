import { z } from "zod";
import { withLabels } from "@/lib/validation/labels";
import { markdownDepth, noNul, text } from "@/lib/validation/text";
import { bodySizeMessage, MAX_BODY_BYTES } from "./body-size";

export { bodySizeMessage, MAX_BODY_BYTES };

// Runbook input, shared by the editor forms and the server actions. Messages say what is wrong;
// the labels registered below name the field as the runbook pages label it (lib/validation/labels.ts).
// Text never holds U+0000 (lib/validation/text.ts); bodies are not nested too deeply.

/** The drill_outcome enum's values (schemas.test.ts holds them equal), not db/schema.ts's: the forms bring this module to the browser. */
export const DRILL_OUTCOMES = ["passed", "failed", "aborted"] as const;


const utf8Bytes = (s: string) => new TextEncoder().encode(s).length;


export const bodySchema = z
  .string({ error: "is required" })
  .check(noNul)
  .transform((s) => s.replace(/\r\n?/g, "\n"))
  .superRefine((s, ctx) => {
    // A cheap length test first: a 2 MB paste should not be UTF-8 encoded just to be refused.
    const bytes = s.length > MAX_BODY_BYTES ? s.length : utf8Bytes(s);
    if (bytes > MAX_BODY_BYTES) ctx.addIssue({ code: "custom", message: bodySizeMessage(bytes) });
  })
  .check(markdownDepth());

const id = (what: string) => z.uuid({ error: `That ${what} no longer exists` });
const version = z.coerce.number({ error: "The version you edited is missing; reload the page" }).int().min(1, "The version you edited is missing; reload the page");
const optionalId = () =>
  z.preprocess((v) => (v === "" || v === undefined ? null : v), z.uuid({ error: "choose one from the list" }).nullable());

export const titleSchema = text({ error: "is required" })
  .trim()
  .min(1, "give the runbook a title")
  .max(200, "at most 200 characters");

const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

/** The fields beside the body: who owns it, what it covers, how often it is reviewed. */
export const runbookMetaSchema = z.object({
  title: titleSchema,
  service: text().trim().max(100, "at most 100 characters").default(""),
  ownerId: optionalId(),
  projectId: optionalId(),
  reviewIntervalDays: z.coerce
    .number({ error: "must be a number of days" })
    .int("must be whole days")
    .min(1, "must be at least 1 day")
    .max(3650, "must be at most 10 years")
    .default(90),
  draft: checkbox.default(false),
});

const note = text().trim().max(500, "at most 500 characters").default("");

/** The runbook editor's labels. */
const EDITOR_LABELS = { title: "Title", service: "Service", ownerId: "Owner", projectId: "Project", reviewIntervalDays: "Review every (days)", draft: "Draft", body: "Runbook text", note: "Change note" };

export const createRunbookSchema = withLabels(runbookMetaSchema.extend({ body: bodySchema, note }), EDITOR_LABELS);

export const saveRunbookSchema = withLabels(runbookMetaSchema.extend({ id: id("runbook"), version, body: bodySchema, note }), EDITOR_LABELS);

export const restoreRevisionSchema = z.object({
  id: id("runbook"),
  version,
  revision: z.coerce.number({ error: "Choose a revision" }).int().min(1, "Choose a revision"),
});

export const markReviewedSchema = withLabels(z.object({
  id: id("runbook"),
  /** The revision the lead read: a review of an older text than the current one is refused. */
  revision: z.coerce.number({ error: "The revision you read is missing; reload the page" }).int().min(1, "The revision you read is missing; reload the page"),
  note: text().trim().max(500, "at most 500 characters").default(""),
}), { note: "Review note" });

/**
 * A runbook file: its bytes (`file`, the upload; decoded on the server by read-upload.ts, so a
 * Windows-1252 file reads right) or its text (`markdown`, for callers that already have it).
 */
export const importRunbookSchema = withLabels(
  z
    .object({
      file: z.instanceof(Blob, { error: "choose a Markdown file" }).optional(),
      markdown: bodySchema.optional(),
      fileName: text().trim().max(255, "at most 255 characters").optional(),
    })
    .superRefine((v, ctx) => {
      if (v.file) {
        if (v.file.size === 0) ctx.addIssue({ code: "custom", message: "the file is empty", path: ["file"] });
        // Refused before its bytes are read, as the upload form refuses it before sending.
        else if (v.file.size > MAX_BODY_BYTES) ctx.addIssue({ code: "custom", message: bodySizeMessage(v.file.size).replace(/^body: /, ""), path: ["file"] });
      } else if (v.markdown === undefined) ctx.addIssue({ code: "custom", message: "choose a Markdown file", path: ["markdown"] });
    }),
  { file: "File", markdown: "Markdown", fileName: "File name" },
);

export const fromItemSchema = z.object({ itemId: id("item") });

export const linkItemSchema = withLabels(z.object({
  runbookId: id("runbook"),
  /** "P0-006", or "project-slug/P0-006" when the key is used in several projects. */
  item: text({ error: "enter an item key such as P0-006" })
    .trim()
    .min(1, "enter an item key such as P0-006")
    .max(200, "at most 200 characters"),
}), { item: "Item key to link" });

export const unlinkItemSchema = z.object({ runbookId: id("runbook"), itemId: id("item") });

export const linkMetricSchema = z.object({ runbookId: id("runbook"), metricId: id("metric") });

export const startDrillSchema = withLabels(z.object({
  runbookId: id("runbook"),
  scenario: text({ error: "choose one" }).trim().min(1, "choose one").max(300, "at most 300 characters"),
}), { scenario: "Scenario" });

export const drillStepSchema = withLabels(z.object({
  drillId: id("drill"),
  step: z.coerce.number({ error: "That step no longer exists" }).int().min(0, "That step no longer exists"),
  done: checkbox,
  note: text().trim().max(2000, "at most 2,000 characters").optional(),
}), { note: "Step note" });

export const finishDrillSchema = withLabels(z.object({
  drillId: id("drill"),
  outcome: z.enum(DRILL_OUTCOMES, { error: "choose Passed, Failed or Aborted" }),
  notes: text().trim().max(5000, "at most 5,000 characters").default(""),
}), { outcome: "Outcome", notes: "Notes" });

export type CreateRunbookInput = z.output<typeof createRunbookSchema>;
export type SaveRunbookInput = z.output<typeof saveRunbookSchema>;
export type RunbookMeta = z.output<typeof runbookMetaSchema>;
