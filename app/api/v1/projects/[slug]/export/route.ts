// GET /api/v1/projects/{slug}/export?format=md|csv|json[&priority=P0,untriaged&status=…&category=…&q=…]
// — a project's backlog, or a filtered view of it, as a file download.
import { API } from "@/lib/api/catalog";
import { getDb } from "@/db";
import { defineRoute, errorResponse } from "@/lib/auth/route";
import { EXPORT_FORMATS } from "@/lib/importer/export-format";
import { loadExportDocument } from "@/lib/importer/export-queries";
import { PROJECT_SLUG } from "@/lib/projects/slug";

export const dynamic = "force-dynamic";

export const GET = defineRoute(API.exportProject.action, API.exportProject, async ({ format, ...filter }, { params }) => {
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
