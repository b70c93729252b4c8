// GET /api/v1/projects/{slug}/export?format=md|csv|json&…the backlog's filters…
// A project's backlog, or a filtered view of it, as a file download: /api/v1/items/export with project={slug}.
import { API } from "@/lib/api/catalog";
import { exportResponse } from "@/lib/api/export-response";
import { defineRoute, errorResponse } from "@/lib/auth/route";
import { PROJECT_SLUG } from "@/lib/projects/slug";

export const dynamic = "force-dynamic";

export const GET = defineRoute(API.exportProject.action, API.exportProject, async (input, { actor, params }) => {
  const slug = typeof params.slug === "string" ? params.slug : "";
  if (!PROJECT_SLUG.test(slug)) return errorResponse({ code: "not_found", message: `No project '${slug}'.` });
  return exportResponse({ ...input, project: slug }, actor);
});
