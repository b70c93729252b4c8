import { z } from "zod";
import { projectSlugSchema } from "@/lib/projects/slug";
import { MAX_IMPORT_BYTES } from "./decode";

const priorityMapSchema = z.record(z.string().max(200), z.enum(["P0", "P1", "P2", "P3"]).nullable());

export const importInputSchema = z
  .object({
    projectSlug: projectSlugSchema,
    projectName: z.string().trim().max(200, "At most 200 characters").optional(),
    fileName: z.string().trim().max(255).default("pasted.md"),
    file: z.instanceof(Blob).optional(),
    text: z.string().max(MAX_IMPORT_BYTES, "The pasted text is larger than 5 MB").optional(),
    markMissingWontDo: z.union([z.boolean(), z.enum(["true", "false", "on"]).transform((v) => v !== "false")]).default(false),
    // Sent by forms as JSON text.
    priorityMap: z.preprocess((v) => {
      if (typeof v !== "string") return v;
      try {
        return JSON.parse(v);
      } catch {
        return "invalid";
      }
    }, priorityMapSchema.default({})),
  })
  .refine((v) => (v.file && v.file.size > 0) || (v.text && v.text.trim().length > 0), { message: "Choose a file or paste the plan's text", path: ["file"] })
  .refine((v) => !v.file || v.file.size <= MAX_IMPORT_BYTES, { message: "The file is larger than 5 MB", path: ["file"] });

export type ImportInput = z.output<typeof importInputSchema>;
