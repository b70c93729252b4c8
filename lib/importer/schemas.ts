import { z } from "zod";
import { metricRuleSchema } from "@/lib/backlog/metric-rule";
import { projectSlugSchema } from "@/lib/projects/slug";
import { withLabels } from "@/lib/validation/labels";
import { markdownDepth, text } from "@/lib/validation/text";
import { importSizeMessage, MAX_IMPORT_BYTES } from "./limits";
import { PRIORITIES } from "@/lib/domain/items";

const priorityMapSchema = z.record(text().max(200, "a label is longer than 200 characters"), z.enum(PRIORITIES, { error: "choose P0–P3 or Untriaged for every label" }).nullable());

/** Most proposals one commit accepts (and the dry run lists). */
export const MAX_ACCEPTED_RULES = 5000;
// A proposal the user kept: the criterion (item key + text) and the rule, checked on the server
// against what it proposes itself.
const acceptedRuleSchema = metricRuleSchema.extend({
  itemKey: text().min(1, "a proposal has no item key; update the dry run").max(200, "a proposal's item key is longer than 200 characters"),
  text: text().min(1, "a proposal has no criterion; update the dry run").max(10_000, "a proposal's criterion is longer than 10,000 characters"),
});

// Forms send structured fields as JSON text; unreadable JSON fails the field's own check.
const jsonText = (v: unknown) => {
  if (typeof v !== "string") return v;
  try {
    return JSON.parse(v);
  } catch {
    return "invalid";
  }
};

/** The import page's fields (app/(app)/(pages)/import). */
export const importInputSchema = withLabels(z
  .object({
    projectSlug: projectSlugSchema,
    projectName: text().trim().max(200, "At most 200 characters").optional(),
    fileName: text().trim().max(255).default("pasted.md"),
    file: z.instanceof(Blob).optional(),
    // The decoder refuses a file with U+0000 as binary; pasted text is refused here, by name.
    text: text().max(MAX_IMPORT_BYTES, "The pasted text is larger than 5 MB").check(markdownDepth()).optional(),
    markMissingWontDo: z.union([z.boolean(), z.enum(["true", "false", "on"]).transform((v) => v !== "false")]).default(false),
    priorityMap: z.preprocess(jsonText, priorityMapSchema.default({})),
    acceptedRules: z.preprocess(
      jsonText,
      z.array(acceptedRuleSchema, { error: "the kept proposals could not be read; update the dry run" }).max(MAX_ACCEPTED_RULES, `at most ${MAX_ACCEPTED_RULES.toLocaleString("en")} proposals`).default([]),
    ),
  })
  .refine((v) => (v.file && v.file.size > 0) || (v.text && v.text.trim().length > 0), { message: "Choose a file or paste the plan's text", path: ["file"] })
  .superRefine((v, ctx) => {
    // Checked in bytes, as the limit is: 5 million characters of non-ASCII text are far more than 5 MB.
    const bytes = v.file ? v.file.size : v.text && v.text.length > MAX_IMPORT_BYTES / 4 ? new TextEncoder().encode(v.text).length : 0;
    if (bytes > MAX_IMPORT_BYTES) ctx.addIssue({ code: "custom", message: importSizeMessage(bytes, v.file ? "file" : "pasted text"), path: [v.file ? "file" : "text"] });
  }), { projectSlug: "Project slug", projectName: "Project name", fileName: "File name", file: "Markdown file", text: "Pasted plan", priorityMap: "Priority mapping", acceptedRules: "Metric rules" });

export type ImportInput = z.output<typeof importInputSchema>;
