import "server-only";
import type { z } from "zod";
import { getDb } from "@/db";
import { viewerTimeZone } from "@/lib/account/viewer-zone";
import { errorResponse } from "@/lib/auth/route";
import { queryOfView } from "@/lib/backlog/filters";
import { userIdOf, type Caller } from "@/lib/domain/actors";
import { EXPORT_FORMATS } from "@/lib/importer/export-format";
import { loadExportView } from "@/lib/importer/export-queries";
import { attachmentDisposition } from "./attachment";
import type { API } from "./catalog";

export type ExportInput = z.output<typeof API.exportView.schema>;

/**
 * A backlog view as a file download: both export routes answer with this. The rows are the
 * table's (same filters, order and "me"); the date columns are in `tz`, else the caller's zone.
 */
export async function exportResponse({ format, tz, ...view }: ExportInput, actor: Caller | null): Promise<Response> {
  const timeZone = tz ?? (await viewerTimeZone()).zone;
  const query = queryOfView(view);
  const loaded = await loadExportView(await getDb(), query, userIdOf(actor), timeZone);
  if (!loaded.ok) return errorResponse(loaded.error);
  const { contentType, extension, render } = EXPORT_FORMATS[format];
  return new Response(render(loaded.data), {
    headers: {
      "content-type": contentType,
      "content-disposition": attachmentDisposition(`${query.project ?? "backlog"}.${extension}`),
      "cache-control": "no-store",
    },
  });
}
