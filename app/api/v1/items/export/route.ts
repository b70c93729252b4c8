// GET /api/v1/items/export?format=md|csv|json&…the backlog's filters…
// "Export this view": every row of a backlog view, across projects or in the one named, as a file.
import { API } from "@/lib/api/catalog";
import { exportResponse } from "@/lib/api/export-response";
import { defineRoute } from "@/lib/auth/route";

export const dynamic = "force-dynamic";

export const GET = defineRoute(API.exportView.action, API.exportView, (input, { actor }) => exportResponse(input, actor));
