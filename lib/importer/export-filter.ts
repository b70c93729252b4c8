import { z } from "zod";
import { text } from "@/lib/validation/text";
import { PRIORITIES, STATUSES } from "@/lib/domain/items";

// Which items an export contains: the whole project, or a filtered view of its backlog. The backlog
// page's filters use the same names, so "export this view" passes its query string on unchanged.

const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (typeof v === "string" ? v.split(",").map((s) => s.trim()).filter(Boolean) : v), z.array(item).max(10));

export const exportFilterSchema = z.object({
  priority: list(z.enum([...PRIORITIES, "untriaged"], { error: "priority must be P0–P3 or untriaged" })).optional(),
  status: list(z.enum(STATUSES, { error: "status must be not_started, in_progress, blocked, done or wont_do" })).optional(),
  category: text().trim().min(1).max(200, "category: at most 200 characters").optional(),
  q: text().trim().min(1).max(200, "q: at most 200 characters").optional(),
});

export type ExportFilter = z.output<typeof exportFilterSchema>;
