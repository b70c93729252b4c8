// GET /api/v1/runbooks/{slug}/markdown — the current revision as a Markdown file (title, metadata line, body).
import { getDb } from "@/db";
import { attachmentDisposition } from "@/lib/api/attachment";
import { API } from "@/lib/api/catalog";
import { defineRoute, errorResponse } from "@/lib/auth/route";
import { exportRunbook } from "@/lib/runbooks/markdown-file";
import { getRunbook } from "@/lib/runbooks/queries";
import { readRunbookSlug } from "@/lib/runbooks/slug";

export const dynamic = "force-dynamic";

export const GET = defineRoute(API.runbookMarkdown.action, API.runbookMarkdown, async (_input, { params }) => {
  const slug = readRunbookSlug(params.slug);
  const runbook = slug ? await getRunbook(await getDb(), slug) : null;
  if (!runbook) return errorResponse({ code: "not_found", message: `No runbook '${String(params.slug).slice(0, 200)}'.` });
  const markdown = exportRunbook({ title: runbook.title, body: runbook.body, service: runbook.service, revision: runbook.currentRevision, updatedAt: runbook.updatedAt });
  return new Response(markdown, {
    headers: {
      "content-type": "text/markdown; charset=utf-8",
      "content-disposition": attachmentDisposition(`${runbook.slug}.md`),
      "cache-control": "no-store",
    },
  });
});
