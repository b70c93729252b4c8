// GET /api/v1/projects/{slug}/export?format=md|csv|json[&priority=P0,untriaged&status=…&category=…&q=…]
// — a project's backlog, or a filtered view of it, as a file download.
import { z } from "zod";
import { getDb } from "@/db";
import { defineRoute, errorResponse } from "@/lib/auth/route";
import { EXPORT_FORMATS } from "@/lib/importer/export-format";
import { exportFilterSchema } from "@/lib/importer/export-filter";
import { loadExportDocument } from "@/lib/importer/export-query";
import { PROJECT_SLUG } from "@/lib/projects/slug";

export const dynamic = "force-dynamic";

const querySchema = exportFilterSchema.extend({ format: z.enum(["md", "csv", "json"], { error: "format must be md, csv or json" }).default("md") });

export const GET = defineRoute("export.download", { input: "query", schema: querySchema }, async ({ format, ...filter }, { params }) => {
  const slug = typeof params.slug === "string" ? params.slug : "";
  const doc = PROJECT_SLUG.test(slug) ? await loadExportDocument(await getDb(), slug, filter) : null;
  if (!doc) return errorResponse({ code: "not_found", message: `No project '${slug}'.` });
  const { contentType, extension, render } = EXPORT_FORMATS[format];
  return new Response(render(doc), {
    headers: {
      "content-type": contentType,
      "content-disposition": `attachment; filename="${doc.project.slug}.${extension}"`,
      "cache-control": "no-store",
    },
  });
});
